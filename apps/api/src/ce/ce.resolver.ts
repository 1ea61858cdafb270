import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import {
  CeEntryInput,
  CeEntryModel,
  CeLedgerModel,
  CertificationProfileInput,
  CredentialRulesInput,
  CredentialRulesModel,
  EligibilityResultModel,
  UpdateCeEntryInput,
  toRules,
} from './ce.model';
import { CeService, type Ledger } from './ce.service';
import { CredentialRulesService } from './credential-rules.service';

const toLedger = (l: Ledger): CeLedgerModel => ({
  profile: l.profile,
  rules: toRules(l.rules),
  cycle: l.cycle && {
    startsOn: l.cycle.startsOn,
    endsOn: l.cycle.endsOn,
    requiredUnits: l.cycle.requiredUnits,
    earnedUnits: l.cycle.earnedUnits,
    percent: l.cycle.percent,
    daysLeft: l.cycle.daysLeft,
  },
  entries: l.entries,
});

/** The viewer's own CE ledger, profile and eligibility. */
@Resolver()
export class CeResolver {
  constructor(private readonly ce: CeService) {}

  @Authenticated()
  @Query(() => CeLedgerModel, { description: 'Your CE ledger: Gantry certificates and the hours you logged, toward the current recertification cycle.' })
  async myCeLedger(@CurrentViewer() viewer: Viewer): Promise<CeLedgerModel> {
    return toLedger(await this.ce.ledger(viewer));
  }

  @Authenticated()
  @Query(() => EligibilityResultModel, { description: 'The CRES eligibility self-check from your saved profile, by the rules in force today.' })
  async myEligibility(@CurrentViewer() viewer: Viewer): Promise<EligibilityResultModel> {
    return this.ce.eligibility(viewer);
  }

  @Authenticated()
  @Mutation(() => CeLedgerModel, { description: 'Save your certification profile (certification date, eligibility inputs); answers the ledger.' })
  async saveCertificationProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: CertificationProfileInput): Promise<CeLedgerModel> {
    return toLedger(await this.ce.saveProfile(viewer, input));
  }

  @Authenticated()
  @Mutation(() => CeEntryModel, { description: 'Log continuing-education hours from elsewhere.' })
  async addCeEntry(@CurrentViewer() viewer: Viewer, @Args('input') input: CeEntryInput): Promise<CeEntryModel> {
    return this.ce.addEntry(viewer, input);
  }

  @Authenticated()
  @Mutation(() => CeEntryModel, { description: 'Edit one of your entries; CONFLICT when it changed since `expectedVersion`.' })
  async updateCeEntry(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCeEntryInput): Promise<CeEntryModel> {
    return this.ce.updateEntry(viewer, id, input);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Delete one of your entries (Gantry rows come from certificates and cannot be deleted).' })
  async deleteCeEntry(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.ce.deleteEntry(viewer, id);
  }
}

/** The CRES rules: the current edition for everyone, the history and publishing for platform admins. */
@Resolver()
export class CredentialRulesResolver {
  constructor(private readonly rules: CredentialRulesService) {}

  @Public()
  @Query(() => CredentialRulesModel, { description: 'The edition in force today (UTC).' })
  async credentialRules(): Promise<CredentialRulesModel> {
    return toRules(await this.rules.today('UTC'));
  }

  @Allow(Permission.ManageCredentialRules)
  @Query(() => [CredentialRulesModel], { description: 'Every edition, the newest effective date first.' })
  async credentialRuleEditions(): Promise<CredentialRulesModel[]> {
    return (await this.rules.editions()).map(toRules);
  }

  @Allow(Permission.ManageCredentialRules)
  @Mutation(() => CredentialRulesModel, { description: 'Publish a new edition, effective after the latest one. Existing editions never change.' })
  async publishCredentialRules(@CurrentViewer() viewer: Viewer, @Args('input') input: CredentialRulesInput): Promise<CredentialRulesModel> {
    return toRules(await this.rules.publish(viewer, input));
  }
}
