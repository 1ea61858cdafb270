import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type GqlResponse, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import type { ChapterEntity } from '../chapters/chapter.entity';

const ZONE = 'America/Denver';
const CREATE = `mutation C($input: CreateCohortInput!) {
  createCohort(input: $input) { id title status sessions { id number startsAt endsAt sequence version status } }
}`;
const SET_STATUS = `mutation S($id: ID!, $status: CohortStatus!) { setCohortStatus(id: $id, status: $status) { id status } }`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { id status } }`;
const SESSION_FIELDS = `id number title startsAt endsAt durationMinutes status isMakeup sequence version`;
const SESSIONS = `query Q($id: ID!) { cohort(id: $id) { sessions { ${SESSION_FIELDS} } } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation C($id: ID!, $reason: String) { cancelSession(sessionId: $id, reason: $reason) { ${SESSION_FIELDS} } }`;
const MAKEUP = `mutation M($input: MakeupSessionInput!) { addMakeupSession(input: $input) { ${SESSION_FIELDS} } }`;
const SHIFT = `mutation S($input: ShiftSessionsInput!) { shiftSessions(input: $input) { ${SESSION_FIELDS} } }`;

type Node = Record<string, any>;

/** Wednesdays 2027-03-03 … 2027-03-31 at 19:00 Denver: two sessions before the DST change of 2027-03-14, three after. */
const DST_PATTERN = { startDate: '2027-03-01', weekday: 3, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 };

function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  return {
    chapterId,
    title: `Sessions ${uid()}`,
    description: 'Five two-hour sessions.',
    modalityCodes: ['CT'],
    capacity: 12,
    timeZone: ZONE,
    meetingUrl: 'https://zoom.us/j/123456789',
    pattern: { startDate: DateTime.utc().setZone(ZONE).plus({ days: 7 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
    ...over,
  };
}

const local = (iso: string | Date) => (typeof iso === 'string' ? DateTime.fromISO(iso) : DateTime.fromJSDate(iso)).setZone(ZONE);
const utc = (iso: string | Date) => new Date(iso).toISOString();

function fieldsOf(res: GqlResponse): Record<string, string[]> {
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions!.fields ?? {};
}

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function create(client: GqlClient, chapterId: string, over: Record<string, unknown> = {}): Promise<Node> {
    return (await client.ok(CREATE, { input: cohortInput(chapterId, over) })).createCohort;
  }

  /** A fresh mentor's cohort, published unless asked not to, with `enrolled` students enrolled. */
  async function cohortWith(opts: { over?: Record<string, unknown>; draft?: boolean; students?: number; chapter?: ChapterEntity } = {}) {
    const mentor = await t.factories.asMentor(opts.chapter);
    const cohort = await create(mentor.client, mentor.chapter.id, opts.over);
    if (!opts.draft) await mentor.client.ok(SET_STATUS, { id: cohort.id, status: 'OPEN' });
    const students: { user: { id: string; email: string }; client: GqlClient; status: string }[] = [];
    for (let i = 0; i < (opts.students ?? 0); i++) {
      const s = await t.factories.asStudent();
      students.push({ ...s, status: (await s.client.ok(ENROLL, { id: cohort.id })).enroll.status });
    }
    return { mentor, cohort, students };
  }

  const sessionsOf = async (client: GqlClient, cohortId: string): Promise<Node[]> => (await client.ok(SESSIONS, { id: cohortId })).cohort.sessions;

  async function reminders(sessionId: string): Promise<Record<string, { due: string; sent: string | null }>> {
    const rows: { kind: string; due_at: Date; sent_at: Date | null }[] = await t.db.query(
      `SELECT kind, due_at, sent_at FROM session_reminder WHERE session_id = $1`,
      [sessionId],
    );
    return Object.fromEntries(rows.map((r) => [r.kind, { due: utc(r.due_at), sent: r.sent_at && utc(r.sent_at) }]));
  }

  async function announcements(cohortId: string): Promise<{ kind: string; body: string; author_id: string | null }[]> {
    return t.db.query(`SELECT kind, body, author_id FROM announcement WHERE cohort_id = $1 ORDER BY created_at`, [cohortId]);
  }

  async function announcementMails(to: string[]): Promise<string[]> {
    const rows: { to_address: string }[] = await t.db.query(
      `SELECT to_address FROM email_outbox WHERE kind = 'cohort-announcement' AND to_address = ANY($1) ORDER BY to_address`,
      [to],
    );
    return rows.map((r) => r.to_address);
  }

  /** Everything about a cohort's schedule a refused change must leave alone. */
  async function snapshot(cohortId: string) {
    return {
      sessions: await t.db.query(`SELECT id, starts_at, ends_at, status, sequence, version FROM cohort_session WHERE cohort_id = $1 ORDER BY id`, [cohortId]),
      reminders: await t.db.query(
        `SELECT r.session_id, r.kind, r.due_at, r.sent_at FROM session_reminder r JOIN cohort_session s ON s.id = r.session_id WHERE s.cohort_id = $1 ORDER BY 1, 2`,
        [cohortId],
      ),
      announcements: (await announcements(cohortId)).length,
      outbox: (await t.db.query(`SELECT count(*)::int AS n FROM email_outbox`))[0].n,
    };
  }

  describe('rescheduleSession', () => {
    it('moves a session by its local date and time in the cohort zone across DST, raises SEQUENCE, re-plans reminders and announces it', async () => {
      const { mentor, cohort, students } = await cohortWith({ over: { capacity: 2, pattern: DST_PATTERN }, students: 3 });
      expect(students.map((s) => s.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
      const second = cohort.sessions[1];
      expect(utc(second.startsAt)).toBe('2027-03-11T02:00:00.000Z'); // Wed 3/10 19:00 MST

      // To Monday 3/15 at 18:30, after the change to MDT (UTC−6).
      const moved = (
        await mentor.client.ok(RESCHEDULE, {
          input: { sessionId: second.id, expectedVersion: second.version, localDate: '2027-03-15', localTime: '18:30', durationMinutes: 90, title: 'Contrast media' },
        })
      ).rescheduleSession;
      expect(moved).toMatchObject({ id: second.id, title: 'Contrast media', durationMinutes: 90, status: 'SCHEDULED', sequence: 1, version: second.version + 1 });
      expect(utc(moved.startsAt)).toBe('2027-03-16T00:30:00.000Z');
      expect(utc(moved.endsAt)).toBe('2027-03-16T02:00:00.000Z');
      expect(local(moved.startsAt).toFormat('yyyy-LL-dd HH:mm ZZZZ')).toBe('2027-03-15 18:30 MDT');

      // The others did not move.
      const after = await sessionsOf(mentor.client, cohort.id);
      for (const s of after.filter((x) => x.id !== second.id)) {
        const was = cohort.sessions.find((x: Node) => x.id === s.id);
        expect({ startsAt: utc(s.startsAt), sequence: s.sequence }).toEqual({ startsAt: utc(was.startsAt), sequence: 0 });
      }

      expect(await reminders(second.id)).toEqual({
        '24H': { due: '2027-03-15T00:30:00.000Z', sent: null },
        '1H': { due: '2027-03-15T23:30:00.000Z', sent: null },
      });

      const posted = await announcements(cohort.id);
      expect(posted).toEqual([{ kind: 'SYSTEM', body: expect.stringContaining('Contrast media has moved'), author_id: null }]);
      expect(posted[0].body).toContain('Mon, Mar 15, 6:30 PM MDT');
      // One mail per enrolled student (and the mentor); none for the waitlisted student.
      const everyone = [...students.map((s) => s.user.email), mentor.user.email];
      expect(await announcementMails(everyone)).toEqual([students[0].user.email, students[1].user.email, mentor.user.email].sort());
    });

    it('refuses a stale version, a time in the past, bad input and a clash with the mentor’s other cohort, changing nothing', async () => {
      const { mentor, cohort } = await cohortWith({ students: 1 });
      // Another cohort of the same mentor, a day after each of this one's sessions.
      const firstDay = local(cohort.sessions[0].startsAt);
      const other = await create(mentor.client, mentor.chapter.id, {
        title: `Thursday crew ${uid()}`,
        pattern: { startDate: firstDay.plus({ days: 1 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
      });
      const s = cohort.sessions[0];
      const input = { sessionId: s.id, expectedVersion: s.version, localDate: firstDay.toISODate(), localTime: '18:00', durationMinutes: 120 };
      const before = await snapshot(cohort.id);

      expect(await mentor.client.code(RESCHEDULE, { input: { ...input, expectedVersion: s.version + 1 } })).toBe('CONFLICT');
      const yesterday = DateTime.utc().setZone(ZONE).minus({ days: 1 }).toISODate();
      expect(fieldsOf(await mentor.client.gql(RESCHEDULE, { input: { ...input, localDate: yesterday } })).localDate).toEqual([expect.stringMatching(/already passed/)]);
      const clash = await mentor.client.gql(RESCHEDULE, { input: { ...input, localDate: local(other.sessions[0].startsAt).toISODate(), localTime: '20:00' } });
      expect(fieldsOf(clash).localDate[0]).toContain(other.title);
      expect(clash.errors![0].message).toContain(other.title);
      expect(Object.keys(fieldsOf(await mentor.client.gql(RESCHEDULE, { input: { ...input, localTime: '25:00', durationMinutes: 10 } }))).sort()).toEqual([
        'durationMinutes',
        'localTime',
      ]);
      expect(fieldsOf(await mentor.client.gql(RESCHEDULE, { input: { ...input, localDate: '2027-02-30' } })).localDate).toBeDefined();

      expect(await snapshot(cohort.id)).toEqual(before);
    });

    it('announces nothing while the cohort is a draft', async () => {
      const { mentor, cohort } = await cohortWith({ draft: true });
      const s = cohort.sessions[0];
      const day = local(s.startsAt).plus({ days: 1 }).toISODate();
      const moved = (await mentor.client.ok(RESCHEDULE, { input: { sessionId: s.id, expectedVersion: s.version, localDate: day, localTime: '19:00', durationMinutes: 120 } }))
        .rescheduleSession;
      expect(moved.sequence).toBe(1);
      expect(await announcements(cohort.id)).toEqual([]);
      expect(await announcementMails([mentor.user.email])).toEqual([]);
    });

    it('returns the session’s 1-based number, as cohort.sessions does', async () => {
      const { mentor, cohort } = await cohortWith({ draft: true });
      const s = cohort.sessions[2];
      const moved = (
        await mentor.client.ok(RESCHEDULE, {
          input: { sessionId: s.id, expectedVersion: s.version, localDate: local(s.startsAt).toISODate(), localTime: '18:00', durationMinutes: 120 },
        })
      ).rescheduleSession;
      expect(moved.number).toBe(3);
    });
  });

  describe('cancelSession', () => {
    it('marks it CANCELLED, raises SEQUENCE, drops its reminders and announces it; a second cancel changes nothing', async () => {
      const { mentor, cohort, students } = await cohortWith({ students: 2 });
      const s = cohort.sessions[2];
      expect(Object.keys(await reminders(s.id)).sort()).toEqual(['1H', '24H']);
      const cancelled = (await mentor.client.ok(CANCEL, { id: s.id, reason: 'Snow day.' })).cancelSession;
      expect(cancelled).toMatchObject({ id: s.id, status: 'CANCELLED', sequence: 1 });
      expect(await reminders(s.id)).toEqual({});
      // The other sessions keep their reminders.
      expect(Object.keys(await reminders(cohort.sessions[1].id)).sort()).toEqual(['1H', '24H']);

      const posted = await announcements(cohort.id);
      expect(posted).toEqual([{ kind: 'SYSTEM', body: expect.stringMatching(/is cancelled\. Snow day\.$/), author_id: null }]);
      expect(await announcementMails(students.map((x) => x.user.email))).toEqual(students.map((x) => x.user.email).sort());

      const before = await snapshot(cohort.id);
      expect((await mentor.client.ok(CANCEL, { id: s.id })).cancelSession).toMatchObject({ status: 'CANCELLED', sequence: 1 });
      // A cancelled session is not rescheduled (a make-up is added instead).
      expect(
        await mentor.client.code(RESCHEDULE, {
          input: { sessionId: s.id, expectedVersion: cancelled.version, localDate: local(s.startsAt).toISODate(), localTime: '18:00', durationMinutes: 120 },
        }),
      ).toBe('CONFLICT');
      expect(await snapshot(cohort.id)).toEqual(before);
      const listed = (await sessionsOf(students[0].client, cohort.id)).find((x) => x.id === s.id);
      expect(listed).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    });
  });

  describe('addMakeupSession', () => {
    it('adds a make-up session with reminders and an announcement, and refuses clashes and past times', async () => {
      const { mentor, cohort, students } = await cohortWith({ students: 1 });
      const last = local(cohort.sessions[4].startsAt);
      const day = last.plus({ days: 2 }).toISODate();
      const before = await snapshot(cohort.id);

      // On top of one of its own sessions, or of the mentor's other cohort: refused.
      const own = await mentor.client.gql(MAKEUP, { input: { cohortId: cohort.id, localDate: local(cohort.sessions[1].startsAt).toISODate(), localTime: '20:00', durationMinutes: 60 } });
      expect(fieldsOf(own).localDate[0]).toContain(cohort.title);
      const other = await create(mentor.client, mentor.chapter.id, {
        title: `Weekend crew ${uid()}`,
        pattern: { startDate: day, localTime: '10:00', durationMinutes: 120, cadence: 'WEEKLY', count: 1 },
      });
      const clash = await mentor.client.gql(MAKEUP, { input: { cohortId: cohort.id, localDate: day, localTime: '11:00', durationMinutes: 60 } });
      expect(fieldsOf(clash).localDate[0]).toContain(other.title);
      const yesterday = DateTime.utc().setZone(ZONE).minus({ days: 1 }).toISODate();
      expect(fieldsOf(await mentor.client.gql(MAKEUP, { input: { cohortId: cohort.id, localDate: yesterday, localTime: '19:00', durationMinutes: 60 } })).localDate).toBeDefined();
      expect(await snapshot(cohort.id)).toEqual(before);

      const made = (await mentor.client.ok(MAKEUP, { input: { cohortId: cohort.id, localDate: day, localTime: '13:00', durationMinutes: 90 } })).addMakeupSession;
      expect(made).toMatchObject({ isMakeup: true, title: 'Make-up session', status: 'SCHEDULED', sequence: 0, durationMinutes: 90 });
      expect(local(made.startsAt).toFormat('yyyy-LL-dd HH:mm')).toBe(`${day} 13:00`);
      const start = DateTime.fromISO(made.startsAt);
      expect(await reminders(made.id)).toEqual({
        '24H': { due: utc(start.minus({ hours: 24 }).toJSDate()), sent: null },
        '1H': { due: utc(start.minus({ hours: 1 }).toJSDate()), sent: null },
      });
      const list = await sessionsOf(mentor.client, cohort.id);
      expect(list.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(list[5]).toMatchObject({ id: made.id, isMakeup: true });
      expect(await announcements(cohort.id)).toEqual([{ kind: 'SYSTEM', body: expect.stringContaining('A make-up session was added'), author_id: null }]);
      expect(await announcementMails([students[0].user.email])).toEqual([students[0].user.email]);

      // A cancelled cohort takes no make-ups.
      await mentor.client.ok(SET_STATUS, { id: cohort.id, status: 'CANCELLED' });
      expect(await mentor.client.code(MAKEUP, { input: { cohortId: cohort.id, localDate: day, localTime: '16:00', durationMinutes: 60 } })).toBe('CONFLICT');
    });
  });

  describe('shiftSessions', () => {
    it('moves this and every later session by +7 days across DST keeping 19:00 local, and leaves earlier ones', async () => {
      const { mentor, cohort, students } = await cohortWith({ over: { pattern: DST_PATTERN }, students: 1 });
      const [first, second] = cohort.sessions;
      const moved = (await mentor.client.ok(SHIFT, { input: { sessionId: second.id, days: 7 } })).shiftSessions as Node[];
      expect(moved.map((s) => s.id)).toEqual(cohort.sessions.slice(1).map((s: Node) => s.id));
      expect(moved.map((s) => utc(s.startsAt))).toEqual([
        '2027-03-18T01:00:00.000Z',
        '2027-03-25T01:00:00.000Z',
        '2027-04-01T01:00:00.000Z',
        '2027-04-08T01:00:00.000Z',
      ]);
      for (const s of moved) {
        expect(local(s.startsAt).toFormat('ccc HH:mm')).toBe('Wed 19:00');
        expect(s).toMatchObject({ durationMinutes: 120, sequence: 1 });
      }
      const all = await sessionsOf(mentor.client, cohort.id);
      expect(all[0]).toMatchObject({ id: first.id, sequence: 0, startsAt: first.startsAt });
      expect(await reminders(second.id)).toEqual({
        '24H': { due: '2027-03-17T01:00:00.000Z', sent: null },
        '1H': { due: '2027-03-18T00:00:00.000Z', sent: null },
      });
      const posted = await announcements(cohort.id);
      expect(posted).toEqual([{ kind: 'SYSTEM', body: expect.stringContaining('4 sessions have moved 7 days later'), author_id: null }]);
      expect(await announcementMails([students[0].user.email])).toEqual([students[0].user.email]);

      // Shifting the third on back a week would land it on the second: refused, nothing moves.
      const before = await snapshot(cohort.id);
      const res = await mentor.client.gql(SHIFT, { input: { sessionId: all[2].id, days: -7 } });
      expect(fieldsOf(res).days[0]).toContain(cohort.title);
      expect(fieldsOf(await mentor.client.gql(SHIFT, { input: { sessionId: all[2].id, days: 0 } })).days).toBeDefined();
      expect(await snapshot(cohort.id)).toEqual(before);
    });
  });

  describe('authorization', () => {
    it('is FORBIDDEN to students and to mentors who do not run the cohort, UNAUTHENTICATED to anonymous callers', async () => {
      const { mentor, cohort, students } = await cohortWith({ students: 1 });
      const sameChapter = await t.factories.asMentor(mentor.chapter);
      const otherChapter = await t.factories.asMentor();
      const s = cohort.sessions[0];
      const day = local(s.startsAt).toISODate();
      const calls: [string, Record<string, unknown>][] = [
        [RESCHEDULE, { input: { sessionId: s.id, expectedVersion: s.version, localDate: day, localTime: '17:00', durationMinutes: 120 } }],
        [CANCEL, { id: s.id }],
        [MAKEUP, { input: { cohortId: cohort.id, localDate: day, localTime: '08:00', durationMinutes: 60 } }],
        [SHIFT, { input: { sessionId: s.id, days: 1 } }],
      ];
      const before = await snapshot(cohort.id);
      for (const [query, variables] of calls) {
        expect(await students[0].client.code(query, variables)).toBe('FORBIDDEN');
        expect(await sameChapter.client.code(query, variables)).toBe('FORBIDDEN');
        expect(await otherChapter.client.code(query, variables)).toBe('FORBIDDEN');
        expect(await t.anon().code(query, variables)).toBe('UNAUTHENTICATED');
      }
      expect(await snapshot(cohort.id)).toEqual(before);

      // The chapter's admin may step in.
      const admin = await t.factories.asChapterAdmin(mentor.chapter);
      expect((await admin.client.ok(CANCEL, { id: s.id })).cancelSession.status).toBe('CANCELLED');
    });
  });
});
