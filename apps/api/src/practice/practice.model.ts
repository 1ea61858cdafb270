import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ATTEMPT_KINDS, ATTEMPT_STATUSES, QUIZ_FEEDBACK, QUIZ_SELECTIONS, type AttemptKind, type AttemptStatus, type QuizFeedback, type QuizSelection } from '@gantry/shared';
import { Paginated } from '../common/pagination/pagination';
import { ExamDomainModel } from '../materials/material.model';
import { ModalityModel } from '../cohorts/cohort.model';
import { DifficultyEnum } from '../questions/question.model';
import type { Difficulty } from '../questions/question.entity';

const byName = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const QuizSelectionEnum = byName(QUIZ_SELECTIONS);
export const QuizFeedbackEnum = byName(QUIZ_FEEDBACK);
export const AttemptKindEnum = byName(ATTEMPT_KINDS);
export const AttemptStatusEnum = byName(ATTEMPT_STATUSES);
registerEnumType(QuizSelectionEnum, { name: 'QuizSelection', description: 'FIXED (the mentor’s questions) or RULE (drawn per attempt by domain, modality, difficulty).' });
registerEnumType(QuizFeedbackEnum, { name: 'QuizFeedback', description: 'IMMEDIATE (answer and rationale after each answer, which then locks) or AT_END (after submitting).' });
registerEnumType(AttemptKindEnum, { name: 'AttemptKind', description: 'PRACTICE (a practice quiz set as homework) or MOCK (the full mock exam).' });
registerEnumType(AttemptStatusEnum, { name: 'AttemptStatus' });

// ---- quiz settings (on an assignment of kind QUIZ) ----

@ObjectType('QuizRule')
export class QuizRuleModel {
  @Field(() => [ID], { description: 'Empty: any domain.' }) domainIds!: string[];
  @Field(() => [ID], { description: 'Empty: any modality. Questions for no particular modality match any.' }) modalityIds!: string[];
  @Field(() => DifficultyEnum, { nullable: true, description: 'Null: any.' }) difficulty!: Difficulty | null;
  @Field(() => Int) count!: number;
}

@ObjectType('QuizSettings')
export class QuizSettingsModel {
  @Field(() => QuizSelectionEnum) selection!: QuizSelection;
  @Field(() => [ID], { description: 'FIXED: the questions in the mentor’s order; RULE: empty.' }) questionIds!: string[];
  @Field(() => QuizRuleModel, { nullable: true }) rule!: QuizRuleModel | null;
  @Field(() => QuizFeedbackEnum) feedback!: QuizFeedback;
  @Field(() => Int, { nullable: true, description: 'Null: no time limit (a due time that does not accept late work still ends an attempt).' }) timeLimitMinutes!: number | null;
  @Field({ description: 'Question and option order shuffled per attempt.' }) shuffle!: boolean;
  @Field(() => Int, { description: 'Questions per attempt.' }) questionCount!: number;
}

@InputType()
export class QuizRuleInput {
  @Field(() => [ID], { nullable: true }) domainIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) modalityIds?: string[] | null;
  @Field(() => DifficultyEnum, { nullable: true, description: 'Null: any.' }) difficulty?: Difficulty | null;
  @Field(() => Int) count!: number;
}

@InputType()
export class QuizSettingsInput {
  @Field(() => QuizSelectionEnum) selection!: QuizSelection;
  @Field(() => [ID], { nullable: true, description: 'FIXED: reviewed questions you can read, in order.' }) questionIds?: string[] | null;
  @Field(() => QuizRuleInput, { nullable: true, description: 'RULE: what to draw; the count must not exceed the reviewed questions that match.' }) rule?: QuizRuleInput | null;
  @Field(() => QuizFeedbackEnum) feedback!: QuizFeedback;
  @Field(() => Int, { nullable: true }) timeLimitMinutes?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' }) shuffle?: boolean | null;
}

// ---- blueprints ----

@ObjectType('DomainWeight')
export class DomainWeightModel {
  @Field(() => ExamDomainModel) domain!: ExamDomainModel;
  @Field(() => Float, { description: 'Relative weight as published (shares are weight / sum of weights).' }) weight!: number;
  @Field(() => Float, { description: 'This domain’s share of the exam, in percent.' }) percent!: number;
  @Field(() => Int, { description: 'Questions a mock exam draws from this domain (largest remainder: the counts add up to questionCount).' })
  questionCount!: number;
}

@ObjectType('ExamBlueprint')
export class ExamBlueprintModel {
  @Field(() => ID) id!: string;
  @Field() edition!: string;
  @Field({ description: 'YYYY-MM-DD.' }) effectiveFrom!: string;
  @Field(() => Int) questionCount!: number;
  @Field(() => Int) minutes!: number;
  @Field({ description: 'True while the weights are assumptions rather than the candidate handbook’s.' }) provisional!: boolean;
  @Field(() => [DomainWeightModel]) weights!: DomainWeightModel[];
}

@InputType()
export class DomainWeightInput {
  @Field(() => ID) domainId!: string;
  @Field(() => Float, { description: 'Relative weight, 0 or more (e.g. the handbook’s percentage).' }) weight!: number;
}

@InputType()
export class ExamBlueprintInput {
  @Field() edition!: string;
  @Field({ description: 'YYYY-MM-DD, after the latest edition’s.' }) effectiveFrom!: string;
  @Field(() => Int) questionCount!: number;
  @Field(() => Int) minutes!: number;
  @Field(() => Boolean, { nullable: true }) provisional?: boolean | null;
  @Field(() => [DomainWeightInput], { description: 'Domains left out weigh 0.' }) weights!: DomainWeightInput[];
}

// ---- attempts ----

@ObjectType('AttemptOption')
export class AttemptOptionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Sanitized HTML.' }) textHtml!: string;
}

@ObjectType('AttemptQuestion')
export class AttemptQuestionModel {
  @Field(() => ID, { description: 'The bank question’s id. Options are in this attempt’s order, so a client caches this inside its AttemptItem, not by this id.' })
  id!: string;
  @Field({ description: 'Sanitized HTML.' }) stemHtml!: string;
  @Field(() => [AttemptOptionModel], { description: 'In this attempt’s (shuffled) order.' }) options!: AttemptOptionModel[];
  @Field(() => ExamDomainModel) domain!: ExamDomainModel;
  @Field(() => ModalityModel, { nullable: true, description: 'Null: general, any modality.' }) modality!: ModalityModel | null;
  @Field(() => ID, { nullable: true, description: 'Null until revealed: after answering with IMMEDIATE feedback, otherwise after submitting.' })
  correctOptionId!: string | null;
  @Field(() => String, { nullable: true, description: 'Null until revealed, like correctOptionId.' }) rationaleHtml!: string | null;
}

@ObjectType('DomainScore')
export class DomainScoreModel {
  @Field(() => ExamDomainModel) domain!: ExamDomainModel;
  @Field(() => Int) correct!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) percent!: number;
}

@ObjectType('ModalityScore')
export class ModalityScoreModel {
  @Field(() => ModalityModel, { nullable: true, description: 'Null: general questions (no particular modality).' }) modality!: ModalityModel | null;
  @Field(() => Int) correct!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) percent!: number;
}

@ObjectType('AttemptResult')
export class AttemptResultModel {
  @Field(() => Int) correct!: number;
  @Field(() => Int, { description: 'Every question; unanswered ones count as wrong.' }) total!: number;
  @Field(() => Int) percent!: number;
  @Field(() => [DomainScoreModel]) byDomain!: DomainScoreModel[];
  @Field(() => [ModalityScoreModel]) byModality!: ModalityScoreModel[];
}

/** An attempt as its student (or, once submitted, a manager of its cohort) sees it. Items and result resolve separately. */
@ObjectType('Attempt')
export class AttemptModel {
  @Field(() => ID) id!: string;
  @Field(() => AttemptKindEnum) kind!: AttemptKind;
  @Field(() => AttemptStatusEnum) status!: AttemptStatus;
  @Field() title!: string;
  @Field(() => ID, { nullable: true, description: 'PRACTICE: the quiz’s assignment.' }) assignmentId!: string | null;
  @Field(() => ID, { nullable: true }) cohortId!: string | null;
  @Field(() => QuizFeedbackEnum) feedback!: QuizFeedback;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the server ends the attempt; null: no time limit.' }) deadlineAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Whole seconds left by the server’s clock (0 once over); null: no limit.' }) secondsLeft!: number | null;
  @Field({ description: 'The server’s clock when this was read (a countdown that survives reloads and skewed clocks).' }) serverNow!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field({ description: 'Submitted by the server when time ran out.' }) autoSubmitted!: boolean;
  @Field(() => Int, { description: 'Where the student is (resume), from 0.' }) currentPosition!: number;
  @Field(() => Int) itemCount!: number;
  @Field(() => Int) answeredCount!: number;
  @Field(() => Int) flaggedCount!: number;
  @Field(() => ID) userId!: string;
}

@ObjectType('AttemptItem')
export class AttemptItemModel {
  @Field(() => ID, { description: 'This attempt’s item (attempt id and position): the same question in two attempts is two items, each in its own order.' })
  id!: string;
  @Field(() => Int, { description: 'From 0.' }) position!: number;
  @Field() flagged!: boolean;
  @Field() answered!: boolean;
  @Field(() => ID, { nullable: true }) selectedOptionId!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Null until revealed (or unanswered).' }) correct!: boolean | null;
  @Field(() => AttemptQuestionModel) question!: AttemptQuestionModel;
  @Field(() => AttemptModel, { description: 'The attempt as of this item’s answer: counts, position and the server’s clock (answering re-syncs the countdown).' })
  attempt!: AttemptModel;
}

@ObjectType('AttemptSummary')
export class AttemptSummaryModel {
  @Field(() => ID) id!: string;
  @Field(() => AttemptKindEnum) kind!: AttemptKind;
  @Field(() => AttemptStatusEnum) status!: AttemptStatus;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Once submitted.' }) percent!: number | null;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) assignmentId!: string | null;
  @Field(() => Date, { nullable: true }) deadlineAt!: Date | null;
}

@ObjectType()
export class AttemptSummaryPage extends Paginated(AttemptSummaryModel) {}

@ArgsType()
export class AttemptItemsArgs {
  @Field(() => Int, { defaultValue: 0, description: 'First position, from 0.' }) from!: number;
  @Field(() => Int, { defaultValue: 1, description: 'How many, 1–200 (the review screen asks for all).' }) count!: number;
}
