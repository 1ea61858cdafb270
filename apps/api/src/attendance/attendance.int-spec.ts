import request from 'supertest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { QueryCounter } from '../database/query-counter';
import { AttendanceService, ATTENDANCE_CONFLICT } from './attendance.service';
import { PubSubService } from '../common/pubsub/pubsub.service';
import { rosterTrigger } from './attendance-events';
import { seedAttendance } from '../seed/attendance-seed';
import {
  CHECK_IN,
  GRID,
  MARK_ABSENT,
  MINE,
  ROSTER,
  SET_ATTENDANCE,
  SET_RULE,
  attendanceCohort,
  countRows,
  parseCsv,
  placeSession,
  type AttendanceCohort,
} from '../testing/attendance';

describe('attendance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const set = (ac: AttendanceCohort, sessionId: string, userId: string, over: Record<string, unknown> = {}) => ({
    input: { sessionId, userId, status: 'PRESENT', ...over },
  });

  describe('check-in', () => {
    it('records PRESENT with minutes to the end; checking in again changes nothing (one record, one history row)', async () => {
      const ac = await attendanceCohort(t, { students: 1 });
      const s = ac.sessionIds[0];
      const { endsAt } = await placeSession(t, s, -2);
      const [student] = ac.students;
      const first = (await student.client.ok(CHECK_IN, { id: s })).checkIn;
      const expected = Math.floor((endsAt.getTime() - Date.parse(first.joinedAt)) / 60_000);
      expect(first).toMatchObject({ sessionId: s, userId: student.user.id, status: 'PRESENT', source: 'SELF_CHECK_IN', version: 1, updatedBy: null, history: [] });
      expect(first.minutes).toBe(expected);
      expect(first.minutes).toBeGreaterThanOrEqual(116);
      const again = (await student.client.ok(CHECK_IN, { id: s })).checkIn;
      expect(again).toMatchObject({ id: first.id, version: 1, minutes: first.minutes, joinedAt: first.joinedAt, updatedAt: first.updatedAt });
      expect(await countRows(t, s)).toEqual({ records: 1, changes: 1 });
      // The student sees it on the cohort page, and their hours.
      const mine = (await student.client.ok(MINE, { id: ac.cohortId })).cohort;
      expect(mine.sessions.find((x: { id: string }) => x.id === s).myAttendance).toMatchObject({ id: first.id, status: 'PRESENT', history: [] });
      expect(mine.myContactHours).toMatchObject({ minutes: first.minutes, possibleMinutes: 360, certificateEligible: false });
    });

    it('counts from the start when checking in before it, and LATE after the cohort’s late minutes', async () => {
      const ac = await attendanceCohort(t, { students: 2 });
      const [early, late] = ac.students;
      await placeSession(t, ac.sessionIds[0], 10);
      const e = (await early.client.ok(CHECK_IN, { id: ac.sessionIds[0] })).checkIn;
      expect(e).toMatchObject({ status: 'PRESENT', minutes: 120 });
      await placeSession(t, ac.sessionIds[1], -30);
      const l = (await late.client.ok(CHECK_IN, { id: ac.sessionIds[1] })).checkIn;
      expect(l.status).toBe('LATE');
      expect(l.minutes).toBeGreaterThanOrEqual(89);
      expect(l.minutes).toBeLessThanOrEqual(90);
      // With a 45-minute grace, 30 minutes in is still on time.
      await ac.mentor.client.ok(SET_RULE, { id: ac.cohortId, input: { presentPercent: 75, lateAfterMinutes: 45, certificateMinPercent: 75 } });
      await placeSession(t, ac.sessionIds[2], -30);
      expect((await late.client.ok(CHECK_IN, { id: ac.sessionIds[2] })).checkIn.status).toBe('PRESENT');
    });

    it('is refused outside the window (CONFLICT with a reason), for cancelled sessions, and for anyone not enrolled', async () => {
      const ac = await attendanceCohort(t, { students: 1 });
      const [student] = ac.students;
      const [s1, s2, s3] = ac.sessionIds;
      await placeSession(t, s1, 16);
      let res = await student.client.gql(CHECK_IN, { id: s1 });
      expect(res.errors?.[0]).toMatchObject({ message: 'Check-in opens 15 minutes before the session starts.', extensions: { code: 'CONFLICT' } });
      await placeSession(t, s2, -121);
      res = await student.client.gql(CHECK_IN, { id: s2 });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/has ended/);
      await placeSession(t, s3, -5);
      await t.db.query(`UPDATE cohort_session SET status = 'CANCELLED' WHERE id = $1`, [s3]);
      expect(await student.client.code(CHECK_IN, { id: s3 })).toBe('CONFLICT');
      expect(await countRows(t, s1)).toEqual({ records: 0, changes: 0 });

      const open = await attendanceCohort(t, { students: 0 });
      await placeSession(t, open.sessionIds[0], -5);
      const stranger = await t.factories.asStudent();
      res = await stranger.client.gql(CHECK_IN, { id: open.sessionIds[0] });
      expect(res.errors?.[0]).toMatchObject({ message: 'Only students enrolled in this cohort can check in.', extensions: { code: 'FORBIDDEN' } });
      // The mentor is no student of their own cohort.
      expect(await open.mentor.client.code(CHECK_IN, { id: open.sessionIds[0] })).toBe('FORBIDDEN');
      // Someone who left is no longer enrolled.
      await t.db.query(`UPDATE enrollment SET status = 'LEFT' WHERE user_id = $1`, [student.user.id]);
      await placeSession(t, s1, -1);
      expect(await student.client.code(CHECK_IN, { id: s1 })).toBe('FORBIDDEN');
      // A draft cohort's session, or no session at all: not found.
      const draft = await t.db.query(`UPDATE cohort SET status = 'DRAFT' WHERE id = $1`, [open.cohortId]);
      expect(draft).toBeDefined();
      expect(await stranger.client.code(CHECK_IN, { id: open.sessionIds[0] })).toBe('NOT_FOUND');
      expect(await stranger.client.code(CHECK_IN, { id: 'not-an-id' })).toBe('NOT_FOUND');
      expect(await t.anon().code(CHECK_IN, { id: s1 })).toBe('UNAUTHENTICATED');
    });

    it('turns a mentor’s ABSENT into PRESENT; EXCUSED stays', async () => {
      const ac = await attendanceCohort(t, { students: 2 });
      const [a, b] = ac.students;
      const s = ac.sessionIds[0];
      await placeSession(t, s, -1);
      await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, a.user.id, { status: 'ABSENT' }));
      await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, b.user.id, { status: 'EXCUSED', note: 'Told me on Monday' }));
      const ra = (await a.client.ok(CHECK_IN, { id: s })).checkIn;
      expect(ra).toMatchObject({ status: 'PRESENT', source: 'SELF_CHECK_IN', version: 2, updatedBy: null });
      expect(ra.minutes).toBeGreaterThanOrEqual(118);
      const rb = (await b.client.ok(CHECK_IN, { id: s })).checkIn;
      expect(rb).toMatchObject({ status: 'EXCUSED', source: 'MENTOR', version: 1, note: 'Told me on Monday' });
      // The student sees who changed it by name, never the mentor's email, and no history.
      expect(rb.updatedBy).toEqual({ id: ac.mentor.user.id, displayName: ac.mentor.user.displayName, email: '', timeZone: 'America/Denver' });
      expect(rb.history).toEqual([]);
      expect(await countRows(t, s, a.user.id)).toEqual({ records: 1, changes: 2 });
      expect(await countRows(t, s, b.user.id)).toEqual({ records: 1, changes: 1 });
    });
  });

  describe('mentor override', () => {
    it('marks and overrides with the version, refuses a stale version (CONFLICT), and keeps every change', async () => {
      const ac = await attendanceCohort(t, { students: 1 });
      const [student] = ac.students;
      const s = ac.sessionIds[0];
      await placeSession(t, s, -20);
      const checked = (await student.client.ok(CHECK_IN, { id: s })).checkIn;
      expect(checked.status).toBe('LATE');
      const over = (await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'PRESENT', minutes: 115, note: 'Zoom trouble', expectedVersion: 1 }))).setAttendance;
      expect(over).toMatchObject({ id: checked.id, status: 'PRESENT', minutes: 115, source: 'MENTOR', version: 2, note: 'Zoom trouble' });
      expect(over.updatedBy).toMatchObject({ id: ac.mentor.user.id, email: ac.mentor.user.email });
      expect(over.history.map((h: Record<string, unknown>) => [h.source, h.fromStatus, h.toStatus, h.fromMinutes, h.toMinutes, h.note])).toEqual([
        ['SELF_CHECK_IN', null, 'LATE', null, checked.minutes, null],
        ['MENTOR', 'LATE', 'PRESENT', checked.minutes, 115, 'Zoom trouble'],
      ]);
      expect(over.history[0].changedBy).toMatchObject({ id: student.user.id });
      expect(over.history[1].changedBy).toMatchObject({ id: ac.mentor.user.id, displayName: ac.mentor.user.displayName });

      // A second mentor working from version 1 is refused; nothing changes.
      const res = await ac.mentor.client.gql(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'ABSENT', expectedVersion: 1 }));
      expect(res.errors?.[0]).toMatchObject({ message: ATTENDANCE_CONFLICT, extensions: { code: 'CONFLICT' } });
      // Expecting no record (0) when there is one is stale too.
      expect(await ac.mentor.client.code(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'ABSENT', expectedVersion: 0 }))).toBe('CONFLICT');
      // Saving the same values again is no change: no version, no history row.
      const same = (await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'PRESENT', minutes: 115, expectedVersion: 2 }))).setAttendance;
      expect(same).toMatchObject({ version: 2, note: 'Zoom trouble' });
      expect(await countRows(t, s)).toEqual({ records: 1, changes: 2 });
      // Minutes omitted: ABSENT is 0; back to PRESENT is the whole session; an empty note clears it.
      const absent = (await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'ABSENT', expectedVersion: 2 }))).setAttendance;
      expect(absent).toMatchObject({ status: 'ABSENT', minutes: 0, version: 3 });
      const back = (await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'PRESENT', note: '' }))).setAttendance;
      expect(back).toMatchObject({ status: 'PRESENT', minutes: 120, version: 4, note: null });
    });

    it('marks everyone without a record ABSENT once the session has started', async () => {
      const ac = await attendanceCohort(t, { students: 3 });
      const s = ac.sessionIds[0];
      await placeSession(t, s, 5);
      expect(await ac.mentor.client.code(MARK_ABSENT, { id: s })).toBe('CONFLICT');
      await placeSession(t, s, -12);
      await ac.students[0].client.ok(CHECK_IN, { id: s });
      const roster = (await ac.mentor.client.ok(MARK_ABSENT, { id: s })).markMissingAbsent;
      expect(roster).toMatchObject({ present: 0, late: 1, missing: 0, total: 3 });
      expect(roster.rows.map((r: { record: { status: string; source: string } }) => [r.record.status, r.record.source])).toEqual([
        ['LATE', 'SELF_CHECK_IN'],
        ['ABSENT', 'MENTOR'],
        ['ABSENT', 'MENTOR'],
      ]);
      // Again: nothing left to mark.
      await ac.mentor.client.ok(MARK_ABSENT, { id: s });
      expect(await countRows(t, s)).toEqual({ records: 3, changes: 3 });
      // The one marked absent who shows up after all is present.
      expect((await ac.students[1].client.ok(CHECK_IN, { id: s })).checkIn.status).toBe('LATE');
    });

    it('refuses bad input field by field', async () => {
      const ac = await attendanceCohort(t, { students: 1 });
      const [student] = ac.students;
      const s = ac.sessionIds[0];
      let res = await ac.mentor.client.gql(SET_ATTENDANCE, set(ac, s, student.user.id, { minutes: -1 }));
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { minutes: ['Minutes cannot be negative.'] } });
      res = await ac.mentor.client.gql(SET_ATTENDANCE, set(ac, s, student.user.id, { minutes: 100_000, note: 'x'.repeat(501) }));
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['minutes', 'note']);
      // An unknown status never reaches the service: GraphQL refuses the enum value.
      res = await ac.mentor.client.gql(SET_ATTENDANCE, set(ac, s, student.user.id, { status: 'MAYBE' }));
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/MAYBE/);
      // Someone who is not enrolled.
      const stranger = await t.factories.asStudent();
      res = await ac.mentor.client.gql(SET_ATTENDANCE, set(ac, s, stranger.user.id));
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { userId: ['This student is not enrolled in the cohort.'] } });
      res = await ac.mentor.client.gql(SET_ATTENDANCE, set(ac, s, 'nope'));
      expect(res.errors?.[0].extensions?.fields).toEqual({ userId: ['Choose a student.'] });

      const rule = (over: Record<string, number>) => ({ id: ac.cohortId, input: { presentPercent: 75, lateAfterMinutes: 10, certificateMinPercent: 75, ...over } });
      res = await ac.mentor.client.gql(SET_RULE, rule({ presentPercent: 0 }));
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { presentPercent: ['Use 1 to 100 %.'] } });
      res = await ac.mentor.client.gql(SET_RULE, rule({ presentPercent: 101, certificateMinPercent: 101, lateAfterMinutes: 241 }));
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['certificateMinPercent', 'lateAfterMinutes', 'presentPercent']);
      res = await ac.mentor.client.gql(SET_RULE, rule({ lateAfterMinutes: -1, certificateMinPercent: -1 }));
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['certificateMinPercent', 'lateAfterMinutes']);
      // Bounds themselves are fine.
      const ok = (await ac.mentor.client.ok(SET_RULE, rule({ presentPercent: 100, lateAfterMinutes: 0, certificateMinPercent: 0 }))).setAttendanceRule;
      expect(ok.attendanceRule).toEqual({ presentPercent: 100, lateAfterMinutes: 0, certificateMinPercent: 0 });
      expect(await countRows(t, s)).toEqual({ records: 0, changes: 0 });
    });
  });

  describe('who sees what', () => {
    it('a student sees only their own record and hours, through every query and field', async () => {
      const ac = await attendanceCohort(t, { students: 2 });
      const [a, b] = ac.students;
      const s = ac.sessionIds[0];
      await placeSession(t, s, -3);
      await a.client.ok(CHECK_IN, { id: s });
      await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, b.user.id, { status: 'LATE', minutes: 60 }));
      // b's own view: their record, their minutes, no history.
      const bs = (await b.client.ok(MINE, { id: ac.cohortId })).cohort;
      const bRecord = bs.sessions.find((x: { id: string }) => x.id === s).myAttendance;
      expect(bRecord).toMatchObject({ userId: b.user.id, status: 'LATE', minutes: 60, history: [] });
      expect(bs.myContactHours).toEqual({ minutes: 60, hours: 1, possibleMinutes: 360, percent: 16, certificateEligible: false });
      // Managers' views are closed to students (no permission) …
      expect(await b.client.code(ROSTER, { id: s })).toBe('FORBIDDEN');
      expect(await b.client.code(GRID, { id: ac.cohortId })).toBe('FORBIDDEN');
      expect(await b.client.code(SET_ATTENDANCE, set(ac, s, a.user.id))).toBe('FORBIDDEN');
      // … and a student who mentors elsewhere still finds nothing here.
      const otherMentor = await t.factories.asMentor();
      expect(await otherMentor.client.code(ROSTER, { id: s })).toBe('NOT_FOUND');
      expect(await otherMentor.client.code(GRID, { id: ac.cohortId })).toBe('NOT_FOUND');
      expect(await otherMentor.client.code(SET_ATTENDANCE, set(ac, s, a.user.id))).toBe('NOT_FOUND');
      expect(await otherMentor.client.code(MARK_ABSENT, { id: s })).toBe('NOT_FOUND');
      expect(await otherMentor.client.code(SET_RULE, { id: ac.cohortId, input: { presentPercent: 50, lateAfterMinutes: 5, certificateMinPercent: 50 } })).toBe('NOT_FOUND');
      // Someone not enrolled sees the rule of an open cohort, but no hours and no records.
      const outsider = (await otherMentor.client.ok(MINE, { id: ac.cohortId })).cohort;
      expect(outsider.attendanceRule).toEqual({ presentPercent: 75, lateAfterMinutes: 10, certificateMinPercent: 75 });
      expect(outsider.myContactHours).toBeNull();
      expect(outsider.sessions.every((x: { myAttendance: unknown }) => x.myAttendance === null)).toBe(true);
      // The cohort's own mentor has no hours either (not a student of it).
      expect((await ac.mentor.client.ok(MINE, { id: ac.cohortId })).cohort.myContactHours).toBeNull();
    });

    it('the cohort’s mentors, its chapter’s admins and platform admins manage; other chapters’ admins do not', async () => {
      const ac = await attendanceCohort(t, { students: 1 });
      const s = ac.sessionIds[0];
      const admin = await t.factories.asChapterAdmin(ac.mentor.chapter);
      const otherAdmin = await t.factories.asChapterAdmin();
      const platform = await t.factories.asPlatformAdmin();
      for (const c of [ac.mentor.client, admin.client, platform.client]) {
        const r = (await c.ok(ROSTER, { id: s })).sessionRoster;
        expect(r).toMatchObject({ total: 1, missing: 1 });
        expect(r.rows[0].student.email).toBe(ac.students[0].user.email);
      }
      expect(await otherAdmin.client.code(ROSTER, { id: s })).toBe('NOT_FOUND');
      expect(await otherAdmin.client.code(SET_ATTENDANCE, set(ac, s, ac.students[0].user.id))).toBe('NOT_FOUND');
      const r = (await admin.client.ok(SET_ATTENDANCE, set(ac, s, ac.students[0].user.id, { status: 'EXCUSED' }))).setAttendance;
      expect(r.history).toHaveLength(1);
      // A co-mentor added to the cohort manages it too.
      const co = await t.factories.asMentor(ac.mentor.chapter);
      await t.db.query(`INSERT INTO cohort_mentor (cohort_id, user_id, is_lead) VALUES ($1, $2, false)`, [ac.cohortId, co.user.id]);
      expect((await co.client.ok(ROSTER, { id: s })).sessionRoster.rows[0].record.status).toBe('EXCUSED');
    });
  });

  describe('contact hours and the grid', () => {
    it('caps each session at its length, leaves out cancelled sessions and absences, and pages over students in session order', async () => {
      const ac = await attendanceCohort(t, { students: 3, sessions: 3 });
      const [a, b, c] = ac.students;
      const [s1, s2, s3] = ac.sessionIds;
      const m = ac.mentor.client;
      await m.ok(SET_ATTENDANCE, set(ac, s1, a.user.id, { minutes: 150 })); // capped at 120
      await m.ok(SET_ATTENDANCE, set(ac, s2, a.user.id, { status: 'LEFT_EARLY', minutes: 60 }));
      await m.ok(SET_ATTENDANCE, set(ac, s3, a.user.id, { status: 'LATE', minutes: 100 }));
      await m.ok(SET_ATTENDANCE, set(ac, s1, b.user.id, { status: 'ABSENT', minutes: 0 }));
      await m.ok(SET_ATTENDANCE, set(ac, s2, b.user.id, { status: 'EXCUSED' }));
      await m.ok(SET_ATTENDANCE, set(ac, s3, b.user.id, { status: 'PRESENT', minutes: 120 }));
      const page1 = (await m.ok(GRID, { id: ac.cohortId, first: 2 })).cohortAttendance;
      expect(page1.sessions.map((x: { id: string }) => x.id)).toEqual([s1, s2, s3]);
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(page1.rows.map((r: { student: { id: string } }) => r.student.id)).toEqual([a.user.id, b.user.id]);
      expect(page1.rows[0].cells.map((x: { status: string; minutes: number }) => [x.status, x.minutes])).toEqual([
        ['PRESENT', 150],
        ['LEFT_EARLY', 60],
        ['LATE', 100],
      ]);
      expect(page1.rows[0].hours).toEqual({ minutes: 280, hours: 4.67, possibleMinutes: 360, percent: 77, certificateEligible: true });
      expect(page1.rows[1].hours).toEqual({ minutes: 120, hours: 2, possibleMinutes: 360, percent: 33, certificateEligible: false });
      const page2 = (await m.ok(GRID, { id: ac.cohortId, first: 2, after: page1.pageInfo.endCursor })).cohortAttendance;
      expect(page2.rows).toHaveLength(1);
      expect(page2.rows[0]).toMatchObject({ student: { id: c.user.id }, cells: [null, null, null], hours: { minutes: 0, percent: 0 } });
      // Cancelling session 2 takes it out of the grid and out of the possible minutes.
      await t.db.query(`UPDATE cohort_session SET status = 'CANCELLED' WHERE id = $1`, [s2]);
      const after = (await m.ok(GRID, { id: ac.cohortId })).cohortAttendance;
      expect(after.sessions).toHaveLength(2);
      expect(after.rows[0].hours).toEqual({ minutes: 220, hours: 3.67, possibleMinutes: 240, percent: 91, certificateEligible: true });
      // The rule's certificate share decides eligibility.
      await m.ok(SET_RULE, { id: ac.cohortId, input: { presentPercent: 75, lateAfterMinutes: 10, certificateMinPercent: 50 } });
      expect((await b.client.ok(MINE, { id: ac.cohortId })).cohort.myContactHours).toEqual({ minutes: 120, hours: 2, possibleMinutes: 240, percent: 50, certificateEligible: true });
      // The service C builds certificates on: every cohort × user asked for, zeros included.
      const minutes = await t.app.get(AttendanceService).contactMinutes([ac.cohortId], [a.user.id, b.user.id, c.user.id]);
      expect(Object.fromEntries(minutes)).toEqual({
        [`${ac.cohortId}:${a.user.id}`]: { minutes: 220, possibleMinutes: 240 },
        [`${ac.cohortId}:${b.user.id}`]: { minutes: 120, possibleMinutes: 240 },
        [`${ac.cohortId}:${c.user.id}`]: { minutes: 0, possibleMinutes: 240 },
      });
      const all = await t.app.get(AttendanceService).contactMinutes([ac.cohortId]);
      expect(all.size).toBe(3);
    });

    it('costs the same number of queries for 2 students or 12 (roster and grid, with history and names)', async () => {
      const cost = async (n: number) => {
        const ac = await attendanceCohort(t, { students: n });
        const s = ac.sessionIds[0];
        await placeSession(t, s, -1);
        for (const st of ac.students) await st.client.ok(CHECK_IN, { id: s });
        for (const st of ac.students) await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s, st.user.id, { minutes: 90 }));
        return [await ac.mentor.client.countQueries(ROSTER, { id: s }), await ac.mentor.client.countQueries(GRID, { id: ac.cohortId })];
      };
      const small = await cost(2);
      const large = await cost(12);
      expect(large).toEqual(small);
      expect(small[0]).toBeLessThanOrEqual(12);
      expect(small[1]).toBeLessThanOrEqual(14);
    });
  });

  describe('CSV', () => {
    it('exports a cohort as students × sessions with minutes, status and hours, for its managers only', async () => {
      const ac = await attendanceCohort(t, { students: 2, sessions: 2 });
      const [a, b] = ac.students;
      const [s1, s2] = ac.sessionIds;
      await t.db.query(`UPDATE app_user SET display_name = '=HYPERLINK("x")' WHERE id = $1`, [b.user.id]);
      await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s1, a.user.id, { minutes: 120 }));
      await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s2, a.user.id, { status: 'LATE', minutes: 95 }));
      await ac.mentor.client.ok(SET_ATTENDANCE, set(ac, s1, b.user.id, { status: 'ABSENT' }));
      const res = await request(t.server).get(`/exports/cohorts/${ac.cohortId}/attendance.csv`).set('cookie', ac.mentor.client.cookie!);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=/);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(res.text.slice(1));
      expect(rows[0]).toEqual(['Student', 'Email', expect.stringMatching(/^1 · \d{4}-\d\d-\d\d · Session 1$/), expect.stringMatching(/^2 · /), 'Minutes', 'Hours', 'Possible hours', 'Attended %', 'Certificate']);
      // By name: "=…" sorts first, and is made inert.
      expect(rows[1]).toEqual([`'=HYPERLINK("x")`, b.user.email, 'absent', '', '0', '0.00', '4.00', '0', 'no']);
      expect(rows[2]).toEqual([a.user.displayName, a.user.email, '120 (present)', '95 (late)', '215', '3.58', '4.00', '89', 'yes']);
      expect(rows).toHaveLength(3);

      const other = await t.factories.asMentor();
      expect((await request(t.server).get(`/exports/cohorts/${ac.cohortId}/attendance.csv`).set('cookie', other.client.cookie!)).status).toBe(404);
      expect((await request(t.server).get(`/exports/cohorts/${ac.cohortId}/attendance.csv`).set('cookie', a.client.cookie!)).status).toBe(403);
      expect((await request(t.server).get(`/exports/cohorts/${ac.cohortId}/attendance.csv`)).status).toBe(401);
    });

    it('exports a chapter’s cohorts for that chapter’s admins and platform admins only', async () => {
      const first = await attendanceCohort(t, { students: 1, sessions: 2 });
      const second = await attendanceCohort(t, { students: 1, sessions: 3, chapter: first.mentor.chapter });
      await first.mentor.client.ok(SET_ATTENDANCE, set(first, first.sessionIds[1], first.students[0].user.id, { minutes: 60, status: 'LEFT_EARLY' }));
      await second.mentor.client.ok(SET_ATTENDANCE, set(second, second.sessionIds[0], second.students[0].user.id, { minutes: 120 }));
      const admin = await t.factories.asChapterAdmin(first.mentor.chapter);
      const url = `/exports/chapters/${first.mentor.chapter.id}/attendance.csv`;
      const res = await request(t.server).get(url).set('cookie', admin.client.cookie!);
      expect(res.status).toBe(200);
      const rows = parseCsv(res.text.slice(1));
      expect(rows[0]).toEqual(['Cohort', 'Student', 'Email', 'Session 1', 'Session 2', 'Session 3', 'Minutes', 'Hours', 'Possible hours', 'Attended %', 'Certificate']);
      expect(rows.slice(1).map((r) => r.slice(1, 7))).toEqual([
        [first.students[0].user.displayName, first.students[0].user.email, '', '60 (left early)', '', '60'],
        [second.students[0].user.displayName, second.students[0].user.email, '120 (present)', '', '', '120'],
      ]);
      // The same number of queries however many cohorts the chapter has had.
      const queriesFor = async () => {
        const before = QueryCounter.total;
        expect((await request(t.server).get(url).set('cookie', admin.client.cookie!)).status).toBe(200);
        return QueryCounter.total - before;
      };
      const withTwo = await queriesFor();
      await attendanceCohort(t, { students: 2, sessions: 2, chapter: first.mentor.chapter });
      await attendanceCohort(t, { students: 1, sessions: 1, chapter: first.mentor.chapter });
      expect(await queriesFor()).toBe(withTwo);
      const platform = await t.factories.asPlatformAdmin();
      expect((await request(t.server).get(url).set('cookie', platform.client.cookie!)).status).toBe(200);
      const otherAdmin = await t.factories.asChapterAdmin();
      expect((await request(t.server).get(url).set('cookie', otherAdmin.client.cookie!)).status).toBe(404);
      // A mentor of the chapter is no chapter admin: no permission for chapter reports.
      expect((await request(t.server).get(url).set('cookie', first.mentor.client.cookie!)).status).toBe(403);
      expect((await request(t.server).get(`/exports/chapters/nope/attendance.csv`).set('cookie', platform.client.cookie!)).status).toBe(404);
    });
  });

  describe('upsertRecords (the Zoom import writes through it)', () => {
    it('writes only what differs, keeps history, returns the changed rows, and publishes only after commit', async () => {
      const ac = await attendanceCohort(t, { students: 2 });
      const [a, b] = ac.students;
      const s = ac.sessionIds[0];
      const service = t.app.get(AttendanceService);
      const events: unknown[] = [];
      const it = t.app.get(PubSubService).asyncIterator<Record<string, unknown>>(rosterTrigger(s));
      const pump = (async () => {
        for (let r = await it.next(); !r.done; r = await it.next()) events.push(r.value);
      })();
      const actor = { userId: ac.mentor.user.id };
      const rows = [
        { sessionId: s, userId: a.user.id, status: 'PRESENT' as const, minutes: 100, joinedAt: new Date('2026-01-01T02:00:00Z'), leftAt: new Date('2026-01-01T03:40:00Z') },
        { sessionId: s, userId: b.user.id, status: 'ABSENT' as const, minutes: 0 },
      ];
      const changed = await t.db.transaction(async (m) => {
        const out = await service.upsertRecords(m, rows, actor, 'ZOOM');
        expect(events).toHaveLength(0); // not before the commit
        return out;
      });
      expect(changed.map((r) => [r.userId, r.status, r.source, r.version])).toEqual(
        expect.arrayContaining([
          [a.user.id, 'PRESENT', 'ZOOM', 1],
          [b.user.id, 'ABSENT', 'ZOOM', 1],
        ]),
      );
      // The same file again changes nothing.
      expect(await t.db.transaction((m) => service.upsertRecords(m, rows, actor, 'ZOOM'))).toEqual([]);
      // A rollback publishes nothing and writes nothing.
      await expect(
        t.db.transaction(async (m) => {
          await service.upsertRecords(m, [{ ...rows[1], status: 'PRESENT', minutes: 30 }], actor, 'ZOOM');
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      // A stale expected version is refused.
      await expect(t.db.transaction((m) => service.upsertRecords(m, [{ ...rows[0], minutes: 50, expectedVersion: 7 }], actor, 'ZOOM'))).rejects.toMatchObject({ code: 'CONFLICT' });
      await new Promise((r) => setTimeout(r, 50));
      expect(events.map((e) => (e as { student: { id: string } }).student.id).sort()).toEqual([a.user.id, b.user.id].sort());
      expect(await countRows(t, s)).toEqual({ records: 2, changes: 2 });
      await it.return?.();
      await pump;
    });
  });

  describe('demo data', () => {
    it('marks the sessions that have ended (none on the demo cohort, which starts next week), once', async () => {
      const ac = await attendanceCohort(t, { students: 5, sessions: 3 });
      expect(await seedAttendance(t.app, ac.cohortId)).toBe(0);
      await placeSession(t, ac.sessionIds[0], -60 * 24 * 8);
      await placeSession(t, ac.sessionIds[1], -60 * 24);
      expect(await seedAttendance(t.app, ac.cohortId)).toBe(10);
      expect(await seedAttendance(t.app, ac.cohortId)).toBe(0);
      const grid = (await ac.mentor.client.ok(GRID, { id: ac.cohortId })).cohortAttendance;
      expect(grid.rows.map((r: { cells: ({ status: string } | null)[] }) => r.cells.map((c) => c?.status ?? null))).toEqual([
        ['PRESENT', 'PRESENT', null],
        ['LATE', 'PRESENT', null],
        ['PRESENT', 'LEFT_EARLY', null],
        ['EXCUSED', 'PRESENT', null],
        ['ABSENT', 'LATE', null],
      ]);
    });
  });
});
