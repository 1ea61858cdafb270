import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { inviteCodeSchema, nowUtc } from '@gantry/shared';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, ErrorCode, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { OutboxService } from '../mail/outbox.service';
import { CohortEntity, CohortStatus } from '../cohorts/cohort.entity';
import { CohortAccessService } from '../cohorts/cohort-access.service';
import { EnrollmentEntity, EnrollmentSource, EnrollmentStatus } from './enrollment.entity';

export interface RosterEntry {
  enrollmentId: string;
  userId: string;
  displayName: string;
  email: string;
  timeZone: string;
  status: EnrollmentStatus;
  source: EnrollmentSource;
  waitlistPosition: number | null;
  since: Date;
  version: number;
}

/** Statuses that keep a place: a seat (ENROLLED) or a place in a queue. */
const ACTIVE: EnrollmentStatus[] = [EnrollmentStatus.Enrolled, EnrollmentStatus.Waitlisted, EnrollmentStatus.Pending];
const uuid = z.uuid();

/**
 * Enrollment with a hard capacity and an ordered waitlist. Every change that can take or
 * free a seat locks the cohort row first, so seats are counted by one transaction at a
 * time: capacity is never exceeded, and waiting students are promoted in order, once.
 */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly access: CohortAccessService,
  ) {}

  /** Enroll yourself (or ask, where the mentor approves each student). Idempotent. */
  async enroll(viewer: Viewer, cohortId: string): Promise<EnrollmentEntity> {
    return this.db.transaction(async (m) => {
      const cohort = await this.lockCohort(m, viewer, cohortId);
      this.assertOpenForSelfEnrollment(cohort);
      return this.join(m, viewer, cohort, cohort.requiresApproval ? 'ask' : 'seat', EnrollmentSource.Self);
    });
  }

  /** Join with the mentor's invite code: no approval step, and it works after the catalog closes. */
  async joinByCode(viewer: Viewer, codeInput: string): Promise<EnrollmentEntity> {
    const code = parseInput(z.object({ code: inviteCodeSchema }), { code: codeInput }).code;
    return this.db.transaction(async (m) => {
      const found = await m.findOneBy(CohortEntity, { inviteCode: code });
      if (!found || found.status === CohortStatus.Draft) throw AppError.validation({ code: ['No cohort has this invite code. Check it with your mentor.'] });
      const cohort = await m.findOneOrFail(CohortEntity, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (cohort.status !== CohortStatus.Open && cohort.status !== CohortStatus.Running) {
        throw AppError.conflict(`This cohort is ${cohort.status.toLowerCase()} and takes no new students.`);
      }
      return this.join(m, viewer, cohort, 'seat', EnrollmentSource.Invite);
    });
  }

  async leave(viewer: Viewer, cohortId: string): Promise<EnrollmentEntity> {
    return this.db.transaction(async (m) => {
      const cohort = await this.lockCohort(m, viewer, cohortId);
      const row = await m.findOneBy(EnrollmentEntity, { cohortId: cohort.id, userId: viewer.userId });
      if (!row || !ACTIVE.includes(row.status)) throw AppError.notFound('Your enrollment in this cohort');
      const hadSeat = row.status === EnrollmentStatus.Enrolled;
      row.status = EnrollmentStatus.Left;
      row.waitlistedAt = null;
      const saved = await m.save(row);
      if (hadSeat) await this.promote(m, cohort);
      return saved;
    });
  }

  async approve(viewer: Viewer, enrollmentId: string): Promise<EnrollmentEntity> {
    return this.mentorAction(viewer, enrollmentId, async (m, row, cohort) => {
      if (row.status !== EnrollmentStatus.Pending) throw AppError.conflict('Only a pending request can be approved.');
      const placed = await this.place(m, row, cohort);
      await this.notify(m, placed, cohort, placed.status === EnrollmentStatus.Enrolled ? 'approved' : 'approved-waitlisted');
      return placed;
    });
  }

  async decline(viewer: Viewer, enrollmentId: string): Promise<EnrollmentEntity> {
    return this.mentorAction(viewer, enrollmentId, async (m, row, cohort) => {
      if (row.status !== EnrollmentStatus.Pending && row.status !== EnrollmentStatus.Waitlisted) {
        throw AppError.conflict('Only a pending request or a waitlisted student can be declined.');
      }
      row.status = EnrollmentStatus.Declined;
      row.waitlistedAt = null;
      const saved = await m.save(row);
      await this.notify(m, saved, cohort, 'declined');
      return saved;
    });
  }

  async remove(viewer: Viewer, enrollmentId: string): Promise<EnrollmentEntity> {
    return this.mentorAction(viewer, enrollmentId, async (m, row, cohort) => {
      if (!ACTIVE.includes(row.status)) throw AppError.conflict('This student is not in the cohort.');
      const hadSeat = row.status === EnrollmentStatus.Enrolled;
      row.status = EnrollmentStatus.Removed;
      row.waitlistedAt = null;
      const saved = await m.save(row);
      await this.notify(m, saved, cohort, 'removed');
      if (hadSeat) await this.promote(m, cohort);
      return saved;
    });
  }

  /** Move a student to another cohort the viewer also manages; their seat here frees up. */
  async move(viewer: Viewer, enrollmentId: string, targetCohortId: string): Promise<EnrollmentEntity> {
    return this.db.transaction(async (m) => {
      const row = uuid.safeParse(enrollmentId).success ? await m.findOneBy(EnrollmentEntity, { id: enrollmentId }) : null;
      if (!row) throw AppError.notFound('That enrollment');
      if (row.cohortId === targetCohortId) throw AppError.validation({ targetCohortId: ['Choose a different cohort.'] });
      // Lock both cohorts in id order so two moves in opposite directions cannot deadlock.
      const [first, second] = [row.cohortId, targetCohortId].sort();
      const a = await this.access.manageable(viewer, first, m, { lock: true });
      const b = await this.access.manageable(viewer, second, m, { lock: true });
      const source = a.id === row.cohortId ? a : b;
      const target = a.id === row.cohortId ? b : a;
      if (target.status !== CohortStatus.Open && target.status !== CohortStatus.Running && target.status !== CohortStatus.Draft) {
        throw AppError.validation({ targetCohortId: [`That cohort is ${target.status.toLowerCase()}.`] });
      }
      const current = await m.findOneOrFail(EnrollmentEntity, { where: { id: row.id }, lock: { mode: 'pessimistic_write' } });
      if (!ACTIVE.includes(current.status)) throw AppError.conflict('This student is not in the cohort.');
      const hadSeat = current.status === EnrollmentStatus.Enrolled;
      current.status = EnrollmentStatus.Moved;
      current.waitlistedAt = null;
      await m.save(current);
      let moved = await m.findOneBy(EnrollmentEntity, { cohortId: target.id, userId: current.userId });
      if (moved && ACTIVE.includes(moved.status) && moved.status !== EnrollmentStatus.Pending) {
        // Already there.
      } else {
        moved ??= m.create(EnrollmentEntity, { cohortId: target.id, userId: current.userId });
        moved.source = EnrollmentSource.Move;
        moved = await this.place(m, moved, target);
      }
      await this.notify(m, moved, target, moved.status === EnrollmentStatus.Enrolled ? 'moved' : 'moved-waitlisted');
      if (hadSeat) await this.promote(m, source);
      return moved;
    });
  }

  async roster(viewer: Viewer, cohortId: string, args: PageArgs & { statuses?: EnrollmentStatus[] | null }): Promise<Page<RosterEntry>> {
    await this.access.manageable(viewer, cohortId, this.db.manager);
    const window = pageWindow(args);
    const statuses = args.statuses?.length ? args.statuses : ACTIVE;
    const rows: (RosterEntry & { total: string })[] = await this.db.query(
      `SELECT e.id AS "enrollmentId", u.id AS "userId", u.display_name AS "displayName", u.email, u.time_zone AS "timeZone",
              e.status, e.source, e.version, COALESCE(e.enrolled_at, e.waitlisted_at, e.created_at) AS since,
              CASE WHEN e.status = 'WAITLISTED'
                   THEN row_number() OVER (PARTITION BY e.status ORDER BY e.waitlisted_at, e.id) END AS "waitlistPosition",
              count(*) OVER () AS total
         FROM enrollment e JOIN app_user u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND e.status = ANY($2::varchar[])
        ORDER BY CASE e.status WHEN 'ENROLLED' THEN 0 WHEN 'PENDING' THEN 1 WHEN 'WAITLISTED' THEN 2 ELSE 3 END,
                 e.waitlisted_at NULLS FIRST, u.display_name, e.id
        LIMIT $3 OFFSET $4`,
      [cohortId, statuses, window.limit, window.offset],
    );
    const total = rows.length ? Number(rows[0].total) : 0;
    return toPage(
      rows.map(({ total: _t, ...r }) => ({ ...r, waitlistPosition: r.waitlistPosition === null ? null : Number(r.waitlistPosition) })),
      total,
      window,
    );
  }

  /** The viewer's own enrollment rows for these cohorts (for the cohort cards). */
  async forViewer(viewer: Viewer, cohortIds: readonly string[]): Promise<(EnrollmentEntity & { waitlistPosition: number | null })[]> {
    if (!cohortIds.length) return [];
    const rows: (Record<string, unknown> & { waitlist_position: string | null })[] = await this.db.query(
      `SELECT e.*, CASE WHEN e.status = 'WAITLISTED' THEN (
                SELECT count(*) FROM enrollment w WHERE w.cohort_id = e.cohort_id AND w.status = 'WAITLISTED'
                   AND (w.waitlisted_at, w.id) <= (e.waitlisted_at, e.id)) END AS waitlist_position
         FROM enrollment e WHERE e.user_id = $1 AND e.cohort_id = ANY($2::uuid[])`,
      [viewer.userId, [...cohortIds]],
    );
    return rows.map((r) => ({
      ...this.db.getRepository(EnrollmentEntity).create({
        id: r.id as string,
        cohortId: r.cohort_id as string,
        userId: r.user_id as string,
        status: r.status as EnrollmentStatus,
        source: r.source as EnrollmentSource,
        waitlistedAt: r.waitlisted_at as Date | null,
        enrolledAt: r.enrolled_at as Date | null,
        createdAt: r.created_at as Date,
        updatedAt: r.updated_at as Date,
        version: r.version as number,
      }),
      waitlistPosition: r.waitlist_position === null ? null : Number(r.waitlist_position),
    })) as (EnrollmentEntity & { waitlistPosition: number | null })[];
  }

  /** Seats taken and queue lengths per cohort. */
  async counts(cohortIds: readonly string[]): Promise<Map<string, { enrolled: number; waitlisted: number; pending: number }>> {
    const out = new Map<string, { enrolled: number; waitlisted: number; pending: number }>();
    for (const id of cohortIds) out.set(id, { enrolled: 0, waitlisted: 0, pending: 0 });
    if (!cohortIds.length) return out;
    const rows: { cohort_id: string; status: string; n: number }[] = await this.db.query(
      `SELECT cohort_id, status, count(*)::int AS n FROM enrollment
        WHERE cohort_id = ANY($1::uuid[]) AND status IN ('ENROLLED', 'WAITLISTED', 'PENDING') GROUP BY cohort_id, status`,
      [[...cohortIds]],
    );
    for (const r of rows) {
      const c = out.get(r.cohort_id)!;
      if (r.status === 'ENROLLED') c.enrolled = r.n;
      else if (r.status === 'WAITLISTED') c.waitlisted = r.n;
      else c.pending = r.n;
    }
    return out;
  }

  async enrolledCount(m: EntityManager, cohortId: string): Promise<number> {
    return m.countBy(EnrollmentEntity, { cohortId, status: EnrollmentStatus.Enrolled });
  }

  async activeCount(m: EntityManager, cohortId: string): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM enrollment WHERE cohort_id = $1 AND status = ANY($2::varchar[])`, [cohortId, ACTIVE]);
    return n;
  }

  /**
   * Fill free seats from the waitlist, first come first served. Call with the cohort row
   * locked, in the transaction that freed the seat: each promotion happens exactly once.
   */
  async promote(m: EntityManager, cohort: CohortEntity): Promise<EnrollmentEntity[]> {
    const promoted: EnrollmentEntity[] = [];
    let free = cohort.capacity - (await this.enrolledCount(m, cohort.id));
    while (free > 0) {
      const next = await m
        .createQueryBuilder(EnrollmentEntity, 'e')
        .setLock('pessimistic_write')
        .where(`e.cohort_id = :c AND e.status = 'WAITLISTED'`, { c: cohort.id })
        .orderBy('e.waitlisted_at')
        .addOrderBy('e.id')
        .limit(1)
        .getOne();
      if (!next) break;
      next.status = EnrollmentStatus.Enrolled;
      next.enrolledAt = nowUtc().toJSDate();
      next.waitlistedAt = null;
      const saved = await m.save(next);
      await this.notify(m, saved, cohort, 'promoted');
      promoted.push(saved);
      free--;
    }
    return promoted;
  }

  // ---- internals ----

  private async join(m: EntityManager, viewer: Viewer, cohort: CohortEntity, mode: 'seat' | 'ask', source: EnrollmentSource): Promise<EnrollmentEntity> {
    const mentor: unknown[] = await m.query(`SELECT 1 FROM cohort_mentor WHERE cohort_id = $1 AND user_id = $2`, [cohort.id, viewer.userId]);
    if (mentor.length) throw AppError.validation({ cohortId: ['You mentor this cohort; mentors do not enroll in it.'] });
    let row = await m.findOne(EnrollmentEntity, { where: { cohortId: cohort.id, userId: viewer.userId }, lock: { mode: 'pessimistic_write' } });
    if (row && ACTIVE.includes(row.status)) {
      // A second click, a retry, or an invite code for a cohort asked to join: same row.
      if (row.status === EnrollmentStatus.Pending && mode === 'seat') return this.place(m, row, cohort);
      return row;
    }
    if (row?.status === EnrollmentStatus.Removed || row?.status === EnrollmentStatus.Declined) {
      if (source !== EnrollmentSource.Invite) {
        throw new AppError(ErrorCode.Forbidden, 'A mentor of this cohort took you off its roster. Ask them for an invite code to rejoin.');
      }
    }
    row ??= m.create(EnrollmentEntity, { cohortId: cohort.id, userId: viewer.userId });
    row.source = source;
    if (mode === 'ask') {
      row.status = EnrollmentStatus.Pending;
      row.waitlistedAt = null;
      row.enrolledAt = null;
      return m.save(row);
    }
    return this.place(m, row, cohort);
  }

  /** Give the row a seat if one is free, else the end of the waitlist. Cohort row must be locked. */
  private async place(m: EntityManager, row: EnrollmentEntity, cohort: CohortEntity): Promise<EnrollmentEntity> {
    const taken = await this.enrolledCount(m, cohort.id);
    const queued = await m.countBy(EnrollmentEntity, { cohortId: cohort.id, status: EnrollmentStatus.Waitlisted });
    if (taken < cohort.capacity && queued === 0) {
      row.status = EnrollmentStatus.Enrolled;
      row.enrolledAt = nowUtc().toJSDate();
      row.waitlistedAt = null;
      return m.save(row);
    }
    row.status = EnrollmentStatus.Waitlisted;
    row.enrolledAt = null;
    const saved = await m.save(row);
    // clock_timestamp(): the order students reached the lock, not when their transactions began.
    await m.query(`UPDATE enrollment SET waitlisted_at = clock_timestamp() WHERE id = $1`, [saved.id]);
    saved.waitlistedAt = (await m.findOneByOrFail(EnrollmentEntity, { id: saved.id })).waitlistedAt;
    return saved;
  }

  private async lockCohort(m: EntityManager, viewer: Viewer, cohortId: string): Promise<CohortEntity> {
    const { cohort } = await this.access.viewable(viewer, cohortId, m);
    return m.findOneOrFail(CohortEntity, { where: { id: cohort.id }, lock: { mode: 'pessimistic_write' } });
  }

  private assertOpenForSelfEnrollment(cohort: CohortEntity): void {
    if (cohort.status !== CohortStatus.Open && cohort.status !== CohortStatus.Running) {
      throw AppError.conflict(`This cohort is ${cohort.status.toLowerCase()} and is not taking enrollments.`);
    }
    const now = nowUtc().toJSDate();
    if (cohort.enrollmentClosed || (cohort.enrollmentClosesAt && cohort.enrollmentClosesAt <= now)) {
      throw AppError.conflict('Enrollment for this cohort is closed. Ask the mentor for an invite code.');
    }
    if (cohort.enrollmentOpensAt && cohort.enrollmentOpensAt > now) {
      throw AppError.conflict('Enrollment for this cohort has not opened yet.');
    }
  }

  private async mentorAction(
    viewer: Viewer,
    enrollmentId: string,
    fn: (m: EntityManager, row: EnrollmentEntity, cohort: CohortEntity) => Promise<EnrollmentEntity>,
  ): Promise<EnrollmentEntity> {
    return this.db.transaction(async (m) => {
      const found = uuid.safeParse(enrollmentId).success ? await m.findOneBy(EnrollmentEntity, { id: enrollmentId }) : null;
      if (!found) throw AppError.notFound('That enrollment');
      const cohort = await this.access.manageable(viewer, found.cohortId, m, { lock: true });
      const row = await m.findOneOrFail(EnrollmentEntity, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      return fn(m, row, cohort);
    });
  }

  private async notify(
    m: EntityManager,
    row: EnrollmentEntity,
    cohort: CohortEntity,
    what: 'promoted' | 'approved' | 'approved-waitlisted' | 'declined' | 'removed' | 'moved' | 'moved-waitlisted',
  ): Promise<void> {
    const [user]: { email: string; display_name: string }[] = await m.query(`SELECT email, display_name FROM app_user WHERE id = $1`, [row.userId]);
    const link = `${this.config.publicUrl}/cohorts/${cohort.id}`;
    const text: Record<typeof what, [string, string]> = {
      promoted: [`A seat opened up: you are enrolled in ${cohort.title}`, `A seat in ${cohort.title} opened up and it is yours: you moved up from the waitlist and are now enrolled.`],
      approved: [`You are enrolled in ${cohort.title}`, `Your mentor approved your request: you are enrolled in ${cohort.title}.`],
      'approved-waitlisted': [`You are on the waitlist of ${cohort.title}`, `Your mentor approved your request to join ${cohort.title}. The cohort is full, so you are on its waitlist; we will email you when a seat opens.`],
      declined: [`Your request to join ${cohort.title}`, `Your request to join ${cohort.title} was not accepted this time.`],
      removed: [`You were removed from ${cohort.title}`, `A mentor removed you from ${cohort.title}. If this is a mistake, reply to your mentor.`],
      moved: [`You were moved to ${cohort.title}`, `A mentor moved you to ${cohort.title}; you are enrolled there.`],
      'moved-waitlisted': [`You were moved to the waitlist of ${cohort.title}`, `A mentor moved you to ${cohort.title}, which is full: you are on its waitlist.`],
    };
    const [subject, body] = text[what];
    await this.outbox.enqueue(m, {
      to: user.email,
      kind: `enrollment-${what}`,
      dedupeKey: `enrollment:${row.id}:${what}:${row.version}`,
      subject,
      text: `Hello ${user.display_name},\n\n${body}\n\n${link}\n`,
    });
  }
}
