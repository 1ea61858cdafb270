import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChapterRole, DateTime } from '@gantry/shared';
import type { UserEntity } from '../../accounts/user.entity';
import type { ChapterEntity } from '../../chapters/chapter.entity';
import { uid } from '../../testing/factories';
import { startTestApp, type GqlClient, type TestApp } from '../../testing/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const PERSON = `id displayName email`;
const PARTICIPANT = `key name originalName email firstJoin lastLeave minutes rows guest`;
const PREVIEW_FIELDS = `id sessionId filename zone alreadyApplied appliedAt warnings
  matched { kind proposedStatus proposedMinutes participant { ${PARTICIPANT} } student { ${PERSON} } current { id status minutes source version } }
  unmatched { ${PARTICIPANT} } absent { ${PERSON} }`;
const PREVIEW = `mutation P($input: PreviewZoomImportInput!) { previewZoomImport(input: $input) { ${PREVIEW_FIELDS} } }`;
const APPLY = `mutation A($input: ApplyZoomImportInput!) { applyZoomImport(input: $input) { changed unchanged preview { ${PREVIEW_FIELDS} } } }`;
const ROSTER = `query R($id: ID!) { sessionRoster(sessionId: $id) { present late missing total
  rows { student { id displayName } record { status minutes source joinedAt leftAt version history { source fromStatus toStatus toMinutes changedBy { id } } } } } }`;
const SET_ATTENDANCE = `mutation S($input: SetAttendanceInput!) { setAttendance(input: $input) { id status version } }`;

type Node = Record<string, any>;
interface Person {
  user: UserEntity;
  client: GqlClient;
}

/** The session windows the fixtures were recorded in (7–8:30 pm in Denver: across midnight UTC). */
const SESSION_1 = { startsAt: '2026-10-21T01:00:00Z', endsAt: '2026-10-21T02:30:00Z' }; // Tue 20 Oct, MDT
const SESSION_2 = { startsAt: '2026-11-04T02:00:00Z', endsAt: '2026-11-04T03:30:00Z' }; // Tue 3 Nov, MST
const SESSION_3 = { startsAt: '2026-11-11T02:00:00Z', endsAt: '2026-11-11T03:30:00Z' }; // Tue 10 Nov

describe('Zoom participants-report import', () => {
  let t: TestApp;
  let mentor: Person & { chapter: ChapterEntity };
  let cohortId: string;
  let sessions: string[];
  const s: Record<'ana' | 'ben' | 'carmen' | 'dev' | 'emma' | 'frank', Person> = {} as never;

  const recordCount = async (): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM attendance_record WHERE cohort_id = $1`, [cohortId]))[0].n;
  const importCount = async (): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM zoom_import`))[0].n;
  const preview = async (client: GqlClient, sessionId: string, file: string, zone?: string): Promise<Node> =>
    (await client.ok(PREVIEW, { input: { sessionId, filename: file, csv: fixture(file), ...(zone ? { zone } : {}) } })).previewZoomImport;
  const matchOf = (p: Node, person: Person) => p.matched.find((x: Node) => x.student.id === person.user.id);
  const roster = async (sessionId: string) => {
    const r = (await mentor.client.ok(ROSTER, { id: sessionId })).sessionRoster;
    return { ...r, by: (p: Person) => r.rows.find((x: Node) => x.student.id === p.user.id).record };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const chapter = await t.factories.chapter();
    const user = await t.factories.user({ displayName: 'Morgan Reyes', email: 'morgan.reyes@example.org' });
    await t.factories.membership(chapter.id, user.id, ChapterRole.Mentor);
    mentor = { user, chapter, client: await t.factories.clientFor(user) };
    const cohort = (
      await mentor.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id startsAt } } }`, {
        input: {
          chapterId: chapter.id, title: `Zoom ${uid()}`, modalityCodes: ['CT'], capacity: 20, timeZone: 'America/Denver',
          pattern: { startDate: DateTime.utc().setZone('America/Denver').plus({ days: 7 }).toISODate(), localTime: '19:00', durationMinutes: 90, cadence: 'WEEKLY', count: 3 },
        },
      })
    ).createCohort;
    await mentor.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohort.id });
    cohortId = cohort.id;
    sessions = cohort.sessions.map((x: Node) => x.id);
    const people = { ana: 'Ana Lopez', ben: 'Ben Okafor', carmen: 'Carmen Diaz', dev: 'Dev Patel', emma: 'Emma Wright', frank: 'Frank Nguyen' } as const;
    for (const [k, displayName] of Object.entries(people)) {
      const u = await t.factories.user({ displayName, email: `${displayName.toLowerCase().replace(' ', '.')}@example.org` });
      const client = await t.factories.clientFor(u);
      await client.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: cohortId });
      s[k as keyof typeof s] = { user: u, client };
    }
    // The sessions the reports were recorded in (tests cannot wait for October).
    for (const [id, w] of [[sessions[0], SESSION_1], [sessions[1], SESSION_2], [sessions[2], SESSION_3]] as const) {
      await t.db.query(`UPDATE cohort_session SET starts_at = $2, ends_at = $3 WHERE id = $1`, [id, w.startsAt, w.endsAt]);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('previews the report with meeting data: merges rows, matches by email then name, proposes by the cohort’s rule, writes no record', async () => {
    const p = await preview(mentor.client, sessions[0], 'with-meeting-data-us.csv');
    expect(p).toMatchObject({ sessionId: sessions[0], filename: 'with-meeting-data-us.csv', zone: 'America/Denver', alreadyApplied: false, appliedAt: null });
    expect(p.matched.map((x: Node) => [x.student.displayName, x.kind, x.proposedStatus, x.proposedMinutes])).toEqual([
      ['Ana Lopez', 'EMAIL', 'PRESENT', 88], // dropped connection: 31 + 57 minutes inside 7:00–8:30
      ['Ben Okafor', 'EMAIL', 'PRESENT', 88], // laptop + phone overlapping, counted once
      ['Carmen Diaz', 'NAME', 'LATE', 71], // renamed "Carmen D. (Carmen Diaz)", joined 7:18
      ['Dev Patel', 'NAME', 'LEFT_EARLY', 44], // "Patel, Dev" with a personal email, left at 7:45
    ]);
    expect(matchOf(p, s.ana).participant).toEqual({
      key: 'email:ana.lopez@example.org', name: 'Ana Lopez', originalName: null, email: 'ana.lopez@example.org',
      firstJoin: '2026-10-21T00:58:40.000Z', lastLeave: '2026-10-21T02:30:02.000Z', minutes: 90, rows: 2, guest: false,
    });
    expect(matchOf(p, s.ben).participant).toMatchObject({ rows: 2, minutes: 88 });
    expect(matchOf(p, s.carmen).participant).toMatchObject({ name: 'Carmen D.', originalName: 'Carmen Diaz', email: null, guest: true });
    expect(p.matched.every((x: Node) => x.current === null)).toBe(true);
    expect(p.unmatched.map((x: Node) => [x.key, x.guest])).toEqual([["name:frank's ipad", true], ['email:grace.okoye@hospital.example', true]]);
    expect(p.absent.map((x: Node) => x.displayName)).toEqual(['Emma Wright', 'Frank Nguyen']);
    expect(p.absent[0].email).toBe('emma.wright@example.org');
    expect(p.warnings).toEqual(['Left out the host and the cohort’s mentors: Morgan Reyes.']);
    expect(await recordCount()).toBe(0);

    // The same bytes again: the same import.
    const again = await preview(mentor.client, sessions[0], 'with-meeting-data-us.csv');
    expect(again.id).toBe(p.id);
    expect(await importCount()).toBe(1);
  });

  it('refuses manual matches that are not one-to-one or not to enrolled students, changing nothing', async () => {
    const p = await preview(mentor.client, sessions[0], 'with-meeting-data-us.csv');
    const outsider = await t.factories.asStudent();
    const bad = async (manualMatches: { participantKey: string; userId: string }[]) => {
      const res = await mentor.client.gql(APPLY, { input: { importId: p.id, manualMatches } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0];
    };
    const twiceP = await bad([{ participantKey: "name:frank's ipad", userId: s.frank.user.id }, { participantKey: "name:frank's ipad", userId: s.emma.user.id }]);
    expect(twiceP.message).toBe('“Frank\'s iPad” is matched more than once.');
    const twiceS = await bad([{ participantKey: "name:frank's ipad", userId: s.frank.user.id }, { participantKey: 'email:grace.okoye@hospital.example', userId: s.frank.user.id }]);
    expect(twiceS.message).toBe('A student is matched to more than one participant.');
    expect((await bad([{ participantKey: 'name:nobody', userId: s.frank.user.id }])).extensions?.fields).toEqual({ manualMatches: ['“name:nobody” is not a participant of this report.'] });
    expect((await bad([{ participantKey: "name:frank's ipad", userId: outsider.user.id }])).message).toBe('Match participants only to students enrolled in this cohort.');
    expect((await bad([{ participantKey: "name:frank's ipad", userId: 'not-a-uuid' }])).message).toBe('Match participants only to students enrolled in this cohort.');
    expect(await recordCount()).toBe(0);
    expect((await t.db.query(`SELECT status FROM zoom_import WHERE id = $1`, [p.id]))[0].status).toBe('PREVIEW');
  });

  it('applies with a manual match: records, minutes, statuses and history; the same import or file again changes nothing', async () => {
    const p = await preview(mentor.client, sessions[0], 'with-meeting-data-us.csv');
    const r = (await mentor.client.ok(APPLY, { input: { importId: p.id, manualMatches: [{ participantKey: "name:frank's ipad", userId: s.frank.user.id }] } })).applyZoomImport;
    expect(r).toMatchObject({ changed: 6, unchanged: 0 });
    expect(r.preview).toMatchObject({ id: p.id, alreadyApplied: true });
    expect(r.preview.appliedAt).toBeTruthy();
    expect(matchOf(r.preview, s.frank)).toMatchObject({ kind: 'MANUAL', proposedStatus: 'PRESENT', proposedMinutes: 85, current: { status: 'PRESENT', minutes: 85, source: 'ZOOM', version: 1 } });
    expect(r.preview.unmatched.map((x: Node) => x.name)).toEqual(['Grace Okoye']);
    expect(r.preview.absent.map((x: Node) => x.displayName)).toEqual(['Emma Wright']);

    const ro = await roster(sessions[0]);
    expect(ro).toMatchObject({ present: 3, late: 1, missing: 0, total: 6 });
    expect(ro.by(s.ana)).toMatchObject({
      status: 'PRESENT', minutes: 88, source: 'ZOOM', joinedAt: '2026-10-21T00:58:40.000Z', leftAt: '2026-10-21T02:30:02.000Z', version: 1,
      history: [{ source: 'ZOOM', fromStatus: null, toStatus: 'PRESENT', toMinutes: 88, changedBy: { id: mentor.user.id } }],
    });
    expect(ro.by(s.ben)).toMatchObject({ status: 'PRESENT', minutes: 88 });
    expect(ro.by(s.carmen)).toMatchObject({ status: 'LATE', minutes: 71, joinedAt: '2026-10-21T01:18:30.000Z' });
    expect(ro.by(s.dev)).toMatchObject({ status: 'LEFT_EARLY', minutes: 44 });
    expect(ro.by(s.emma)).toMatchObject({ status: 'ABSENT', minutes: 0, source: 'ZOOM', joinedAt: null });
    expect(ro.by(s.frank)).toMatchObject({ status: 'PRESENT', minutes: 85 });

    // Apply the same import again, or upload the same bytes again and apply: nothing changes.
    const twice = (await mentor.client.ok(APPLY, { input: { importId: p.id } })).applyZoomImport;
    expect(twice).toMatchObject({ changed: 0, unchanged: 6 });
    const same = await preview(mentor.client, sessions[0], 'with-meeting-data-us.csv', 'America/New_York');
    expect(same).toMatchObject({ id: p.id, alreadyApplied: true, zone: 'America/Denver' });
    expect(matchOf(same, s.frank).kind).toBe('MANUAL');
    expect(same.warnings).toContain('This file was already applied with its times read in America/Denver; applying it again changes nothing.');
    expect((await mentor.client.ok(APPLY, { input: { importId: same.id } })).applyZoomImport.changed).toBe(0);
    const after = await roster(sessions[0]);
    expect(after.rows.map((x: Node) => [x.record.version, x.record.history.length])).toEqual(ro.rows.map(() => [1, 1]));

    // The students see their own record (A's field) with Zoom's minutes.
    const mine = await s.carmen.client.ok(`query($id: ID!) { cohort(id: $id) { sessions { id myAttendance { status minutes source } } } }`, { id: cohortId });
    expect(mine.cohort.sessions.find((x: Node) => x.id === sessions[0]).myAttendance).toEqual({ status: 'LATE', minutes: 71, source: 'ZOOM' });
  });

  it('reads day-first times by the session, keeps EXCUSED and existing records of students not in the report, re-reads a file in another zone', async () => {
    await mentor.client.ok(SET_ATTENDANCE, { input: { sessionId: sessions[1], userId: s.carmen.user.id, status: 'EXCUSED' } });
    await mentor.client.ok(SET_ATTENDANCE, { input: { sessionId: sessions[1], userId: s.frank.user.id, status: 'PRESENT', minutes: 90 } });

    // First read in the wrong zone: nobody was in the meeting during the session.
    const wrong = await preview(mentor.client, sessions[1], 'participants-day-first.csv', 'UTC');
    expect(wrong.zone).toBe('UTC');
    expect(wrong.warnings.find((w: string) => w.startsWith('No one in the report was in the meeting during this session'))).toMatch(/Check the session and the time zone \(UTC\)/);
    expect(wrong.matched.every((x: Node) => x.proposedStatus === 'ABSENT')).toBe(true);

    const p = await preview(mentor.client, sessions[1], 'participants-day-first.csv');
    expect(p).toMatchObject({ id: wrong.id, zone: 'America/Denver' });
    expect(p.matched.map((x: Node) => [x.student.displayName, x.kind, x.proposedStatus, x.proposedMinutes, x.current?.status ?? null])).toEqual([
      ['Ana Lopez', 'EMAIL', 'LATE', 77, null], // 7:12:45 pm MST, upper-case email
      ['Ben Okafor', 'EMAIL', 'LEFT_EARLY', 60, null],
      ['Carmen Diaz', 'EMAIL', 'PRESENT', 90, 'EXCUSED'],
      ['Dev Patel', 'NAME', 'PRESENT', 84, null], // "dev  patel"
      ['Emma Wright', 'NAME', 'LEFT_EARLY', 21, null], // renamed from "Emma W."
    ]);
    expect(matchOf(p, s.ana).participant.firstJoin).toBe('2026-11-04T02:12:45.000Z');
    expect(p.absent.map((x: Node) => x.displayName)).toEqual(['Frank Nguyen']);
    expect(p.warnings).toEqual([
      'Left out the host and the cohort’s mentors: Morgan Reyes.',
      'Excused students keep their record: Carmen Diaz.',
      'Not in the report but recorded by a mentor or an earlier report, so kept as they are: Frank Nguyen.',
    ]);

    const r = (await mentor.client.ok(APPLY, { input: { importId: p.id } })).applyZoomImport;
    expect(r).toMatchObject({ changed: 4, unchanged: 2 });
    const ro = await roster(sessions[1]);
    expect(ro.by(s.carmen)).toMatchObject({ status: 'EXCUSED', minutes: 0, source: 'MENTOR' });
    expect(ro.by(s.frank)).toMatchObject({ status: 'PRESENT', minutes: 90, source: 'MENTOR' });
    expect(ro.by(s.ana)).toMatchObject({ status: 'LATE', minutes: 77, source: 'ZOOM' });
    expect(ro.by(s.emma)).toMatchObject({ status: 'LEFT_EARLY', minutes: 21 });
  });

  it('imports the unique-users report (no times) and reflects it in contact hours', async () => {
    const p = await preview(mentor.client, sessions[2], 'unique-users.csv');
    expect(p.matched.map((x: Node) => [x.student.displayName, x.kind, x.proposedStatus, x.proposedMinutes])).toEqual([
      ['Ana Lopez', 'EMAIL', 'PRESENT', 90], // 91 capped at the session's 90
      ['Ben Okafor', 'EMAIL', 'LEFT_EARLY', 52],
      ['Carmen Diaz', 'NAME', 'PRESENT', 88],
      ['Dev Patel', 'EMAIL', 'ABSENT', 0],
    ]);
    expect(p.unmatched.map((x: Node) => [x.name, x.firstJoin, x.minutes])).toEqual([['+17205550143', null, 15]]);
    expect(p.warnings).toContain('This report has no join and leave times (unique users): minutes are Zoom’s totals capped at the session’s length, and lateness cannot be judged.');
    expect((await mentor.client.ok(APPLY, { input: { importId: p.id } })).applyZoomImport).toMatchObject({ changed: 6, unchanged: 0 });

    const hours = await s.ana.client.ok(`query($id: ID!) { cohort(id: $id) { myContactHours { minutes possibleMinutes } } }`, { id: cohortId });
    expect(hours.cohort.myContactHours).toEqual({ minutes: 88 + 77 + 90, possibleMinutes: 270 });
  });

  it('refuses a bad zone and malformed files with the line, and changes nothing', async () => {
    const before = { records: await recordCount(), imports: await importCount() };
    const res = await mentor.client.gql(PREVIEW, { input: { sessionId: sessions[0], filename: 'x.csv', csv: fixture('unique-users.csv'), zone: 'Mountain Time' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { zone: ['Choose a time zone by its IANA name, such as America/Denver.'] } });

    const fail = async (csv: string) => {
      const r = await mentor.client.gql(PREVIEW, { input: { sessionId: sessions[0], filename: 'report.csv', csv } });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return r.errors![0];
    };
    const badTime = await fail(fixture('malformed-bad-time.csv'));
    expect(badTime.message).toBe('Line 7: the Join Time “13/45/2026 07:02:11 PM” is not a date.');
    expect(badTime.extensions?.fields).toEqual({ csv: [badTime.message] });
    expect((await fail(fixture('malformed-unclosed-quote.csv'))).message).toBe('Line 3: a quoted value is never closed (a " is missing).');
    expect((await fail(fixture('malformed-not-zoom.csv'))).message).toMatch(/^Line 1: this does not look like a Zoom participants report/);
    const big = 'Name (Original Name),User Email,Total Duration (Minutes),Guest\n' + 'A Person,,10,Yes\n'.repeat(13_000); // ~221 KB: under the body limit
    expect((await fail(big)).message).toMatch(/^The file is larger than 200 KB/);
    expect((await mentor.client.gql(PREVIEW, { input: { sessionId: sessions[0], filename: '  ', csv: fixture('unique-users.csv') } })).errors?.[0].extensions?.fields).toEqual({
      filename: ['Give the file a name.'],
    });
    expect({ records: await recordCount(), imports: await importCount() }).toEqual(before);
  });

  it('lets only the cohort’s managers preview and apply', async () => {
    const input = { sessionId: sessions[0], filename: 'u.csv', csv: `${fixture('unique-users.csv')}\n` };
    const p = (await mentor.client.ok(PREVIEW, { input })).previewZoomImport;
    const apply = { input: { importId: p.id } };

    expect(await t.anon().code(PREVIEW, { input })).toBe('UNAUTHENTICATED');
    expect(await t.anon().code(APPLY, apply)).toBe('UNAUTHENTICATED');
    // Students (even enrolled ones) lack the permission.
    expect(await s.ana.client.code(PREVIEW, { input })).toBe('FORBIDDEN');
    expect(await s.ana.client.code(APPLY, apply)).toBe('FORBIDDEN');
    // A mentor of another cohort (another chapter) does not see this one.
    const other = await t.factories.asMentor();
    expect(await other.client.code(PREVIEW, { input })).toBe('NOT_FOUND');
    expect(await other.client.code(APPLY, apply)).toBe('NOT_FOUND');
    expect(await mentor.client.code(APPLY, { input: { importId: '3f1c1b8e-6d7e-4c55-9a57-8b7a1d2f0c11' } })).toBe('NOT_FOUND');
    expect(await mentor.client.code(PREVIEW, { input: { ...input, sessionId: 'nope' } })).toBe('NOT_FOUND');
    expect((await t.db.query(`SELECT status FROM zoom_import WHERE id = $1`, [p.id]))[0].status).toBe('PREVIEW');

    // The chapter's admin manages the cohort: the same bytes are the same import.
    const admin = await t.factories.asChapterAdmin(mentor.chapter);
    expect((await admin.client.ok(PREVIEW, { input })).previewZoomImport.id).toBe(p.id);
  });

  it('applies a corrected report over an applied one, writing only what differs; racing previews and applies meet on the same import', async () => {
    const csv = `${fixture('with-meeting-data-us.csv')}Emma Wright,emma.wright@example.org,10/20/2026 07:05:00 PM,10/20/2026 08:30:00 PM,85,No\r\n`;
    const input = { sessionId: sessions[0], filename: 'participants_84322119087 (1).csv', csv };
    const [a, b] = await Promise.all([mentor.client.ok(PREVIEW, { input }), mentor.client.ok(PREVIEW, { input })]);
    expect(a.previewZoomImport.id).toBe(b.previewZoomImport.id);
    const p = a.previewZoomImport;
    expect(matchOf(p, s.emma)).toMatchObject({ kind: 'EMAIL', proposedStatus: 'PRESENT', proposedMinutes: 85, current: { status: 'ABSENT', version: 1 } });
    // Frank's iPad was matched by hand in the first import only: Frank keeps his record.
    expect(p.warnings).toContain('Not in the report but recorded by a mentor or an earlier report, so kept as they are: Frank Nguyen.');

    const results = await Promise.all([mentor.client.ok(APPLY, { input: { importId: p.id } }), mentor.client.ok(APPLY, { input: { importId: p.id } })]);
    expect(results.map((r) => r.applyZoomImport.changed).sort()).toEqual([0, 1]);
    const ro = await roster(sessions[0]);
    expect(ro.by(s.emma)).toMatchObject({ status: 'PRESENT', minutes: 85, version: 2, history: [{ toStatus: 'ABSENT' }, { fromStatus: 'ABSENT', toStatus: 'PRESENT', toMinutes: 85 }] });
    expect(ro.by(s.ana)).toMatchObject({ version: 1 });
    expect(ro.by(s.frank)).toMatchObject({ status: 'PRESENT', minutes: 85, version: 1 });
  });

  it('does not take a bare self check-in as attendance: checked in but not in the report means absent', async () => {
    // Frank "checked in" to session 2 (the button works without opening the meeting)…
    await t.db.query(`UPDATE attendance_record SET source = 'SELF_CHECK_IN', status = 'PRESENT', minutes = 90 WHERE session_id = $1 AND user_id = $2`, [sessions[1], s.frank.user.id]);
    // …and a second export of that meeting (other bytes) does not list him.
    const input = { sessionId: sessions[1], filename: 'participants (2).csv', csv: `${fixture('participants-day-first.csv')}\r\n` };
    const p = (await mentor.client.ok(PREVIEW, { input })).previewZoomImport;
    expect(p.absent.map((x: Node) => x.displayName)).toEqual(['Frank Nguyen']);
    expect(p.warnings).toContain('Checked in but not in the report, so they will be marked absent: Frank Nguyen. If they joined under another name, match them by hand.');
    await mentor.client.ok(APPLY, { input: { importId: p.id } });
    expect((await roster(sessions[1])).by(s.frank)).toMatchObject({ status: 'ABSENT', minutes: 0, source: 'ZOOM' });
  });
});
