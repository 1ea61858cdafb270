import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { AssignmentEntity } from './assignment.entity';

export const SubmissionStatus = { Draft: 'DRAFT', Submitted: 'SUBMITTED', Returned: 'RETURNED' } as const;
export type SubmissionStatus = (typeof SubmissionStatus)[keyof typeof SubmissionStatus];

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A student's work on one assignment: the autosaved draft, how many times it was
 * submitted (each a kept version), and the mentor's grade and feedback.
 * `version` guards grading (two mentors, one submission); `draftRevision` guards the draft.
 */
@Entity('submission')
@Index('submission_assignment_student_key', ['assignmentId', 'studentId'], { unique: true })
@Index('submission_student_idx', ['studentId'])
@Check('submission_status_check', `status IN ('DRAFT', 'SUBMITTED', 'RETURNED')`)
@Check('submission_score_check', 'score IS NULL OR score >= 0')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'submission_assignment_id_fkey' })
  assignment?: Relation<AssignmentEntity>;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'submission_student_id_fkey' })
  student?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status!: SubmissionStatus;

  @Column({ name: 'draft_markdown', type: 'text', default: '' })
  draftMarkdown!: string;

  @Column({ name: 'draft_saved_at', type: 'timestamptz', nullable: true })
  draftSavedAt!: Date | null;

  @Column({ name: 'draft_revision', type: 'integer', default: 0 })
  draftRevision!: number;

  @Column({ name: 'submitted_count', type: 'integer', default: 0 })
  submittedCount!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numeric })
  score!: number | null;

  @Column({ name: 'rubric_scores', type: 'jsonb', default: () => `'{}'` })
  rubricScores!: Record<string, number>;

  @Column({ name: 'feedback_markdown', type: 'text', default: '' })
  feedbackMarkdown!: string;

  @Column({ name: 'feedback_html', type: 'text', default: '' })
  feedbackHtml!: string;

  @Column({ name: 'graded_by_id', type: 'uuid', nullable: true })
  gradedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'graded_by_id', foreignKeyConstraintName: 'submission_graded_by_id_fkey' })
  gradedBy?: Relation<UserEntity>;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt!: Date | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Bumped by grading only (not by drafts or submitting), so a stale grader gets CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** One submitted version, kept forever. */
@Entity('submission_version')
@Index('submission_version_number_key', ['submissionId', 'number'], { unique: true })
@Index('submission_version_idempotency_key', ['submissionId', 'idempotencyKey'], { unique: true })
export class SubmissionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'submission_version_submission_id_fkey' })
  submission?: Relation<SubmissionEntity>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ name: 'body_markdown', type: 'text', default: '' })
  bodyMarkdown!: string;

  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ type: 'boolean', default: false })
  late!: boolean;

  /** The client's key for this submit: a retried or double-clicked submit finds this row instead of adding one. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 80, nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;
}

/** Files on the draft (what the next submit will carry). */
@Entity('submission_draft_file')
@Index('submission_draft_file_file_idx', ['fileId'])
export class SubmissionDraftFileEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid', primaryKeyConstraintName: 'submission_draft_file_pkey' })
  submissionId!: string;

  @PrimaryColumn({ name: 'file_id', type: 'uuid', primaryKeyConstraintName: 'submission_draft_file_pkey' })
  fileId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'submission_draft_file_submission_id_fkey' })
  submission?: Relation<SubmissionEntity>;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'submission_draft_file_file_id_fkey' })
  file?: Relation<StoredFileEntity>;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}

/** Files of a submitted version. */
@Entity('submission_file')
@Index('submission_file_file_idx', ['fileId'])
export class SubmissionFileEntity {
  @PrimaryColumn({ name: 'submission_version_id', type: 'uuid', primaryKeyConstraintName: 'submission_file_pkey' })
  submissionVersionId!: string;

  @PrimaryColumn({ name: 'file_id', type: 'uuid', primaryKeyConstraintName: 'submission_file_pkey' })
  fileId!: string;

  @ManyToOne(() => SubmissionVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_version_id', foreignKeyConstraintName: 'submission_file_submission_version_id_fkey' })
  submissionVersion?: Relation<SubmissionVersionEntity>;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'submission_file_file_id_fkey' })
  file?: Relation<StoredFileEntity>;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
