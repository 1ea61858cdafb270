import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxEntity, OutboxStatus } from './outbox.entity';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { addDuration, nowUtc } from '@gantry/shared';

export interface NewMail {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** Same key twice → one message (a retried request never mails twice). */
  dedupeKey?: string;
}

const MAX_ATTEMPTS = 8;
/** A message left in SENDING longer than this was interrupted mid-send. */
const SENDING_LEASE_MINUTES = 10;

/**
 * Mail goes into the outbox inside the caller's transaction, so it is sent only if the
 * change that caused it commits. A dispatcher delivers it: at most once per message
 * (claimed with SKIP LOCKED, marked before and after), retrying failures with backoff.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(MAIL_TRANSPORT) private readonly transport?: MailTransport,
  ) {}

  get hasTransport(): boolean {
    return !!this.transport;
  }

  async enqueue(manager: EntityManager, mail: NewMail): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntity)
      .values({
        toAddress: mail.to,
        subject: mail.subject.slice(0, 300),
        textBody: mail.text,
        kind: mail.kind,
        dedupeKey: mail.dedupeKey ?? null,
        status: this.transport ? OutboxStatus.Pending : OutboxStatus.Held,
      })
      .orIgnore()
      .execute();
  }

  /** Deliver what is due. Returns how many were sent. Safe to run from several processes. */
  async dispatchDue(batchSize = 20): Promise<number> {
    if (!this.transport) return 0;
    const claimed: OutboxEntity[] = await this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
      // next_attempt_at becomes the claim time: the SENDING lease is measured from it.
      const [rows]: [Record<string, unknown>[], number] = await m.query(
        `UPDATE email_outbox SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = now()
          WHERE id IN (SELECT id FROM email_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, to_address, subject, text_body, attempts`,
        [batchSize],
      );
      return rows.map((r) => Object.assign(new OutboxEntity(), {
        id: r.id, toAddress: r.to_address, subject: r.subject, textBody: r.text_body, attempts: r.attempts,
      }));
    });
    let sent = 0;
    for (const msg of claimed) {
      try {
        await this.transport.send({
          messageId: `<${msg.id}@gantry>`,
          from: this.config.mail.from,
          to: msg.toAddress,
          subject: msg.subject,
          text: msg.textBody,
        });
        await this.db.query(`UPDATE email_outbox SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [msg.id]);
        sent++;
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        const failed = msg.attempts >= MAX_ATTEMPTS;
        const next = addDuration(nowUtc().toJSDate(), { seconds: backoffSeconds(msg.attempts) });
        await this.db.query(
          `UPDATE email_outbox SET status = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1`,
          [msg.id, failed ? OutboxStatus.Failed : OutboxStatus.Pending, next, error.slice(0, 2000)],
        );
        this.logger.warn({ outboxId: msg.id, attempts: msg.attempts, failed, error }, 'mail delivery failed');
      }
    }
    return sent;
  }

  /**
   * Messages stuck in SENDING were interrupted (a crash mid-send). Whether they went out
   * is unknown, so they are marked FAILED for a person to look at, never resent.
   */
  async failInterrupted(): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `UPDATE email_outbox SET status = 'FAILED', last_error = 'Delivery interrupted; not retried to avoid a duplicate.'
        WHERE status = 'SENDING' AND next_attempt_at < now() - ($1 || ' minutes')::interval RETURNING id`,
      [String(SENDING_LEASE_MINUTES)],
    );
    return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  }

  async list(args: PageArgs & { to?: string | null }): Promise<Page<OutboxEntity>> {
    const window = pageWindow(args);
    const qb = this.db.getRepository(OutboxEntity).createQueryBuilder('o');
    if (args.to) qb.where('o.to_address = :to', { to: args.to.trim().toLowerCase() });
    const [nodes, total] = await qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').take(window.limit).skip(window.offset).getManyAndCount();
    return toPage(nodes, total, window);
  }
}

/** 30 s, 1 min, 2 min, … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}
