import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DEGREE_KINDS, type CredentialRules, type DegreeKind, type EligibilityPath } from '@gantry/shared';

export const DegreeKindEnum = Object.fromEntries(DEGREE_KINDS.map((d) => [d, d])) as { [K in DegreeKind]: K };
export const CeSource = { Gantry: 'GANTRY', Manual: 'MANUAL' } as const;
export type CeSource = (typeof CeSource)[keyof typeof CeSource];
export const CeSourceEnum = { GANTRY: 'GANTRY', MANUAL: 'MANUAL' } as const;

registerEnumType(DegreeKindEnum, {
  name: 'DegreeKind',
  description: 'The education an eligibility path starts from: BMET associate degree, U.S. military BMET program, electronics associate degree, or none.',
});
registerEnumType(CeSourceEnum, { name: 'CeSource', description: 'GANTRY: from a certificate of attendance (read-only). MANUAL: logged by the certificant.' });

@ObjectType('EligibilityPath')
export class EligibilityPathModel {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => DegreeKindEnum, { description: 'NONE: open to everyone, whatever their degree.' }) degree!: DegreeKind;
  @Field(() => Float, { description: 'Years of full-time BMET work.' }) minYears!: number;
}

@ObjectType('CredentialRules', { description: 'One edition of the CRES rules (versioned data; the latest edition effective on a day applies that day).' })
export class CredentialRulesModel {
  @Field() edition!: string;
  @Field({ description: 'YYYY-MM-DD.' }) effectiveFrom!: string;
  @Field({ description: 'True while a number is our assumption rather than published (the unit ratio in the first edition).' }) provisional!: boolean;
  @Field(() => Int) cycleYears!: number;
  @Field(() => Int) requiredUnits!: number;
  @Field(() => Float, { description: 'A setting, not a published rule: continuing-education units per contact hour.' }) unitsPerContactHour!: number;
  @Field(() => Int, { description: 'Share of full-time work that must be on imaging or radiology equipment, in every path.' }) minImagingPercent!: number;
  @Field(() => Int, { description: 'A candidate may sit the exam and complete the requirements within this many years.' }) candidateYears!: number;
  @Field(() => [EligibilityPathModel]) paths!: EligibilityPathModel[];
}

export const toRules = (r: CredentialRules): CredentialRulesModel => ({ ...r, paths: r.paths.map((p) => ({ ...p })) });

@ObjectType('CertificationProfile')
export class CertificationProfileModel {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; recertification cycles count from it.' }) certifiedOn!: string | null;
  @Field(() => DegreeKindEnum, { nullable: true }) degree!: DegreeKind | null;
  @Field(() => Float, { nullable: true, description: 'Years of full-time BMET work as of experienceAsOf.' }) bmetYears!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; experience keeps accruing from it.' }) experienceAsOf!: string | null;
  @Field(() => Int, { nullable: true }) imagingPercent!: number | null;
  @Field(() => Int, { description: '0 until first saved.' }) version!: number;
}

@ObjectType('CeEntry')
export class CeEntryModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) provider!: string | null;
  @Field({ description: 'YYYY-MM-DD.' }) completedOn!: string;
  @Field(() => Float, { description: 'Contact hours.' }) hours!: number;
  @Field(() => Float, { description: 'Continuing-education units: hours × the edition’s units per contact hour.' }) units!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => CeSourceEnum) source!: CeSource;
  @Field(() => ID, { nullable: true, description: 'GANTRY rows: the certificate the hours come from.' }) certificateId!: string | null;
}

@ObjectType('RecertificationCycle')
export class RecertificationCycleModel {
  @Field() startsOn!: string;
  @Field({ description: 'The last day of the cycle (inclusive).' }) endsOn!: string;
  @Field(() => Int) requiredUnits!: number;
  @Field(() => Float) earnedUnits!: number;
  @Field(() => Int, { description: '0–100.' }) percent!: number;
  @Field(() => Int, { description: 'Days from today to endsOn (0 on the last day).' }) daysLeft!: number;
}

@ObjectType('CeLedger')
export class CeLedgerModel {
  @Field(() => CertificationProfileModel) profile!: CertificationProfileModel;
  @Field(() => CredentialRulesModel, { description: 'The edition in force today.' }) rules!: CredentialRulesModel;
  @Field(() => RecertificationCycleModel, { nullable: true, description: 'Null until certifiedOn is set.' }) cycle!: RecertificationCycleModel | null;
  @Field(() => [CeEntryModel], { description: 'The current cycle first, newest first; the last six years.' }) entries!: CeEntryModel[];
}

@ObjectType('EligibilityResult')
export class EligibilityResultModel {
  @Field() eligible!: boolean;
  @Field(() => EligibilityPathModel, { nullable: true, description: 'The path they qualify by, or the one that gets them there first.' }) path!: EligibilityPathModel | null;
  @Field(() => [String]) missing!: string[];
  @Field(() => String, { nullable: true, description: 'When only experience is missing: the date they will have enough (YYYY-MM-DD).' }) eligibleOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'When only experience is missing and it will come within the candidate years: sitting the exam now as a candidate, the date the requirements must be met by.',
  })
  candidateUntil!: string | null;
}

@InputType()
export class CertificationProfileInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future.' }) certifiedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'A DegreeKind value (checked with a field error, so the form can show it).' }) degree?: string | null;
  @Field(() => Float, { nullable: true }) bmetYears?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future.' }) experienceAsOf?: string | null;
  @Field(() => Int, { nullable: true }) imagingPercent?: number | null;
  @Field(() => Int, { nullable: true, description: 'The profile version you started from (0 before the first save): CONFLICT when it moved on.' })
  expectedVersion?: number | null;
}

@InputType()
export class CeEntryInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) provider?: string | null;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) completedOn!: string;
  @Field(() => Float, { description: 'More than 0, at most 100.' }) hours!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class UpdateCeEntryInput extends CeEntryInput {
  @Field(() => Int, { description: 'The version you edited: CONFLICT when it moved on.' }) expectedVersion!: number;
}

@InputType()
export class EligibilityPathInput {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => DegreeKindEnum) degree!: DegreeKind;
  @Field(() => Float) minYears!: number;
}

@InputType()
export class CredentialRulesInput {
  @Field() edition!: string;
  @Field({ description: 'YYYY-MM-DD, after the latest edition’s.' }) effectiveFrom!: string;
  @Field({ defaultValue: false }) provisional!: boolean;
  @Field(() => Int) cycleYears!: number;
  @Field(() => Int) requiredUnits!: number;
  @Field(() => Float) unitsPerContactHour!: number;
  @Field(() => Int) minImagingPercent!: number;
  @Field(() => Int) candidateYears!: number;
  @Field(() => [EligibilityPathInput]) paths!: EligibilityPathInput[];
}

export type { EligibilityPath };
