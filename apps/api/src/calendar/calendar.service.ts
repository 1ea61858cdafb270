import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { DateTime, nowUtc } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { CalendarFeedEntity } from './calendar-feed.entity';

interface FeedRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  sequence: number;
  updated_at: Date;
  created_at: Date;
  cohort_id: string;
  cohort_title: string;
  time_zone: string;
  meeting_url: string | null;
  meeting_passcode: string | null;
  cohort_status: string;
}

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * Calendar feeds (RFC 5545): one secret, revocable URL per user listing all their
 * sessions, and a single .ics per session. A session's UID never changes; SEQUENCE rises
 * with every change; a cancelled session stays in the feed with STATUS:CANCELLED so
 * calendars remove it; times carry the cohort's zone with its VTIMEZONE.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  feedUrl(token: string): string {
    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }

  async feed(viewer: Viewer): Promise<CalendarFeedEntity | null> {
    return this.db.getRepository(CalendarFeedEntity).findOneBy({ userId: viewer.userId });
  }

  /** Create the feed, or replace its URL (the old one stops working at once). */
  async resetFeed(viewer: Viewer): Promise<CalendarFeedEntity> {
    const token = randomBytes(24).toString('base64url');
    await this.db.query(
      `INSERT INTO calendar_feed (user_id, token) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()`,
      [viewer.userId, token],
    );
    return this.db.getRepository(CalendarFeedEntity).findOneByOrFail({ userId: viewer.userId });
  }

  async revokeFeed(viewer: Viewer): Promise<boolean> {
    const r = await this.db.getRepository(CalendarFeedEntity).delete({ userId: viewer.userId });
    return (r.affected ?? 0) > 0;
  }

  /** The feed for a token, or NOT_FOUND (an unknown and a revoked token look the same). */
  async feedIcs(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw AppError.notFound('That calendar');
    const feed = await this.db.getRepository(CalendarFeedEntity).findOneBy({ token });
    if (!feed) throw AppError.notFound('That calendar');
    const since = nowUtc().minus({ days: 180 }).toJSDate();
    const rows: FeedRow[] = await this.db.query(
      `${SELECT_SESSIONS}
        WHERE s.starts_at >= $2 AND (
              s.cohort_id IN (SELECT cohort_id FROM cohort_mentor WHERE user_id = $1)
           OR (c.status <> 'DRAFT' AND s.cohort_id IN (SELECT cohort_id FROM enrollment WHERE user_id = $1 AND status = 'ENROLLED')))
        ORDER BY s.starts_at LIMIT 500`,
      [feed.userId, since],
    );
    return this.render(rows, 'Gantry study sessions');
  }

  /** One session as an .ics file, for someone who takes part in its cohort. */
  async sessionIcs(viewer: Viewer, sessionId: string): Promise<{ filename: string; body: string }> {
    const rows: FeedRow[] = /^[0-9a-f-]{36}$/i.test(sessionId)
      ? await this.db.query(
          `${SELECT_SESSIONS}
            WHERE s.id = $2 AND (
                  $3::boolean
               OR s.cohort_id IN (SELECT cohort_id FROM cohort_mentor WHERE user_id = $1)
               OR (c.status <> 'DRAFT' AND s.cohort_id IN (SELECT cohort_id FROM enrollment WHERE user_id = $1 AND status = 'ENROLLED'))
               OR c.chapter_id = ANY($4::uuid[]))`,
          [viewer.userId, sessionId, viewer.isPlatformAdmin, viewer.memberships.filter((m) => m.role === 'CHAPTER_ADMIN').map((m) => m.chapterId)],
        )
      : [];
    if (!rows.length) throw AppError.notFound('That session');
    const slug = rows[0].cohort_title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'session';
    return { filename: `${slug}-${DateTime.fromJSDate(new Date(rows[0].starts_at)).setZone(rows[0].time_zone).toFormat('yyyy-LL-dd')}.ics`, body: this.render(rows, rows[0].cohort_title) };
  }

  private render(rows: FeedRow[], name: string): string {
    const cal = ical({
      name,
      prodId: { company: 'Gantry', product: 'Study sessions', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 60 * 60,
    });
    cal.timezone({ name: null, generator: (tz) => tzlib_get_ical_block(tz)[0] ?? null });
    for (const r of rows) {
      const link = `${this.config.publicUrl}/cohorts/${r.cohort_id}`;
      const description = [
        r.meeting_url ? `Join: ${r.meeting_url}` : null,
        r.meeting_passcode ? `Passcode: ${r.meeting_passcode}` : null,
        `Cohort page: ${link}`,
      ]
        .filter(Boolean)
        .join('\n');
      cal.createEvent({
        id: `${r.id}@gantry`,
        sequence: r.sequence,
        // luxon times in the cohort's zone: ical-generator writes their wall-clock digits with the TZID.
        start: DateTime.fromJSDate(new Date(r.starts_at)).setZone(r.time_zone),
        end: DateTime.fromJSDate(new Date(r.ends_at)).setZone(r.time_zone),
        timezone: r.time_zone,
        stamp: new Date(r.updated_at),
        created: new Date(r.created_at),
        lastModified: new Date(r.updated_at),
        summary: `${r.cohort_title}: ${r.title}`,
        description,
        location: r.meeting_url ?? undefined,
        url: r.meeting_url ?? link,
        status: r.status === 'CANCELLED' || r.cohort_status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return cal.toString();
  }
}

const SELECT_SESSIONS = `
  SELECT s.id, s.title, s.starts_at, s.ends_at, s.status, s.sequence, s.updated_at, s.created_at,
         c.id AS cohort_id, c.title AS cohort_title, c.time_zone, c.meeting_url, c.meeting_passcode, c.status AS cohort_status
    FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id`;
