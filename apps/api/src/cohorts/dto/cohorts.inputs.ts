import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Cadence } from '@gantry/shared';
import { CadenceEnum, CohortStatusEnum } from '../../common/graphql-enums';
import { PageArgs } from '../../common/pagination/pagination';
import type { CohortStatus } from '../cohort.entity';

@InputType()
export class SchedulePatternInput {
  @Field({ description: 'First possible day, YYYY-MM-DD in the cohort zone.' }) startDate!: string;
  @Field({ description: 'Local start time, HH:mm (24 h) in the cohort zone.' }) localTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => CadenceEnum) cadence!: Cadence;
  @Field(() => Int) count!: number;
  @Field(() => Int, { nullable: true, description: 'ISO weekday, 1 = Monday … 7 = Sunday.' }) weekday?: number | null;
  @Field(() => [String], { nullable: true, description: 'CUSTOM cadence: the local dates, YYYY-MM-DD.' }) dates?: string[] | null;
}

@InputType()
class CohortFieldsInput {
  @Field() title!: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String]) modalityCodes!: string[];
  @Field(() => Int) capacity!: number;
  @Field() timeZone!: string;
  @Field(() => String, { nullable: true }) meetingUrl?: string | null;
  @Field(() => String, { nullable: true }) meetingPasscode?: string | null;
  @Field({ nullable: true }) requiresApproval?: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date-time with offset.' }) enrollmentOpensAt?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date-time with offset.' }) enrollmentClosesAt?: string | null;
}

@InputType()
export class CreateCohortInput extends CohortFieldsInput {
  @Field(() => ID) chapterId!: string;
  @Field(() => SchedulePatternInput) pattern!: SchedulePatternInput;
  @Field(() => [String], { nullable: true }) sessionTitles?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The template this season starts from.' }) templateId?: string | null;
}

@InputType()
export class UpdateCohortInput extends CohortFieldsInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field({ nullable: true }) enrollmentClosed?: boolean;
}

@InputType()
export class RescheduleSessionInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field({ description: 'YYYY-MM-DD in the cohort zone.' }) localDate!: string;
  @Field({ description: 'HH:mm in the cohort zone.' }) localTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field({ nullable: true }) title?: string;
}

@InputType()
export class MakeupSessionInput {
  @Field(() => ID) cohortId!: string;
  @Field() localDate!: string;
  @Field() localTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field({ nullable: true }) title?: string;
}

@InputType()
export class ShiftSessionsInput {
  @Field(() => ID, { description: 'This session and every later one move.' }) sessionId!: string;
  @Field(() => Int, { description: 'Whole days, negative for earlier.' }) days!: number;
}

@InputType()
export class CatalogFilterInput {
  @Field(() => String, { nullable: true, description: 'Two-letter state of the hosting chapter.' }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'Modality code, e.g. CT.' }) modalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the first session.' }) startMonth?: string | null;
  @Field(() => String, { nullable: true }) search?: string | null;
}

@ArgsType()
export class CatalogArgs extends PageArgs {
  @Field(() => CatalogFilterInput, { nullable: true }) filter?: CatalogFilterInput | null;
}

@ArgsType()
export class ChapterCohortsArgs extends PageArgs {
  @Field(() => ID) chapterId!: string;
}

@ArgsType()
export class SetCohortStatusArgs {
  @Field(() => ID) id!: string;
  @Field(() => CohortStatusEnum) status!: CohortStatus;
}
