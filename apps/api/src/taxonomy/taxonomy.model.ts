import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TAXONOMY_KINDS, type TaxonomyKind } from '@gantry/shared';

export const TaxonomyKindEnum = Object.fromEntries(TAXONOMY_KINDS.map((k) => [k, k])) as { [K in TaxonomyKind]: K };
registerEnumType(TaxonomyKindEnum, { name: 'TaxonomyKind', description: 'MODALITY (imaging modality) or EXAM_DOMAIN (CRES content outline).' });

@ObjectType('TaxonomyEntry', { description: 'A modality or exam domain, as a platform admin maintains it.' })
export class TaxonomyEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => TaxonomyKindEnum) kind!: TaxonomyKind;
  @Field({ description: 'Stable code used in tags, filters and links; fixed after creation.' }) code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Date, { nullable: true, description: 'Retired entries stay on what was tagged with them but are no longer offered.' })
  retiredAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'Library items and cohorts tagged with it.' }) usage!: number;
}

@InputType()
export class CreateTaxonomyEntryInput {
  @Field(() => TaxonomyKindEnum) kind!: TaxonomyKind;
  @Field() code!: string;
  @Field() name!: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => Int) sortOrder!: number;
}

@InputType()
export class UpdateTaxonomyEntryInput {
  @Field(() => TaxonomyKindEnum) kind!: TaxonomyKind;
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) expectedVersion!: number;
}
