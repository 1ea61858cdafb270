import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { CohortModel } from '../cohorts/cohort.model';
import { CertificateModel, CertificateVerificationModel, toCertificate, toVerification } from './certificate.model';
import { CertificatesService } from './certificates.service';

@Resolver(() => CertificateModel)
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private map = (list: Parameters<typeof toCertificate>[0][]) => list.map((c) => toCertificate(c, this.config.publicUrl));

  @Authenticated()
  @Query(() => [CertificateModel], { description: 'Your certificates of attendance, newest first (revoked ones too).' })
  async myCertificates(@CurrentViewer() viewer: Viewer): Promise<CertificateModel[]> {
    return this.map(await this.certificates.mine(viewer));
  }

  @Allow(Permission.ManageCohort)
  @Query(() => [CertificateModel], { description: 'Every certificate of a cohort you manage, by student (revoked ones too).' })
  async cohortCertificates(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<CertificateModel[]> {
    return this.map(await this.certificates.ofCohort(viewer, cohortId));
  }

  @Public()
  @Query(() => CertificateVerificationModel, { nullable: true, description: 'Check a verification code (any case, with or without hyphens); null when no certificate has it. Rate-limited.' })
  async verifyCertificate(@Args('code') code: string, @Context() ctx: GqlContext): Promise<CertificateVerificationModel | null> {
    const found = await this.certificates.verify(code, ctx.req?.clientIp ?? ctx.req?.ip ?? 'unknown');
    return found ? toVerification(found) : null;
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => [CertificateModel], {
    description: 'Issue certificates to every student of a COMPLETED cohort who attended enough and has none yet; answers the cohort’s active certificates. Safe to repeat.',
  })
  async issueCertificates(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<CertificateModel[]> {
    return this.map(await this.certificates.issue(viewer, cohortId));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CertificateModel, { description: 'Revoke a certificate (the cohort’s mentors and chapter admins); the student is emailed.' })
  async revokeCertificate(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<CertificateModel> {
    return toCertificate(await this.certificates.revoke(viewer, id, reason), this.config.publicUrl);
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CertificateModel, { description: 'Revoke (if still active) and issue a new code with the current hours; answers the new certificate.' })
  async reissueCertificate(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CertificateModel> {
    return toCertificate(await this.certificates.reissue(viewer, id), this.config.publicUrl);
  }

  @Authenticated()
  @ResolveField(() => ID, { nullable: true, description: 'The certificate that replaced this one, if it was reissued.' })
  async replacedBy(@Parent() c: CertificateModel, @Context() ctx: GqlContext): Promise<string | null> {
    return ctx.loaders.certificateReplacedBy.load(c.id);
  }
}

@Resolver(() => CohortModel)
export class CohortCertificateResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @ResolveField(() => CertificateModel, { nullable: true, description: 'Your own active certificate of attendance for this cohort, if any.' })
  async myCertificate(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<CertificateModel | null> {
    const cert = await ctx.loaders.viewerCertificateByCohort.load(c.id);
    return cert ? toCertificate(cert, this.config.publicUrl) : null;
  }
}
