import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentModel, SubmissionStatusEnum, SubmissionStatusView } from './assignment.model';
import { SubmissionStatus, type SubmissionEntity, type SubmissionVersionEntity } from './submission.entity';

/**
 * A student's standing on an assignment: MISSING when there is no row or nothing was
 * saved in it yet (an empty first autosave), else the row's status.
 */
export function submissionStatusOf(s: Pick<SubmissionEntity, 'status' | 'draftMarkdown'> | null | undefined, hasDraftFiles: boolean): SubmissionStatusView {
  if (!s) return SubmissionStatusView.Missing;
  if (s.status === SubmissionStatus.Draft && !s.draftMarkdown.trim() && !hasDraftFiles) return SubmissionStatusView.Missing;
  return s.status;
}

/** Handed in (at least once): SUBMITTED or RETURNED. */
export const isHandedIn = (status: SubmissionStatusView): boolean => status === SubmissionStatusView.Submitted || status === SubmissionStatusView.Returned;

@ObjectType('RubricScore')
export class RubricScoreModel {
  @Field() criterionId!: string;
  @Field(() => Float) points!: number;
}

@InputType()
export class RubricScoreInput {
  @Field() criterionId!: string;
  @Field(() => Float) points!: number;
}

@ObjectType('SubmissionStudent')
export class SubmissionStudentModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: 'For the cohort’s managers only (null for everyone else).' }) email!: string | null;
}

@ObjectType('SubmissionVersion', { description: 'One submitted version, kept forever.' })
export class SubmissionVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1 for the first submit, then 2, 3, …' }) number!: number;
  @Field() bodyMarkdown!: string;
  @Field({ description: 'Sanitized HTML of the answer.' }) bodyHtml!: string;
  @Field() submittedAt!: Date;
  @Field({ description: 'Submitted after the student’s due time (their extension applied).' }) late!: boolean;
}

export const toSubmissionVersion = (e: SubmissionVersionEntity): SubmissionVersionModel => ({
  id: e.id,
  number: e.number,
  bodyMarkdown: e.bodyMarkdown,
  bodyHtml: e.bodyHtml,
  submittedAt: e.submittedAt,
  late: e.late,
});

/**
 * A student's work on one assignment, as one viewer may see it: its student sees the
 * draft, and the grade only once it is RETURNED; the cohort's managers see the grade
 * (and the student's email) but not the unsubmitted draft.
 */
@ObjectType('Submission')
export class SubmissionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) assignmentId!: string;
  @Field({ description: 'The student’s autosaved draft: what the next submit hands in (empty for anyone but the student).' }) draftMarkdown!: string;
  @Field(() => Date, { nullable: true }) draftSavedAt!: Date | null;
  @Field(() => Int, { description: 'Pass back as expectedRevision when saving the draft.' }) draftRevision!: number;
  @Field(() => Date, { nullable: true, description: 'When the latest version was submitted.' }) submittedAt!: Date | null;
  @Field({ description: 'The latest version was submitted after the student’s due time.' }) late!: boolean;
  @Field(() => Float, { nullable: true, description: 'Null until graded; for the student, null until RETURNED.' }) score!: number | null;
  @Field(() => [RubricScoreModel], { description: 'Points per rubric criterion; for the student, empty until RETURNED.' }) rubricScores!: RubricScoreModel[];
  @Field(() => String, { nullable: true, description: 'Sanitized HTML of the feedback; for the student, null until RETURNED.' }) feedbackHtml!: string | null;
  @Field(() => String, { nullable: true, description: 'For the student, null until RETURNED.' }) feedbackMarkdown!: string | null;
  @Field(() => Date, { nullable: true, description: 'For the student, null until RETURNED.' }) gradedAt!: Date | null;
  @Field(() => Date, { nullable: true }) returnedAt!: Date | null;
  @Field(() => Int, { description: 'Pass back as expectedVersion when grading or returning.' }) version!: number;

  // Not fields: for the field resolvers.
  studentId!: string;
  rawStatus!: SubmissionStatus;
  rawDraftMarkdown!: string;
  /** The viewer is this submission's student (sees the draft). */
  viewerIsStudent!: boolean;
  /** The viewer manages the cohort (sees grades before they are returned, and emails). */
  viewerManages!: boolean;
}

export interface SubmissionView {
  viewerId: string | undefined;
  manages: boolean;
}

export function toSubmission(e: SubmissionEntity, view: SubmissionView): SubmissionModel {
  const isStudent = view.viewerId === e.studentId;
  const showGrade = view.manages || e.status === SubmissionStatus.Returned;
  return {
    id: e.id,
    assignmentId: e.assignmentId,
    draftMarkdown: isStudent ? e.draftMarkdown : '',
    draftSavedAt: isStudent ? e.draftSavedAt : null,
    draftRevision: e.draftRevision,
    submittedAt: e.submittedAt,
    late: e.late,
    score: showGrade ? e.score : null,
    rubricScores: showGrade ? Object.entries(e.rubricScores ?? {}).map(([criterionId, points]) => ({ criterionId, points: Number(points) })) : [],
    feedbackHtml: showGrade && e.gradedAt ? e.feedbackHtml : null,
    feedbackMarkdown: showGrade && e.gradedAt ? e.feedbackMarkdown : null,
    gradedAt: showGrade ? e.gradedAt : null,
    returnedAt: e.returnedAt,
    version: e.version,
    studentId: e.studentId,
    rawStatus: e.status,
    rawDraftMarkdown: e.draftMarkdown,
    viewerIsStudent: isStudent,
    viewerManages: view.manages,
  };
}

@InputType()
export class SubmissionDraftInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => String, { nullable: true, defaultValue: '' }) bodyMarkdown?: string | null;
  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Your own uploads (POST /files?purpose=SUBMISSION), in order; at most 10.' }) fileIds?: string[] | null;
  @Field(() => Int, { description: 'The draftRevision you last saw (0 before the first save).' }) expectedRevision!: number;
}

@InputType()
export class GradeInput {
  @Field(() => ID) submissionId!: string;
  @Field(() => Int, { description: 'The submission’s version you graded from.' }) expectedVersion!: number;
  @Field(() => Float, { nullable: true, description: 'Null with rubric scores: the sum of the rubric scores.' }) score?: number | null;
  @Field(() => [RubricScoreInput], { nullable: true }) rubricScores?: RubricScoreInput[] | null;
  @Field(() => String, { nullable: true }) feedbackMarkdown?: string | null;
}

@ObjectType('GradingQueueEntry')
export class GradingQueueEntryModel {
  @Field(() => SubmissionStudentModel) student!: SubmissionStudentModel;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatusView;
  @Field({ description: 'Handed in after the student’s due time.' }) late!: boolean;
  @Field(() => SubmissionModel, { nullable: true }) submission!: SubmissionModel | null;
  @Field(() => Date, { nullable: true, description: 'The student’s extended due time, if they have one.' }) extensionDueAt!: Date | null;
}

@ObjectType('GradebookCell')
export class GradebookCellModel {
  @Field(() => ID) assignmentId!: string;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatusView;
  @Field({ description: 'Handed in after the student’s due time.' }) late!: boolean;
  @Field(() => Float, { nullable: true }) score!: number | null;
}

@ObjectType('GradebookRow')
export class GradebookRowModel {
  @Field(() => SubmissionStudentModel) student!: SubmissionStudentModel;
  @Field(() => [GradebookCellModel], { description: 'One per assignment, in the order of Gradebook.assignments.' }) cells!: GradebookCellModel[];
  @Field(() => Int, { description: 'Assignments handed in (SUBMITTED or RETURNED).' }) completed!: number;
}

@ObjectType('Gradebook')
export class GradebookModel {
  @Field(() => [AssignmentModel], { description: 'The cohort’s published assignments, by due time.' }) assignments!: AssignmentModel[];
  @Field(() => [GradebookRowModel], { description: 'Every enrolled student, by name.' }) rows!: GradebookRowModel[];
}
