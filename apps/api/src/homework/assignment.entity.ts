import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';

export const AssignmentKind = { Written: 'WRITTEN', File: 'FILE', Quiz: 'QUIZ' } as const;
export type AssignmentKind = (typeof AssignmentKind)[keyof typeof AssignmentKind];

/** ABSOLUTE: `dueAt` as set; RELATIVE: `dueOffsetMinutes` from the start of `dueSessionId`, moving with it. */
export const DueMode = { Absolute: 'ABSOLUTE', Relative: 'RELATIVE' } as const;
export type DueMode = (typeof DueMode)[keyof typeof DueMode];

export const LatePolicy = { AcceptLate: 'ACCEPT_LATE', Close: 'CLOSE' } as const;
export type LatePolicy = (typeof LatePolicy)[keyof typeof LatePolicy];

export interface RubricCriterion {
  id: string;
  title: string;
  description: string;
  points: number;
}

/** Homework set on one session of a cohort. */
@Entity('assignment')
@Index('assignment_session_idx', ['sessionId', 'position'])
@Index('assignment_cohort_due_idx', ['cohortId', 'dueAt'])
@Index('assignment_due_session_idx', ['dueSessionId'])
@Index('assignment_published_due_idx', { synchronize: false })
@Check('assignment_kind_check', `kind IN ('WRITTEN', 'FILE', 'QUIZ')`)
@Check('assignment_points_check', 'points IS NULL OR points BETWEEN 1 AND 1000')
@Check('assignment_due_mode_check', `due_mode IN ('ABSOLUTE', 'RELATIVE')`)
@Check('assignment_relative_check', `due_mode = 'ABSOLUTE' OR (due_session_id IS NOT NULL AND due_offset_minutes IS NOT NULL)`)
@Check('assignment_late_policy_check', `late_policy IN ('ACCEPT_LATE', 'CLOSE')`)
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'assignment_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'assignment_session_id_fkey' })
  session?: Relation<CohortSessionEntity>;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'instructions_markdown', type: 'text', default: '' })
  instructionsMarkdown!: string;

  @Column({ name: 'instructions_html', type: 'text', default: '' })
  instructionsHtml!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: AssignmentKind;

  /** Null: ungraded. */
  @Column({ type: 'integer', nullable: true })
  points!: number | null;

  @Column({ name: 'due_mode', type: 'varchar', length: 10 })
  dueMode!: DueMode;

  /** The effective due instant (kept in step with the anchor session for RELATIVE). */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'due_session_id', type: 'uuid', nullable: true })
  dueSessionId!: string | null;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'due_session_id', foreignKeyConstraintName: 'assignment_due_session_id_fkey' })
  dueSession?: Relation<CohortSessionEntity>;

  @Column({ name: 'due_offset_minutes', type: 'integer', nullable: true })
  dueOffsetMinutes!: number | null;

  @Column({ name: 'late_policy', type: 'varchar', length: 20 })
  latePolicy!: LatePolicy;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  rubric!: RubricCriterion[];

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'assignment_created_by_id_fkey' })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}

/** One student's own due time for an assignment. */
@Entity('assignment_extension')
@Index('assignment_extension_student_idx', ['studentId'])
export class AssignmentExtensionEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid', primaryKeyConstraintName: 'assignment_extension_pkey' })
  assignmentId!: string;

  @PrimaryColumn({ name: 'student_id', type: 'uuid', primaryKeyConstraintName: 'assignment_extension_pkey' })
  studentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'assignment_extension_assignment_id_fkey' })
  assignment?: Relation<AssignmentEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'assignment_extension_student_id_fkey' })
  student?: Relation<UserEntity>;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'assignment_extension_granted_by_id_fkey' })
  grantedBy?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A due-soon reminder already sent (one per student and due instant; a moved due time gets a new one). */
@Entity('assignment_reminder')
export class AssignmentReminderEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid', primaryKeyConstraintName: 'assignment_reminder_pkey' })
  assignmentId!: string;

  @PrimaryColumn({ name: 'student_id', type: 'uuid', primaryKeyConstraintName: 'assignment_reminder_pkey' })
  studentId!: string;

  @PrimaryColumn({ name: 'due_at', type: 'timestamptz', primaryKeyConstraintName: 'assignment_reminder_pkey' })
  dueAt!: Date;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'assignment_reminder_assignment_id_fkey' })
  assignment?: Relation<AssignmentEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'assignment_reminder_student_id_fkey' })
  student?: Relation<UserEntity>;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
