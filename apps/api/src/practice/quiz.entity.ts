import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { QuizFeedback, QuizRule, QuizSelection } from '@gantry/shared';
import { AssignmentEntity } from '../homework/assignment.entity';

/** A practice quiz's settings, beside its assignment of kind QUIZ (one row per such assignment). */
@Entity('quiz')
@Check('quiz_selection_check', `selection IN ('FIXED', 'RULE')`)
@Check('quiz_feedback_check', `feedback IN ('IMMEDIATE', 'AT_END')`)
@Check('quiz_rule_check', `(selection = 'RULE') = (rule IS NOT NULL)`)
@Check('quiz_time_limit_check', 'time_limit_minutes IS NULL OR time_limit_minutes BETWEEN 1 AND 600')
export class QuizEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid', primaryKeyConstraintName: 'quiz_pkey' })
  assignmentId!: string;

  @OneToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'quiz_assignment_id_fkey' })
  assignment?: Relation<AssignmentEntity>;

  @Column({ type: 'text' })
  selection!: QuizSelection;

  /** FIXED: the questions, in the mentor's order. RULE: empty. */
  @Column({ name: 'question_ids', type: 'uuid', array: true })
  questionIds!: string[];

  /** RULE: what to draw (domains and modalities: none means any). */
  @Column({ type: 'jsonb', nullable: true })
  rule!: QuizRule | null;

  @Column({ type: 'text' })
  feedback!: QuizFeedback;

  @Column({ name: 'time_limit_minutes', type: 'integer', nullable: true })
  timeLimitMinutes!: number | null;

  @Column({ type: 'boolean', default: true })
  shuffle!: boolean;
}
