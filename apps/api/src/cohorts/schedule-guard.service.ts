import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DateTime, intervalsOverlap } from '@gantry/shared';
import { AppError } from '../common/errors/app-error';

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Refuses a schedule in which a mentor would run two sessions at once. Locks each
 * mentor's schedule for the transaction (advisory locks, in id order), so two cohorts
 * saved at the same moment cannot both take the same evening.
 */
@Injectable()
export class ScheduleGuard {
  async assertNoClash(
    m: EntityManager,
    mentorIds: string[],
    candidates: Interval[],
    opts: { exceptSessionIds?: string[]; field: string; zone: string },
  ): Promise<void> {
    if (!candidates.length || !mentorIds.length) return;
    for (const id of [...mentorIds].sort()) {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`mentor-schedule:${id}`]);
    }
    const min = candidates.reduce((a, c) => (c.startsAt < a ? c.startsAt : a), candidates[0].startsAt);
    const max = candidates.reduce((a, c) => (c.endsAt > a ? c.endsAt : a), candidates[0].endsAt);
    const rows: { starts_at: Date; ends_at: Date; title: string; cohort_title: string; mentor: string }[] = await m.query(
      `SELECT s.starts_at, s.ends_at, s.title, c.title AS cohort_title, u.display_name AS mentor
         FROM cohort_session s
         JOIN cohort c ON c.id = s.cohort_id
         JOIN cohort_mentor cm ON cm.cohort_id = c.id
         JOIN app_user u ON u.id = cm.user_id
        WHERE cm.user_id = ANY($1::uuid[]) AND s.status = 'SCHEDULED' AND c.status <> 'CANCELLED'
          AND NOT (s.id = ANY($2::uuid[])) AND s.starts_at < $4 AND s.ends_at > $3
        ORDER BY s.starts_at`,
      [mentorIds, opts.exceptSessionIds ?? [], min, max],
    );
    for (const c of candidates) {
      const hit = rows.find((r) => intervalsOverlap(iso(c.startsAt), iso(c.endsAt), iso(r.starts_at), iso(r.ends_at)));
      if (hit) {
        const when = DateTime.fromJSDate(new Date(hit.starts_at)).setZone(opts.zone).toFormat("ccc, LLL d, h:mm a ZZZZ");
        const message = `This overlaps “${hit.cohort_title}”${hit.title ? ` (${hit.title})` : ''} on ${when}, which ${hit.mentor} also mentors. Choose another time.`;
        throw AppError.validation({ [opts.field]: [message] }, message);
      }
    }
    // Candidates among themselves (e.g. a make-up on top of a moved session).
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        if (intervalsOverlap(iso(candidates[i].startsAt), iso(candidates[i].endsAt), iso(candidates[j].startsAt), iso(candidates[j].endsAt))) {
          throw AppError.validation({ [opts.field]: ['Two of these sessions overlap each other.'] }, 'Two of these sessions overlap each other.');
        }
      }
    }
  }
}

function iso(d: Date): string {
  return new Date(d).toISOString();
}
