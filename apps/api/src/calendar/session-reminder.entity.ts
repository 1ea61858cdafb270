import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';

export const ReminderKind = { DayBefore: '24H', HourBefore: '1H' } as const;
export type ReminderKind = (typeof ReminderKind)[keyof typeof ReminderKind];

/** A planned reminder; claimed once by whichever API process gets to it first. */
@Entity('session_reminder')
@Index('session_reminder_session_kind_key', ['sessionId', 'kind'], { unique: true })
@Index('session_reminder_due_idx', ['dueAt'], { where: 'sent_at IS NULL' })
@Check('session_reminder_kind_check', `kind IN ('24H', '1H')`)
export class SessionReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_reminder_session_id_fkey' })
  session?: Relation<CohortSessionEntity>;

  @Column({ type: 'varchar', length: 4 })
  kind!: ReminderKind;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
