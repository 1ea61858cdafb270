import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DateTime, describeForViewer, localToInstant, nowUtc, rescheduleSessionSchema, shiftSessionsSchema } from '@gantry/shared';
import { z } from 'zod';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { AnnouncementsService } from '../announcements/announcements.service';
import { AnnouncementKind } from '../announcements/announcement.entity';
import { RemindersService } from '../calendar/reminders.service';
import { followSessionMoves } from '../homework/assignment-schedule';
import { CohortEntity, CohortStatus } from './cohort.entity';
import { CohortMentorEntity } from './cohort-mentor.entity';
import { CohortSessionEntity, SessionStatus } from './cohort-session.entity';
import { CohortAccessService } from './cohort-access.service';
import { ScheduleGuard } from './schedule-guard.service';

const uuid = z.uuid();

/**
 * Editing a cohort's sessions: reschedule, cancel, add a make-up, shift every later
 * session. Each change bumps the session's SEQUENCE (calendars pick it up), re-plans its
 * reminders and, when the time changes, announces itself to the cohort.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly guard: ScheduleGuard,
    private readonly reminders: RemindersService,
    private readonly announcements: AnnouncementsService,
  ) {}

  async byCohortIds(ids: readonly string[]): Promise<CohortSessionEntity[]> {
    if (!ids.length) return [];
    return this.db.getRepository(CohortSessionEntity).find({ where: { cohortId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<CohortSessionEntity[]> {
    return ids.length ? this.db.getRepository(CohortSessionEntity).findBy({ id: In([...ids]) }) : [];
  }

  /** A session the viewer may see (its cohort is visible to them). */
  async viewable(viewer: Viewer | undefined, id: string): Promise<{ session: CohortSessionEntity; cohort: CohortEntity; participate: boolean }> {
    const session = uuid.safeParse(id).success ? await this.db.getRepository(CohortSessionEntity).findOneBy({ id }) : null;
    if (!session) throw AppError.notFound('That session');
    const { cohort, access } = await this.access.viewable(viewer, session.cohortId).catch(() => {
      throw AppError.notFound('That session');
    });
    return { session, cohort, participate: access.participate };
  }

  async reschedule(viewer: Viewer, input: { sessionId: string; expectedVersion: number } & Record<string, unknown>): Promise<CohortSessionEntity> {
    const data = parseInput(rescheduleSessionSchema, input);
    return this.db.transaction(async (m) => {
      const { session, cohort } = await this.lockSession(m, viewer, input.sessionId);
      if (session.version !== input.expectedVersion) {
        throw AppError.conflict('This session was changed by someone else while you were editing. Reload to see the change.');
      }
      if (session.status === SessionStatus.Cancelled) {
        throw AppError.conflict('This session is cancelled. Add a make-up session instead.');
      }
      const { instant } = localToInstant(data.localDate, data.localTime, cohort.timeZone);
      const startsAt = instant.toJSDate();
      const endsAt = instant.plus({ minutes: data.durationMinutes }).toJSDate();
      const timeChanged = startsAt.getTime() !== session.startsAt.getTime() || endsAt.getTime() !== session.endsAt.getTime();
      if (timeChanged) {
        this.assertFuture(startsAt, 'localDate');
        await this.guard.assertNoClash(m, await this.mentorIds(m, cohort.id), [{ startsAt, endsAt }], {
          exceptSessionIds: [session.id],
          field: 'localDate',
          zone: cohort.timeZone,
        });
      }
      const before = session.startsAt;
      Object.assign(session, { startsAt, endsAt, title: data.title || session.title, sequence: session.sequence + 1 });
      const saved = await m.save(session);
      await this.reminders.plan(m, saved);
      // Relative due times follow their session, in this transaction.
      if (timeChanged) await followSessionMoves(m, [saved]);
      if (timeChanged && cohort.status !== CohortStatus.Draft) {
        await this.announcements.announce(
          m,
          cohort,
          `${saved.title} has moved: it was ${label(before, cohort.timeZone)} and is now ${label(saved.startsAt, cohort.timeZone)} (${cohort.timeZone.replace(/_/g, ' ')} time). Your calendar feed updates by itself.`,
          AnnouncementKind.System,
          null,
        );
      }
      return saved;
    });
  }

  async cancel(viewer: Viewer, sessionId: string, reason?: string | null): Promise<CohortSessionEntity> {
    const why = (reason ?? '').trim().slice(0, 500);
    return this.db.transaction(async (m) => {
      const { session, cohort } = await this.lockSession(m, viewer, sessionId);
      if (session.status === SessionStatus.Cancelled) return session;
      session.status = SessionStatus.Cancelled;
      session.sequence += 1;
      const saved = await m.save(session);
      await this.reminders.plan(m, saved);
      if (cohort.status !== CohortStatus.Draft) {
        await this.announcements.announce(
          m,
          cohort,
          `${saved.title} on ${label(saved.startsAt, cohort.timeZone)} is cancelled.${why ? ` ${why}` : ''}`,
          AnnouncementKind.System,
          null,
        );
      }
      return saved;
    });
  }

  async addMakeup(viewer: Viewer, cohortId: string, input: unknown): Promise<CohortSessionEntity> {
    const data = parseInput(rescheduleSessionSchema, input);
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, cohortId, m, { lock: true });
      if ([CohortStatus.Cancelled, CohortStatus.Completed].includes(cohort.status as 'CANCELLED')) {
        throw AppError.conflict(`This cohort is ${cohort.status.toLowerCase()}; it takes no new sessions.`);
      }
      const { instant } = localToInstant(data.localDate, data.localTime, cohort.timeZone);
      const startsAt = instant.toJSDate();
      const endsAt = instant.plus({ minutes: data.durationMinutes }).toJSDate();
      this.assertFuture(startsAt, 'localDate');
      const count = await m.countBy(CohortSessionEntity, { cohortId });
      if (count >= 30) throw AppError.validation({ localDate: ['A cohort has at most 30 sessions, make-ups included.'] });
      await this.guard.assertNoClash(m, await this.mentorIds(m, cohort.id), [{ startsAt, endsAt }], { field: 'localDate', zone: cohort.timeZone });
      const saved = await m.save(
        m.create(CohortSessionEntity, { cohortId, startsAt, endsAt, isMakeup: true, title: data.title || 'Make-up session' }),
      );
      await this.reminders.plan(m, saved);
      if (cohort.status !== CohortStatus.Draft) {
        await this.announcements.announce(m, cohort, `A make-up session was added: ${saved.title}, ${label(startsAt, cohort.timeZone)}.`, AnnouncementKind.System, null);
      }
      return saved;
    });
  }

  /** Move this session and every later one by whole days, keeping their local times. */
  async shiftFrom(viewer: Viewer, sessionId: string, input: unknown): Promise<CohortSessionEntity[]> {
    const { days } = parseInput(shiftSessionsSchema, input);
    return this.db.transaction(async (m) => {
      const { session, cohort } = await this.lockSession(m, viewer, sessionId);
      const later = await m
        .createQueryBuilder(CohortSessionEntity, 's')
        .setLock('pessimistic_write')
        .where(`s.cohort_id = :c AND s.status = 'SCHEDULED' AND s.starts_at >= :from`, { c: cohort.id, from: session.startsAt })
        .orderBy('s.starts_at')
        .getMany();
      const moved = later.map((s) => {
        const start = DateTime.fromJSDate(s.startsAt).setZone(cohort.timeZone).plus({ days });
        const minutes = DateTime.fromJSDate(s.endsAt).diff(DateTime.fromJSDate(s.startsAt), 'minutes').minutes;
        return { s, startsAt: start.toJSDate(), endsAt: start.plus({ minutes }).toJSDate() };
      });
      if (moved.length) this.assertFuture(moved[0].startsAt, 'days');
      await this.guard.assertNoClash(m, await this.mentorIds(m, cohort.id), moved, {
        exceptSessionIds: later.map((s) => s.id),
        field: 'days',
        zone: cohort.timeZone,
      });
      const saved: CohortSessionEntity[] = [];
      for (const x of moved) {
        Object.assign(x.s, { startsAt: x.startsAt, endsAt: x.endsAt, sequence: x.s.sequence + 1 });
        saved.push(await m.save(x.s));
        await this.reminders.plan(m, x.s);
      }
      await followSessionMoves(m, saved);
      if (saved.length && cohort.status !== CohortStatus.Draft) {
        const dir = days > 0 ? 'later' : 'earlier';
        await this.announcements.announce(
          m,
          cohort,
          `${saved.length === 1 ? 'One session has' : `${saved.length} sessions have`} moved ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${dir}, from ${saved[0].title} on; the next is now ${label(saved[0].startsAt, cohort.timeZone)}.`,
          AnnouncementKind.System,
          null,
        );
      }
      return saved;
    });
  }

  private async lockSession(m: EntityManager, viewer: Viewer, sessionId: string): Promise<{ session: CohortSessionEntity; cohort: CohortEntity }> {
    const found = uuid.safeParse(sessionId).success ? await m.findOneBy(CohortSessionEntity, { id: sessionId }) : null;
    if (!found) throw AppError.notFound('That session');
    const cohort = await this.access.manageable(viewer, found.cohortId, m, { lock: true });
    const session = await m.findOneOrFail(CohortSessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
    return { session, cohort };
  }

  private async mentorIds(m: EntityManager, cohortId: string): Promise<string[]> {
    return (await m.find(CohortMentorEntity, { where: { cohortId }, select: { userId: true } })).map((r) => r.userId);
  }

  private assertFuture(startsAt: Date, field: string): void {
    if (startsAt <= nowUtc().toJSDate()) throw AppError.validation({ [field]: ['That time has already passed. Choose a time in the future.'] });
  }
}

function label(at: Date, zone: string): string {
  return describeForViewer(at.toISOString(), zone, zone).viewer;
}
