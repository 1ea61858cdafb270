import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AttemptKind, AttemptStatus, QuizFeedback } from '@gantry/shared';
import { UserEntity } from '../accounts/user.entity';
import { AssignmentEntity } from '../homework/assignment.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { QuestionEntity, QuestionOptionEntity } from '../questions/question.entity';
import { ExamBlueprintEntity } from './exam-blueprint.entity';

/**
 * One student's go at a practice quiz (PRACTICE, with its assignment) or a mock exam (MOCK,
 * with the blueprint it was drawn by). The server's timer is `deadlineAt`; the score is
 * written once, when the attempt is submitted. `feedback` is fixed at the start (a mentor
 * changing the quiz later does not reveal answers of attempts already running).
 */
@Entity('attempt')
@Index('attempt_in_progress_quiz_key', ['userId', 'assignmentId'], { unique: true, where: `status = 'IN_PROGRESS'` })
@Index('attempt_in_progress_mock_key', ['userId'], { unique: true, where: `kind = 'MOCK' AND status = 'IN_PROGRESS'` })
@Index('attempt_user_idx', ['userId', 'startedAt'])
@Index('attempt_assignment_idx', ['assignmentId', 'userId'])
@Index('attempt_cohort_idx', ['cohortId'])
@Index('attempt_blueprint_idx', ['blueprintId'])
@Index('attempt_deadline_idx', ['deadlineAt'], { where: `status = 'IN_PROGRESS'` })
@Check('attempt_kind_check', `kind IN ('PRACTICE', 'MOCK')`)
@Check('attempt_status_check', `status IN ('IN_PROGRESS', 'SUBMITTED')`)
@Check('attempt_feedback_check', `feedback IN ('IMMEDIATE', 'AT_END')`)
@Check('attempt_practice_check', `(kind = 'PRACTICE') = (assignment_id IS NOT NULL)`)
@Check('attempt_mock_check', `(kind = 'MOCK') = (blueprint_id IS NOT NULL) AND (kind = 'PRACTICE' OR feedback = 'AT_END')`)
@Check('attempt_submitted_check', `(status = 'SUBMITTED') = (submitted_at IS NOT NULL)`)
@Check('attempt_position_check', 'current_position >= 0')
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'attempt_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  kind!: AttemptKind;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'attempt_assignment_id_fkey' })
  assignment?: Relation<AssignmentEntity>;

  /** PRACTICE: the quiz's cohort; MOCK: the cohort the student took it for (analytics), if any. */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'attempt_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ name: 'blueprint_id', type: 'uuid', nullable: true })
  blueprintId!: string | null;

  @ManyToOne(() => ExamBlueprintEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'blueprint_id', foreignKeyConstraintName: 'attempt_blueprint_id_fkey' })
  blueprint?: Relation<ExamBlueprintEntity>;

  @Column({ type: 'text' })
  feedback!: QuizFeedback;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'auto_submitted', type: 'boolean', default: false })
  autoSubmitted!: boolean;

  @Column({ type: 'text', default: 'IN_PROGRESS' })
  status!: AttemptStatus;

  @Column({ name: 'current_position', type: 'integer', default: 0 })
  currentPosition!: number;

  @Column({ name: 'score_correct', type: 'integer', nullable: true })
  scoreCorrect!: number | null;

  @Column({ name: 'score_total', type: 'integer', nullable: true })
  scoreTotal!: number | null;

  /** Bumped by every change (answers, moves, submit). */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/**
 * One question of an attempt, at its position, with the options in this attempt's order.
 * `correct` is worked out when the student answers and never leaves the server before the
 * answer may be revealed.
 */
@Entity('attempt_item')
@Index('attempt_item_question_key', ['attemptId', 'questionId'], { unique: true })
@Index('attempt_item_question_idx', ['questionId'])
@Index('attempt_item_option_idx', ['selectedOptionId'])
@Check('attempt_item_position_check', 'position >= 0')
@Check('attempt_item_answer_check', '(selected_option_id IS NULL) = (answered_at IS NULL) AND (selected_option_id IS NULL) = (correct IS NULL)')
export class AttemptItemEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid', primaryKeyConstraintName: 'attempt_item_pkey' })
  attemptId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'attempt_item_pkey' })
  position!: number;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'attempt_item_attempt_id_fkey' })
  attempt?: Relation<AttemptEntity>;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'attempt_item_question_id_fkey' })
  question?: Relation<QuestionEntity>;

  /** The question's option ids in the order this attempt shows them. */
  @Column({ name: 'option_order', type: 'uuid', array: true })
  optionOrder!: string[];

  @Column({ name: 'selected_option_id', type: 'uuid', nullable: true })
  selectedOptionId!: string | null;

  @ManyToOne(() => QuestionOptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'selected_option_id', foreignKeyConstraintName: 'attempt_item_selected_option_id_fkey' })
  selectedOption?: Relation<QuestionOptionEntity>;

  @Column({ type: 'boolean', default: false })
  flagged!: boolean;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'boolean', nullable: true })
  correct!: boolean | null;
}
