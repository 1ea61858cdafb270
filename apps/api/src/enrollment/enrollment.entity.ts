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
import { UserEntity } from '../accounts/user.entity';
import { CohortEntity } from '../cohorts/cohort.entity';

export const EnrollmentStatus = {
  /** Asked to join a cohort that needs the mentor's approval. */
  Pending: 'PENDING',
  Enrolled: 'ENROLLED',
  Waitlisted: 'WAITLISTED',
  Declined: 'DECLINED',
  Removed: 'REMOVED',
  Left: 'LEFT',
  Moved: 'MOVED',
} as const;
export type EnrollmentStatus = (typeof EnrollmentStatus)[keyof typeof EnrollmentStatus];

export const EnrollmentSource = { Self: 'SELF', Invite: 'INVITE', Mentor: 'MENTOR', Move: 'MOVE' } as const;
export type EnrollmentSource = (typeof EnrollmentSource)[keyof typeof EnrollmentSource];

/** One row per student and cohort, whatever happens to it (the unique key makes enrolling idempotent). */
@Entity('enrollment')
@Index('enrollment_cohort_user_key', ['cohortId', 'userId'], { unique: true })
@Index('enrollment_user_idx', ['userId'])
@Index('enrollment_waitlist_idx', ['cohortId', 'waitlistedAt', 'id'], { where: `status = 'WAITLISTED'` })
@Check('enrollment_status_check', `status IN ('PENDING', 'ENROLLED', 'WAITLISTED', 'DECLINED', 'REMOVED', 'LEFT', 'MOVED')`)
@Check('enrollment_source_check', `source IN ('SELF', 'INVITE', 'MENTOR', 'MOVE')`)
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'enrollment_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'enrollment_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 12 })
  status!: EnrollmentStatus;

  @Column({ type: 'varchar', length: 8, default: 'SELF' })
  source!: EnrollmentSource;

  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt!: Date | null;

  @Column({ name: 'enrolled_at', type: 'timestamptz', nullable: true })
  enrolledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
