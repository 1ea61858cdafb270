import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OutboxStatus = {
  Pending: 'PENDING',
  Sending: 'SENDING',
  Sent: 'SENT',
  Failed: 'FAILED',
  /** No transport configured: kept for a platform admin to read. */
  Held: 'HELD',
} as const;
export type OutboxStatus = (typeof OutboxStatus)[keyof typeof OutboxStatus];

@Entity('email_outbox')
@Index('email_outbox_dedupe_key', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Index('email_outbox_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
@Index('email_outbox_created_idx', ['createdAt', 'id'])
@Index('email_outbox_to_idx', ['toAddress'])
@Check('email_outbox_status_check', `status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD')`)
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'PENDING' })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
