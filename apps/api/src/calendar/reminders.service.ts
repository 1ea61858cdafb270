import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { addDuration, describeForViewer, nowUtc } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { CohortSessionEntity, SessionStatus } from '../cohorts/cohort-session.entity';
import { ReminderKind } from './session-reminder.entity';
import { cohortRecipients } from '../cohorts/cohort-recipients';
import { startPolling, type Poller } from '../common/polling';

const LEAD: Record<ReminderKind, { hours: number; label: string }> = {
  [ReminderKind.DayBefore]: { hours: 24, label: 'tomorrow' },
  [ReminderKind.HourBefore]: { hours: 1, label: 'in one hour' },
};

/**
 * Reminder emails 24 hours and 1 hour before each session. Planned as rows when a session
 * is created or moved; delivered by whichever API process claims a due row first
 * (FOR UPDATE SKIP LOCKED), so each goes out once however many processes run.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** (Re)plan a session's reminders; a cancelled session has none. Call inside the change's transaction. */
  async plan(m: EntityManager, session: Pick<CohortSessionEntity, 'id' | 'startsAt' | 'status'>): Promise<void> {
    if (session.status === SessionStatus.Cancelled) {
      await m.query(`DELETE FROM session_reminder WHERE session_id = $1`, [session.id]);
      return;
    }
    const now = nowUtc().toJSDate();
    for (const kind of Object.values(ReminderKind)) {
      const dueAt = addDuration(session.startsAt, { hours: -LEAD[kind].hours });
      // A reminder whose time has already passed is not sent late.
      const sentAt = dueAt <= now ? now : null;
      await m.query(
        `INSERT INTO session_reminder (session_id, kind, due_at, sent_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id, kind) DO UPDATE SET due_at = EXCLUDED.due_at, sent_at = EXCLUDED.sent_at`,
        [session.id, kind, dueAt, sentAt],
      );
    }
  }

  /** Send what is due. Returns the number of reminder emails queued. */
  async dispatchDue(batchSize = 50): Promise<number> {
    return this.db.transaction(async (m) => {
      const [due]: [{ id: string; session_id: string; kind: ReminderKind }[], number] = await m.query(
        `UPDATE session_reminder SET sent_at = now()
          WHERE id IN (SELECT id FROM session_reminder WHERE sent_at IS NULL AND due_at <= now()
                        ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, session_id, kind`,
        [batchSize],
      );
      let queued = 0;
      for (const r of due) queued += await this.queueEmails(m, r);
      return queued;
    });
  }

  private async queueEmails(m: EntityManager, r: { id: string; session_id: string; kind: ReminderKind }): Promise<number> {
    const rows: {
      title: string; starts_at: Date; status: string; cohort_title: string; cohort_id: string; cohort_zone: string;
      meeting_url: string | null; cohort_status: string;
    }[] = await m.query(
      `SELECT s.title, s.starts_at, s.status, c.title AS cohort_title, c.id AS cohort_id, c.time_zone AS cohort_zone,
              c.meeting_url, c.status AS cohort_status
         FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id WHERE s.id = $1`,
      [r.session_id],
    );
    const s = rows[0];
    if (!s || s.status !== SessionStatus.Scheduled || ['DRAFT', 'CANCELLED', 'COMPLETED'].includes(s.cohort_status)) return 0;
    if (new Date(s.starts_at) <= nowUtc().toJSDate()) return 0;
    const people = await cohortRecipients(m, s.cohort_id);
    const startsIso = new Date(s.starts_at).toISOString();
    for (const p of people) {
      const when = describeForViewer(startsIso, p.timeZone, s.cohort_zone);
      await this.outbox.enqueue(m, {
        to: p.email,
        kind: `session-reminder-${r.kind}`,
        dedupeKey: `reminder:${r.session_id}:${r.kind}:${startsIso}:${p.userId}`,
        subject: `${s.cohort_title}: ${s.title || 'session'} ${LEAD[r.kind].label}`,
        text:
          `Hello ${p.displayName},\n\n${s.cohort_title} meets ${LEAD[r.kind].label}:\n` +
          `${s.title || 'Session'} — ${when.viewer}${when.cohort ? ` (${when.cohort})` : ''}\n\n` +
          (s.meeting_url ? `Join: ${s.meeting_url}\n` : '') +
          `Cohort page: ${this.config.publicUrl}/cohorts/${s.cohort_id}\n`,
      });
    }
    return people.length;
  }
}

@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);
  private poller?: Poller;

  constructor(
    private readonly reminders: RemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.poller = startPolling({ everyMs: this.config.reminderPollMs, run: () => this.reminders.dispatchDue(), logger: this.logger, what: 'reminder dispatch' });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller?.stop();
  }
}
