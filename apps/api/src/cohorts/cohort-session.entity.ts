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
import { CohortEntity } from './cohort.entity';

export const SessionStatus = { Scheduled: 'SCHEDULED', Cancelled: 'CANCELLED' } as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

/** One live session: stored as instants, planned and edited in the cohort's zone. */
@Entity('cohort_session')
@Index('cohort_session_cohort_idx', ['cohortId', 'startsAt'])
@Index('cohort_session_starts_idx', ['startsAt'], { where: `status = 'SCHEDULED'` })
@Check('cohort_session_status_check', `status IN ('SCHEDULED', 'CANCELLED')`)
@Check('cohort_session_interval_check', 'ends_at > starts_at')
export class CohortSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'cohort_session_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ type: 'varchar', length: 160, default: '' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 12, default: 'SCHEDULED' })
  status!: SessionStatus;

  @Column({ name: 'is_makeup', type: 'boolean', default: false })
  isMakeup!: boolean;

  /** Attached by the mentor after the session, for enrolled students. */
  @Column({ name: 'recording_url', type: 'varchar', length: 1000, nullable: true })
  recordingUrl!: string | null;

  @Column({ name: 'slides_url', type: 'varchar', length: 1000, nullable: true })
  slidesUrl!: string | null;

  /** RFC 5545 SEQUENCE: raised on every change a calendar should pick up. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
