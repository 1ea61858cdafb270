import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDuration, describeForViewer, nowUtc } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { startPolling, type Poller } from '../common/polling';

/** How long before a student's due time the reminder goes out. */
export const HOMEWORK_REMINDER_LEAD_HOURS = 24;

/**
 * "Due tomorrow" emails: 24 hours before each enrolled student's own due time (their
 * extension applied) for a published assignment they have not submitted. Whichever process
 * polls first records `assignment_reminder (assignment, student, due_at)` with ON CONFLICT
 * DO NOTHING and queues the mail in the same transaction: one email per student and due
 * instant however many processes run, and a due time that moves gets a new one.
 */
@Injectable()
export class HomeworkRemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** Queue what is due. Returns the number of reminder emails queued. */
  async dispatchDue(batchSize = 200): Promise<number> {
    const now = nowUtc().toJSDate();
    const horizon = addDuration(now, { hours: HOMEWORK_REMINDER_LEAD_HOURS });
    return this.db.transaction(async (m) => {
      // A second process running this at the same moment waits on the first one's rows and
      // then inserts nothing for them, so RETURNING hands each reminder to one process only.
      type Claimed = { assignment_id: string; student_id: string; due_at: Date };
      const raw: Claimed[] | [Claimed[], number] = await m.query(
        `WITH due AS (
           SELECT a.id AS assignment_id, e.user_id AS student_id, coalesce(x.due_at, a.due_at) AS due_at
             FROM assignment a
             JOIN cohort c ON c.id = a.cohort_id AND c.status IN ('OPEN', 'RUNNING')
             JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.status = 'ENROLLED'
             LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.student_id = e.user_id
            WHERE a.published_at IS NOT NULL
              AND (a.due_at > $1 OR x.due_at > $1)
              AND coalesce(x.due_at, a.due_at) > $1 AND coalesce(x.due_at, a.due_at) <= $2
              AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.assignment_id = a.id AND s.student_id = e.user_id
                                 AND s.status IN ('SUBMITTED', 'RETURNED'))
              AND NOT EXISTS (SELECT 1 FROM assignment_reminder r WHERE r.assignment_id = a.id AND r.student_id = e.user_id
                                 AND r.due_at = coalesce(x.due_at, a.due_at))
            ORDER BY 3
            LIMIT $3
         )
         INSERT INTO assignment_reminder (assignment_id, student_id, due_at)
         SELECT assignment_id, student_id, due_at FROM due
         ON CONFLICT DO NOTHING
         RETURNING assignment_id, student_id, due_at`,
        [now, horizon, batchSize],
      );
      // An INSERT … RETURNING answers with its rows (drivers that add a row count wrap them).
      const claimed = (Array.isArray(raw[0]) ? raw[0] : raw) as Claimed[];
      if (!claimed.length) return 0;
      const details: {
        assignment_id: string; student_id: string; title: string; cohort_title: string; cohort_zone: string;
        email: string; display_name: string; time_zone: string;
      }[] = await m.query(
        `SELECT a.id AS assignment_id, u.id AS student_id, a.title, c.title AS cohort_title, c.time_zone AS cohort_zone,
                u.email, u.display_name, u.time_zone
           FROM unnest($1::uuid[], $2::uuid[]) AS k(assignment_id, student_id)
           JOIN assignment a ON a.id = k.assignment_id
           JOIN cohort c ON c.id = a.cohort_id
           JOIN app_user u ON u.id = k.student_id`,
        [claimed.map((r) => r.assignment_id), claimed.map((r) => r.student_id)],
      );
      const byKey = new Map(details.map((d) => [`${d.assignment_id}:${d.student_id}`, d]));
      let queued = 0;
      for (const r of claimed) {
        const d = byKey.get(`${r.assignment_id}:${r.student_id}`);
        if (!d) continue;
        const dueIso = new Date(r.due_at).toISOString();
        const when = describeForViewer(dueIso, d.time_zone, d.cohort_zone);
        await this.outbox.enqueue(m, {
          to: d.email,
          kind: 'assignment-reminder',
          dedupeKey: `assignment-reminder:${r.assignment_id}:${r.student_id}:${dueIso}`,
          subject: `${d.cohort_title}: “${d.title}” is due ${when.viewer}`,
          text:
            `Hello ${d.display_name},\n\n` +
            `Your assignment “${d.title}” for ${d.cohort_title} is due ${when.viewer}` +
            `${when.cohort ? ` (${when.cohort})` : ''}, and you have not submitted it yet.\n\n` +
            `Open it: ${this.config.publicUrl}/assignments/${r.assignment_id}\n`,
        });
        queued++;
      }
      return queued;
    });
  }
}

/** Polls for due reminders on the same interval as the session reminders (REMINDER_POLL_MS); not in tests. */
@Injectable()
export class HomeworkReminderScheduler {
  private readonly logger = new Logger(HomeworkReminderScheduler.name);
  private poller?: Poller;

  constructor(
    private readonly reminders: HomeworkRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.poller = startPolling({ everyMs: this.config.reminderPollMs, run: () => this.reminders.dispatchDue(), logger: this.logger, what: 'homework reminder dispatch' });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller?.stop();
  }
}
