import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';

export const AttendanceStatus = {
  Present: 'PRESENT',
  Late: 'LATE',
  LeftEarly: 'LEFT_EARLY',
  Absent: 'ABSENT',
  Excused: 'EXCUSED',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export const AttendanceSource = { SelfCheckIn: 'SELF_CHECK_IN', Mentor: 'MENTOR', Zoom: 'ZOOM' } as const;
export type AttendanceSource = (typeof AttendanceSource)[keyof typeof AttendanceSource];

/** Statuses whose minutes count toward contact hours. */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = [AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.LeftEarly];

/**
 * One student's attendance at one session: at most one row per (session, user), enforced
 * by a unique index, so racing check-ins and retries meet on it.
 */
@Entity('attendance_record')
@Index('attendance_record_session_user_key', ['sessionId', 'userId'], { unique: true })
@Index('attendance_record_cohort_user_idx', ['cohortId', 'userId'])
@Index('attendance_record_user_idx', ['userId'])
@Check('attendance_record_status_check', `status IN ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED')`)
@Check('attendance_record_source_check', `source IN ('SELF_CHECK_IN', 'MENTOR', 'ZOOM')`)
@Check('attendance_record_minutes_check', 'minutes >= 0')
export class AttendanceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'attendance_record_session_id_fkey' })
  session?: Relation<CohortSessionEntity>;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'attendance_record_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'attendance_record_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  status!: AttendanceStatus;

  @Column({ type: 'integer', default: 0 })
  minutes!: number;

  @Column({ type: 'text' })
  source!: AttendanceSource;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Raised on every change; a mentor's override passes it back as expectedVersion. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'attendance_record_updated_by_fkey' })
  updater?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One change to a record (the first row is its creation: from_* null). Kept forever. */
@Entity('attendance_change')
@Index('attendance_change_record_idx', ['recordId', 'createdAt'])
@Check('attendance_change_source_check', `source IN ('SELF_CHECK_IN', 'MENTOR', 'ZOOM')`)
export class AttendanceChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @ManyToOne(() => AttendanceRecordEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'attendance_change_record_id_fkey' })
  record?: Relation<AttendanceRecordEntity>;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'attendance_change_changed_by_fkey' })
  changer?: Relation<UserEntity>;

  @Column({ type: 'text' })
  source!: AttendanceSource;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: AttendanceStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: AttendanceStatus;

  @Column({ name: 'from_minutes', type: 'integer', nullable: true })
  fromMinutes!: number | null;

  @Column({ name: 'to_minutes', type: 'integer' })
  toMinutes!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
