import { DateTime } from '@gantry/shared';
import type { UserEntity } from '../accounts/user.entity';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { uid } from './factories';
import type { GqlClient, TestApp } from './test-app';
import { PubSubService } from '../common/pubsub/pubsub.service';
import { rosterTrigger } from '../attendance/attendance-events';

/** Test helpers shared by the attendance integration tests. */

export const PERSON = `id displayName email timeZone`;
export const RECORD = `id sessionId userId status minutes source joinedAt leftAt note version updatedAt updatedBy { ${PERSON} }
  history { id source fromStatus toStatus fromMinutes toMinutes note createdAt changedBy { id displayName } }`;
export const CHECK_IN = `mutation C($id: ID!) { checkIn(sessionId: $id) { ${RECORD} } }`;
export const SET_ATTENDANCE = `mutation S($input: SetAttendanceInput!) { setAttendance(input: $input) { ${RECORD} } }`;
export const ROSTER = `query R($id: ID!) { sessionRoster(sessionId: $id) { session { id } present late missing total rows { student { ${PERSON} } record { ${RECORD} } } } }`;
export const MARK_ABSENT = `mutation M($id: ID!) { markMissingAbsent(sessionId: $id) { present late missing total rows { student { id } record { status minutes source } } } }`;
export const GRID = `query G($id: ID!, $first: Int, $after: String) { cohortAttendance(cohortId: $id, first: $first, after: $after) {
  sessions { id } totalCount pageInfo { hasNextPage endCursor }
  rows { student { ${PERSON} } cells { id status minutes updatedBy { id } history { id } } hours { minutes hours possibleMinutes percent certificateEligible } } } }`;
export const SET_RULE = `mutation R($id: ID!, $input: AttendanceRuleInput!) { setAttendanceRule(cohortId: $id, input: $input) { id attendanceRule { presentPercent lateAfterMinutes certificateMinPercent } } }`;
export const ROSTER_CHANGED = `subscription R($id: ID!) { rosterChanged(sessionId: $id) {
  sessionId row { student { id displayName email } record { id userId status minutes source version joinedAt updatedBy { id } history { toStatus } } } } }`;
export const MINE = `query M($id: ID!) { cohort(id: $id) { id attendanceRule { presentPercent lateAfterMinutes certificateMinPercent }
  myContactHours { minutes hours possibleMinutes percent certificateEligible } sessions { id myAttendance { ${RECORD} } } } }`;

export interface Person {
  user: UserEntity;
  client: GqlClient;
}

export interface AttendanceCohort {
  mentor: Person & { chapter: ChapterEntity };
  cohortId: string;
  sessionIds: string[];
  students: Person[];
}

/**
 * An open cohort of a new mentor: `sessions` two-hour sessions weekly from ten days ahead,
 * and `students` enrolled (rows written directly, as the enrollment tests cover enrolling).
 * Names sort in creation order ("Student 001 …").
 */
export async function attendanceCohort(t: TestApp, opts: { students?: number; sessions?: number; chapter?: ChapterEntity } = {}): Promise<AttendanceCohort> {
  const mentor = await t.factories.asMentor(opts.chapter);
  const start = DateTime.utc().setZone('America/Denver').plus({ days: 10 }).toISODate();
  const cohort = (
    await mentor.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`, {
      input: {
        chapterId: mentor.chapter.id,
        title: `Attendance ${uid()}`,
        modalityCodes: ['CT'],
        capacity: 200,
        timeZone: 'America/Denver',
        pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: opts.sessions ?? 3 },
      },
    })
  ).createCohort;
  await mentor.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohort.id });
  const students: Person[] = [];
  for (let i = 0; i < (opts.students ?? 2); i++) {
    const user = await t.factories.user({ displayName: `Student ${String(i + 1).padStart(3, '0')} ${uid()}` });
    await t.db.query(`INSERT INTO enrollment (cohort_id, user_id, status, enrolled_at) VALUES ($1, $2, 'ENROLLED', now())`, [cohort.id, user.id]);
    students.push({ user, client: await t.factories.clientFor(user) });
  }
  return { mentor, cohortId: cohort.id, sessionIds: cohort.sessions.map((s: { id: string }) => s.id), students };
}

/**
 * Move a session so it starts `startsInMinutes` from now (negative: it began that long ago)
 * and lasts `minutes`. Tests cannot wait for 7 pm; the window rules read the stored instants.
 */
export async function placeSession(t: TestApp, sessionId: string, startsInMinutes: number, minutes = 120): Promise<{ startsAt: Date; endsAt: Date }> {
  const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  await t.db.query(`UPDATE cohort_session SET starts_at = $2, ends_at = $3 WHERE id = $1`, [sessionId, startsAt, endsAt]);
  return { startsAt, endsAt };
}

export async function countRows(t: TestApp, sessionId: string, userId?: string): Promise<{ records: number; changes: number }> {
  const [r] = await t.db.query(
    `SELECT (SELECT count(*)::int FROM attendance_record WHERE session_id = $1 AND ($2::uuid IS NULL OR user_id = $2)) AS records,
            (SELECT count(*)::int FROM attendance_change c JOIN attendance_record r ON r.id = c.record_id
              WHERE r.session_id = $1 AND ($2::uuid IS NULL OR r.user_id = $2)) AS changes`,
    [sessionId, userId ?? null],
  );
  return r;
}

export { parseCsv } from './csv';

/**
 * Resolves once this app's event bus has a listener for the session's roster (in memory
 * or confirmed by Redis), so a test never triggers a change before the subscription listens.
 */
export async function rosterListening(t: TestApp, sessionId: string, timeoutMs = 10_000): Promise<void> {
  const engine = (t.app.get(PubSubService) as unknown as { engine: Record<string, any> }).engine;
  const channel = `gantry:events:${rosterTrigger(sessionId)}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const listening = engine.ee ? engine.ee.listenerCount(channel) > 0 : (engine.subsRefsMap?.get(channel)?.size ?? 0) > 0;
    if (listening) return;
    if (Date.now() > until) throw new Error(`nobody subscribed to ${channel} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
