import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { byValue } from '../common/graphql-enums';
import { Paginated } from '../common/pagination/pagination';
import { QuizSettingsInput } from '../practice/practice.model';
import { AssignmentKind, DueMode, LatePolicy, type AssignmentEntity, type RubricCriterion } from './assignment.entity';

export const AssignmentKindEnum = byValue(AssignmentKind);
export const DueModeEnum = byValue(DueMode);
export const LatePolicyEnum = byValue(LatePolicy);
/** A student's standing on an assignment. MISSING: no submission row, or nothing saved yet. */
export const SubmissionStatusView = { Missing: 'MISSING', Draft: 'DRAFT', Submitted: 'SUBMITTED', Returned: 'RETURNED' } as const;
export type SubmissionStatusView = (typeof SubmissionStatusView)[keyof typeof SubmissionStatusView];
export const SubmissionStatusEnum = byValue(SubmissionStatusView);

registerEnumType(AssignmentKindEnum, { name: 'AssignmentKind', description: 'WRITTEN (an answer in Markdown, files optional), FILE (a file upload) or QUIZ (a practice quiz, scored from its attempts).' });
registerEnumType(DueModeEnum, { name: 'DueMode', description: 'ABSOLUTE: a fixed instant. RELATIVE: minutes from a session’s start, moving with it.' });
registerEnumType(LatePolicyEnum, { name: 'LatePolicy', description: 'ACCEPT_LATE (flagged late) or CLOSE (no submissions after the due time).' });
registerEnumType(SubmissionStatusEnum, { name: 'SubmissionStatus', description: 'MISSING (nothing saved), DRAFT, SUBMITTED or RETURNED (graded and handed back).' });

@ObjectType('RubricCriterion')
export class RubricCriterionModel {
  @Field() id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) points!: number;
}

@InputType()
export class RubricCriterionInput {
  @Field() id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int) points!: number;
}

/**
 * Homework on one session. `session`, `dueDescription` and `viewerDueAt` are resolved by
 * AssignmentsResolver; `viewerSubmission` and `submissionCounts` by the submissions half.
 */
@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Int, { description: 'Order within its session, from 0.' }) position!: number;
  @Field() title!: string;
  @Field() instructionsMarkdown!: string;
  @Field({ description: 'Sanitized HTML of the instructions.' }) instructionsHtml!: string;
  @Field(() => AssignmentKindEnum) kind!: AssignmentKind;
  @Field(() => Int, { nullable: true, description: 'Null: ungraded.' }) points!: number | null;
  @Field(() => DueModeEnum) dueMode!: DueMode;
  @Field({ description: 'The cohort-wide due instant (for RELATIVE, kept in step with its session).' }) dueAt!: Date;
  @Field(() => ID, { nullable: true, description: 'RELATIVE: the session the due time follows.' }) dueSessionId!: string | null;
  @Field(() => Int, { nullable: true, description: 'RELATIVE: minutes from that session’s start (negative: before).' }) dueOffsetMinutes!: number | null;
  @Field(() => LatePolicyEnum) latePolicy!: LatePolicy;
  @Field(() => [RubricCriterionModel]) rubric!: RubricCriterionModel[];
  @Field() published!: boolean;
  @Field(() => Int, { description: 'Pass back as expectedVersion when editing.' }) version!: number;
}

export function toAssignment(e: AssignmentEntity): AssignmentModel {
  return {
    id: e.id,
    cohortId: e.cohortId,
    sessionId: e.sessionId,
    position: e.position,
    title: e.title,
    instructionsMarkdown: e.instructionsMarkdown,
    instructionsHtml: e.instructionsHtml,
    kind: e.kind,
    points: e.points,
    dueMode: e.dueMode,
    dueAt: e.dueAt,
    dueSessionId: e.dueSessionId,
    dueOffsetMinutes: e.dueOffsetMinutes,
    latePolicy: e.latePolicy,
    rubric: (e.rubric ?? []).map((c: RubricCriterion) => ({ id: c.id, title: c.title, description: c.description ?? '', points: c.points })),
    published: e.publishedAt !== null,
    version: e.version,
  };
}

@InputType()
export class AssignmentInput {
  @Field(() => ID, { description: 'The session the assignment is set on.' }) sessionId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) instructionsMarkdown?: string | null;
  @Field(() => AssignmentKindEnum) kind!: AssignmentKind;
  @Field(() => Int, { nullable: true, description: 'Null: ungraded.' }) points?: number | null;
  @Field(() => DueModeEnum) dueMode!: DueMode;
  @Field(() => Date, { nullable: true, description: 'ABSOLUTE only.' }) dueAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'RELATIVE only: a session of the same cohort.' }) dueSessionId?: string | null;
  @Field(() => Int, { nullable: true, description: 'RELATIVE only: minutes from that session’s start (negative: before).' }) dueOffsetMinutes?: number | null;
  @Field(() => LatePolicyEnum) latePolicy!: LatePolicy;
  @Field(() => [RubricCriterionInput], { nullable: true }) rubric?: RubricCriterionInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Publish at once (default: a draft only managers see).' }) publish?: boolean | null;
  @Field(() => QuizSettingsInput, { nullable: true, description: 'Required for (and only for) kind QUIZ.' }) quiz?: QuizSettingsInput | null;
}

@InputType()
export class UpdateAssignmentInput extends AssignmentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
}

@ObjectType('AssignmentExtension')
export class AssignmentExtensionModel {
  @Field(() => ID) assignmentId!: string;
  @Field(() => ID) studentId!: string;
  @Field() dueAt!: Date;
}

@ObjectType('SubmissionCounts')
export class SubmissionCountsModel {
  @Field(() => Int) enrolled!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('HomeworkItem')
export class HomeworkItemModel {
  @Field(() => AssignmentModel) assignment!: AssignmentModel;
  @Field({ description: 'Your due time (your extension applied).' }) dueAt!: Date;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatusView;
  @Field({ description: 'Submitted after your due time, or past it and not submitted.' }) late!: boolean;
  @Field(() => Float, { nullable: true, description: 'Only once RETURNED.' }) score!: number | null;
  @Field() cohortTitle!: string;
}

@ObjectType()
export class HomeworkPage extends Paginated(HomeworkItemModel) {}
