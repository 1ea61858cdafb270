import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, type TaxonomyKind } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { CreateTaxonomyEntryInput, TaxonomyEntryModel, TaxonomyKindEnum, UpdateTaxonomyEntryInput } from './taxonomy.model';
import { TaxonomyService } from './taxonomy.service';

@Resolver(() => TaxonomyEntryModel)
export class TaxonomyResolver {
  constructor(private readonly service: TaxonomyService) {}

  @Allow(Permission.ManageTaxonomy)
  @Query(() => [TaxonomyEntryModel], { description: 'Every modality or exam domain, retired ones last, with how much uses each (platform admins).' })
  taxonomy(@Args('kind', { type: () => TaxonomyKindEnum }) kind: TaxonomyKind): Promise<TaxonomyEntryModel[]> {
    return this.service.list(kind);
  }

  @Allow(Permission.ManageTaxonomy)
  @Mutation(() => TaxonomyEntryModel, { description: 'Add a modality or exam domain.' })
  createTaxonomyEntry(@Args('input') input: CreateTaxonomyEntryInput): Promise<TaxonomyEntryModel> {
    return this.service.create({ ...input });
  }

  @Allow(Permission.ManageTaxonomy)
  @Mutation(() => TaxonomyEntryModel, { description: 'Rename, describe or reorder an entry (its code never changes).' })
  updateTaxonomyEntry(@Args('input') input: UpdateTaxonomyEntryInput): Promise<TaxonomyEntryModel> {
    return this.service.update({ ...input });
  }

  @Allow(Permission.ManageTaxonomy)
  @Mutation(() => TaxonomyEntryModel, { description: 'Retire an entry (no longer offered for new tags) or bring it back.' })
  setTaxonomyEntryRetired(
    @Args('kind', { type: () => TaxonomyKindEnum }) kind: TaxonomyKind,
    @Args('id', { type: () => ID }) id: string,
    @Args('retired', { type: () => Boolean }) retired: boolean,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<TaxonomyEntryModel> {
    return this.service.setRetired(kind, id, retired, expectedVersion);
  }
}
