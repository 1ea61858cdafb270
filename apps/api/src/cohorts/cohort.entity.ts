import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import type { Cadence } from '@gantry/shared';
import { ChapterEntity } from '../chapters/chapter.entity';
import { UserEntity } from '../accounts/user.entity';

export const CohortStatus = {
  Draft: 'DRAFT',
  Open: 'OPEN',
  Running: 'RUNNING',
  Completed: 'COMPLETED',
  Cancelled: 'CANCELLED',
} as const;
export type CohortStatus = (typeof CohortStatus)[keyof typeof CohortStatus];

@Entity('cohort')
@Index('cohort_invite_code_key', ['inviteCode'], { unique: true })
@Index('cohort_chapter_idx', ['chapterId', 'createdAt'])
@Index('cohort_status_idx', ['status'])
@Check('cohort_capacity_check', 'capacity BETWEEN 1 AND 500')
@Check('cohort_status_check', `status IN ('DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')`)
@Check('cohort_cadence_check', `cadence IN ('WEEKLY', 'BIWEEKLY', 'CUSTOM')`)
@Check('cohort_duration_check', 'duration_minutes BETWEEN 30 AND 240')
@Check('cohort_attendance_present_percent_check', 'attendance_present_percent BETWEEN 1 AND 100')
@Check('cohort_attendance_late_minutes_check', 'attendance_late_minutes BETWEEN 0 AND 240')
@Check('cohort_certificate_min_percent_check', 'certificate_min_percent BETWEEN 0 AND 100')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @ManyToOne(() => ChapterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'cohort_chapter_id_fkey' })
  chapter?: Relation<ChapterEntity>;

  @Column({ name: 'lead_mentor_id', type: 'uuid' })
  leadMentorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_mentor_id', foreignKeyConstraintName: 'cohort_lead_mentor_id_fkey' })
  leadMentor?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status!: CohortStatus;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'meeting_url', type: 'varchar', length: 500, nullable: true })
  meetingUrl!: string | null;

  @Column({ name: 'meeting_passcode', type: 'varchar', length: 100, nullable: true })
  meetingPasscode!: string | null;

  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval!: boolean;

  @Column({ name: 'enrollment_opens_at', type: 'timestamptz', nullable: true })
  enrollmentOpensAt!: Date | null;

  @Column({ name: 'enrollment_closes_at', type: 'timestamptz', nullable: true })
  enrollmentClosesAt!: Date | null;

  @Column({ name: 'enrollment_closed', type: 'boolean', default: false })
  enrollmentClosed!: boolean;

  @Column({ name: 'invite_code', type: 'varchar', length: 16 })
  inviteCode!: string;

  /** The pattern the sessions were planned from (local time in the cohort's zone). */
  @Column({ name: 'local_time', type: 'varchar', length: 5 })
  localTime!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'varchar', length: 10 })
  cadence!: Cadence;

  /** Attendance rule (issue 6): present when attending at least this share of a session. */
  @Column({ name: 'attendance_present_percent', type: 'integer', default: 75 })
  attendancePresentPercent!: number;

  /** Late when the first join is more than this many minutes after the start. */
  @Column({ name: 'attendance_late_minutes', type: 'integer', default: 10 })
  attendanceLateMinutes!: number;

  /** Share of the cohort's total session minutes a student must attend for a certificate. */
  @Column({ name: 'certificate_min_percent', type: 'integer', default: 75 })
  certificateMinPercent!: number;

  /** When certificates of attendance were issued for this (COMPLETED) cohort; null: not yet (issue 6). */
  @Column({ name: 'certificates_issued_at', type: 'timestamptz', nullable: true })
  certificatesIssuedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
