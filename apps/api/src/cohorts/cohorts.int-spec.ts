import request from 'supertest';
import ICAL from 'ical.js';
import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type GqlResponse, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';

export const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id status version timeZone sessions { id number title startsAt endsAt sequence } } }`;
const PUBLISH = `mutation P($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { id status waitlistPosition } }`;

/** A valid cohort input starting next week, weekly at 19:00 Denver time. */
export function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  const start = DateTime.utc().setZone('America/Denver').plus({ days: 7 }).toISODate();
  return {
    chapterId,
    title: 'CRES study group — spring',
    description: 'Five two-hour sessions.',
    modalityCodes: ['CT', 'MRI'],
    capacity: 12,
    timeZone: 'America/Denver',
    meetingUrl: 'https://zoom.us/j/123456789',
    meetingPasscode: 'cres',
    pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
    ...over,
  };
}

describe('cohorts: the core flow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a mentor schedules five sessions, publishes, a student enrolls and subscribes to a valid calendar', async () => {
    const { client: mentor, chapter } = await t.factories.asMentor();
    const created = (await mentor.ok(CREATE, { input: cohortInput(chapter.id) })).createCohort;
    expect(created.status).toBe('DRAFT');
    expect(created.sessions).toHaveLength(5);
    for (const s of created.sessions) {
      expect(DateTime.fromISO(s.startsAt).setZone('America/Denver').toFormat('HH:mm')).toBe('19:00');
    }
    await mentor.ok(PUBLISH, { id: created.id });

    const { client: student } = await t.factories.asStudent();
    const e = (await student.ok(ENROLL, { id: created.id })).enroll;
    expect(e.status).toBe('ENROLLED');
    // A double click returns the same enrollment.
    expect((await student.ok(ENROLL, { id: created.id })).enroll.id).toBe(e.id);

    const page = await student.ok(`query($id: ID!) { cohort(id: $id) { meeting { url passcode } seats { enrolled left } viewerEnrollment { status } nextSession { number joinState startsAtViewer startsAtCohort } } }`, { id: created.id });
    expect(page.cohort.meeting.url).toBe('https://zoom.us/j/123456789');
    expect(page.cohort.seats).toEqual({ enrolled: 1, left: 11 });
    expect(page.cohort.nextSession.joinState).toBe('NOT_YET');

    const feed = (await student.ok(`mutation { resetCalendarFeed { url } }`)).resetCalendarFeed.url as string;
    const path = new URL(feed).pathname;
    const ics = await request(t.server).get(path);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(ics.text));
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = comp.getAllSubcomponents('vevent');
    expect(events).toHaveLength(5);
    expect(comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/Denver']);
    const first = new ICAL.Event(events[0]);
    expect(first.uid).toBe(`${created.sessions[0].id}@gantry`);
    expect(first.startDate.toJSDate().toISOString()).toBe(new Date(created.sessions[0].startsAt).toISOString());
    expect(String(events[0].getFirstPropertyValue('location'))).toBe('https://zoom.us/j/123456789');

    // Anonymous: the cohort is visible but its meeting link is not.
    const anon = await t.anon().ok(`query($id: ID!) { cohort(id: $id) { meeting { url } inviteCode } }`, { id: created.id });
    expect(anon.cohort).toEqual({ meeting: null, inviteCode: null });
  });
});

// ---------------------------------------------------------------------------------------

const ZONE = 'America/Denver';
const CREATE_FULL = `mutation C($input: CreateCohortInput!) {
  createCohort(input: $input) {
    id status version timeZone title capacity localTime durationMinutes cadence
    mentors { userId isLead }
    modalities { code }
    sessions { id number title startsAt endsAt durationMinutes sequence status version }
  }
}`;
const SET_STATUS = `mutation S($id: ID!, $status: CohortStatus!) { setCohortStatus(id: $id, status: $status) { id status version } }`;
const UPDATE = `mutation U($input: UpdateCohortInput!) { updateCohort(input: $input) { id title capacity version enrollmentClosed } }`;
const COHORT = `query Q($id: ID!) { cohort(id: $id) { id title status capacity version mentors { userId isLead } } }`;
const ADD_CO = `mutation A($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id mentors { userId isLead } } }`;
const REMOVE_CO = `mutation R($id: ID!, $userId: ID!) { removeCoMentor(cohortId: $id, userId: $userId) { id mentors { userId isLead } } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt sequence version } }`;
const ROSTER = `query R($id: ID!) { cohortRoster(cohortId: $id) { nodes { userId status waitlistPosition } } }`;
const CATALOG = `query C($filter: CatalogFilterInput, $first: Int, $after: String) {
  catalog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title status seats { capacity enrolled left waitlisted } }
  }
}`;
const CHAPTER_COHORTS = `query C($chapterId: ID!) { chapterCohorts(chapterId: $chapterId) { totalCount nodes { id status } } }`;

type Node = Record<string, any>;

/** The update input that leaves everything as `cohortInput` made it, except `over`. */
function updateInput(id: string, expectedVersion: number, over: Record<string, unknown> = {}) {
  const { chapterId: _c, pattern: _p, ...fields } = cohortInput('unused');
  return { id, expectedVersion, ...fields, ...over };
}

function fieldsOf(res: GqlResponse): Record<string, string[]> {
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions!.fields ?? {};
}

const local = (iso: string, zone = ZONE) => DateTime.fromISO(iso).setZone(zone);

describe('cohorts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Row counts of everything a cohort mutation could touch. */
  async function counts(): Promise<Record<string, number>> {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*) FROM cohort)::int AS cohorts, (SELECT count(*) FROM cohort_session)::int AS sessions,
              (SELECT count(*) FROM cohort_mentor)::int AS mentors, (SELECT count(*) FROM cohort_modality)::int AS modalities,
              (SELECT count(*) FROM session_reminder)::int AS reminders, (SELECT count(*) FROM enrollment)::int AS enrollments,
              (SELECT count(*) FROM announcement)::int AS announcements, (SELECT count(*) FROM email_outbox)::int AS outbox`,
    );
    return row;
  }

  async function create(client: GqlClient, chapterId: string, over: Record<string, unknown> = {}): Promise<Node> {
    return (await client.ok(CREATE_FULL, { input: cohortInput(chapterId, { title: `Cohort ${uid()}`, ...over }) })).createCohort;
  }

  async function openCohort(over: Record<string, unknown> = {}, chapter?: Awaited<ReturnType<TestApp['factories']['chapter']>>) {
    const m = await t.factories.asMentor(chapter);
    const cohort = await create(m.client, m.chapter.id, over);
    await m.client.ok(SET_STATUS, { id: cohort.id, status: 'OPEN' });
    return { ...m, cohort };
  }

  async function enrollStudents(cohortId: string, n: number) {
    const out: { user: { id: string; email: string }; client: GqlClient; status: string }[] = [];
    for (let i = 0; i < n; i++) {
      const s = await t.factories.asStudent();
      const e = (await s.client.ok(ENROLL, { id: cohortId })).enroll;
      out.push({ ...s, status: e.status });
    }
    return out;
  }

  /** Mail of this kind queued for these addresses. */
  const mails = (kind: string, to: string[]): Promise<{ to_address: string; status: string }[]> =>
    t.db.query(`SELECT to_address, status FROM email_outbox WHERE kind = $1 AND to_address = ANY($2) ORDER BY created_at, id`, [kind, to]);

  describe('createCohort', () => {
    it('lets a mentor of the chapter schedule a draft whose sessions stay at 19:00 local across the March 2027 DST change', async () => {
      const { client, chapter, user } = await t.factories.asMentor();
      const before = await counts();
      // Wednesdays from 2027-03-03: two sessions on MST (UTC−7), three on MDT (UTC−6) after 2027-03-14.
      const c = await create(client, chapter.id, {
        pattern: { startDate: '2027-03-01', weekday: 3, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
      });
      expect(c).toMatchObject({ status: 'DRAFT', version: 1, timeZone: ZONE, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', capacity: 12 });
      expect(c.mentors).toEqual([{ userId: user.id, isLead: true }]);
      expect(c.modalities.map((m: Node) => m.code).sort()).toEqual(['CT', 'MRI']);
      expect(c.sessions.map((s: Node) => new Date(s.startsAt).toISOString())).toEqual([
        '2027-03-04T02:00:00.000Z',
        '2027-03-11T02:00:00.000Z',
        '2027-03-18T01:00:00.000Z',
        '2027-03-25T01:00:00.000Z',
        '2027-04-01T01:00:00.000Z',
      ]);
      for (const [i, s] of c.sessions.entries()) {
        expect(local(s.startsAt).toFormat('ccc HH:mm')).toBe('Wed 19:00');
        expect(local(s.endsAt).toFormat('HH:mm')).toBe('21:00');
        expect(s).toMatchObject({ number: i + 1, title: `Session ${i + 1}`, durationMinutes: 120, sequence: 0, status: 'SCHEDULED' });
      }
      expect(local(c.sessions[1].startsAt).offset - local(c.sessions[2].startsAt).offset).toBe(-60);
      const after = await counts();
      expect(after.cohorts - before.cohorts).toBe(1);
      expect(after.sessions - before.sessions).toBe(5);
      expect(after.mentors - before.mentors).toBe(1);
      expect(after.reminders - before.reminders).toBe(10);
    });

    it('lets a chapter admin of the chapter schedule one, as its lead mentor', async () => {
      const { client, chapter, user } = await t.factories.asChapterAdmin();
      const c = await create(client, chapter.id);
      expect(c.status).toBe('DRAFT');
      expect(c.mentors).toEqual([{ userId: user.id, isLead: true }]);
    });

    it('is refused to a mentor of another chapter, a student and anonymous callers, and creates nothing', async () => {
      const chapter = await t.factories.chapter();
      const other = await t.factories.asMentor();
      const student = await t.factories.asStudent();
      const before = await counts();
      const input = cohortInput(chapter.id);
      expect(await other.client.code(CREATE, { input })).toBe('FORBIDDEN');
      expect(await student.client.code(CREATE, { input })).toBe('FORBIDDEN');
      expect(await t.anon().code(CREATE, { input })).toBe('UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    });

    const yesterday = () => DateTime.utc().setZone(ZONE).minus({ days: 1 }).toISODate();
    const pattern = (over: Record<string, unknown>) => ({ ...cohortInput('x').pattern, ...over });
    const bad: [string, () => Record<string, unknown>, string][] = [
      ['an unknown time zone', () => ({ timeZone: 'Mars/Olympus_Mons' }), 'timeZone'],
      ['a start in the past', () => ({ pattern: pattern({ startDate: yesterday() }) }), 'pattern.startDate'],
      ['zero sessions', () => ({ pattern: pattern({ count: 0 }) }), 'pattern.count'],
      ['21 sessions', () => ({ pattern: pattern({ count: 21 }) }), 'pattern.count'],
      ['20-minute sessions', () => ({ pattern: pattern({ durationMinutes: 20 }) }), 'pattern.durationMinutes'],
      ['300-minute sessions', () => ({ pattern: pattern({ durationMinutes: 300 }) }), 'pattern.durationMinutes'],
      ['capacity 0', () => ({ capacity: 0 }), 'capacity'],
      ['an unknown modality code', () => ({ modalityCodes: ['CT', 'XRAYZ'] }), 'modalityCodes'],
      ['a non-https meeting URL', () => ({ meetingUrl: 'http://zoom.us/j/123' }), 'meetingUrl'],
      [
        'enrollment closing before it opens',
        () => ({ enrollmentOpensAt: DateTime.utc().plus({ days: 3 }).toISO(), enrollmentClosesAt: DateTime.utc().plus({ days: 2 }).toISO() }),
        'enrollmentClosesAt',
      ],
      ['a custom cadence without dates', () => ({ pattern: pattern({ cadence: 'CUSTOM', dates: [] }) }), 'pattern.dates'],
    ];
    it.each(bad)('answers %s with a field error and creates nothing', async (_what, over, field) => {
      const { client, chapter } = await t.factories.asMentor();
      const before = await counts();
      const res = await client.gql(CREATE, { input: cohortInput(chapter.id, over()) });
      const fields = fieldsOf(res);
      expect(Object.keys(fields)).toEqual([field]);
      expect(fields[field][0]).toEqual(expect.any(String));
      expect(res.data).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it('refuses a second cohort of the same mentor overlapping one of the first one’s sessions, naming it', async () => {
      const { client, chapter } = await t.factories.asMentor();
      const first = await create(client, chapter.id, { title: `Tuesday crew ${uid()}` });
      const third = local(first.sessions[2].startsAt);
      const one = (time: string, minutes = 60) => ({
        pattern: { startDate: third.toISODate(), localTime: time, durationMinutes: minutes, cadence: 'WEEKLY', count: 1 },
      });
      const before = await counts();
      const res = await client.gql(CREATE, { input: cohortInput(chapter.id, one('20:00')) });
      expect(fieldsOf(res)['pattern.startDate'][0]).toContain(first.title);
      expect(res.errors![0].message).toContain(first.title);
      expect(await counts()).toEqual(before);

      // Back to back is fine: [19:00, 21:00) and [21:00, 22:00) do not overlap.
      const after = await create(client, chapter.id, one('21:00'));
      expect(after.sessions).toHaveLength(1);
      // Another mentor may run a session at the very same time.
      const colleague = await t.factories.asMentor(chapter);
      expect((await create(colleague.client, chapter.id, one('19:00', 120))).sessions).toHaveLength(1);
    });
  });

  describe('updateCohort', () => {
    it('checks expectedVersion: a stale version is a CONFLICT and changes nothing', async () => {
      const { client, cohort } = await openCohort();
      const { version } = (await client.ok(COHORT, { id: cohort.id })).cohort;
      const updated = (await client.ok(UPDATE, { input: updateInput(cohort.id, version, { title: 'Renamed once' }) })).updateCohort;
      expect(updated).toMatchObject({ title: 'Renamed once', version: version + 1 });
      expect(await client.code(UPDATE, { input: updateInput(cohort.id, version, { title: 'Lost update' }) })).toBe('CONFLICT');
      expect((await client.ok(COHORT, { id: cohort.id })).cohort).toMatchObject({ title: 'Renamed once', version: version + 1 });
    });

    it('refuses a capacity below the enrolled count, and raising it promotes waitlisted students in order, mailing them', async () => {
      const { client, cohort } = await openCohort({ capacity: 2 });
      const students = await enrollStudents(cohort.id, 5);
      expect(students.map((s) => s.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
      let { version } = (await client.ok(COHORT, { id: cohort.id })).cohort;
      const before = await counts();

      const res = await client.gql(UPDATE, { input: updateInput(cohort.id, version, { capacity: 1 }) });
      expect(fieldsOf(res).capacity[0]).toMatch(/2 students are enrolled/);
      expect(await counts()).toEqual(before);
      expect((await client.ok(COHORT, { id: cohort.id })).cohort).toMatchObject({ capacity: 2, version });

      // One more seat: the first in line (and only them) moves up.
      version = (await client.ok(UPDATE, { input: updateInput(cohort.id, version, { capacity: 3 }) })).updateCohort.version;
      const roster = (await client.ok(ROSTER, { id: cohort.id })).cohortRoster.nodes as Node[];
      const entry = (i: number) => roster.find((r) => r.userId === students[i].user.id);
      expect([0, 1, 2].map((i) => entry(i)!.status)).toEqual(['ENROLLED', 'ENROLLED', 'ENROLLED']);
      expect(entry(3)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      expect(entry(4)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
      const promoted = await mails('enrollment-promoted', students.map((x) => x.user.email));
      expect(promoted).toEqual([{ to_address: students[2].user.email, status: 'HELD' }]);

      // Plenty of room: everyone left moves up; nobody is mailed twice.
      await client.ok(UPDATE, { input: updateInput(cohort.id, version, { capacity: 10 }) });
      const all = (await client.ok(ROSTER, { id: cohort.id })).cohortRoster.nodes as Node[];
      expect(all.map((r) => r.status)).toEqual(Array(5).fill('ENROLLED'));
      expect((await mails('enrollment-promoted', students.map((x) => x.user.email))).map((m) => m.to_address).sort()).toEqual([2, 3, 4].map((i) => students[i].user.email).sort());
    });

  it('is FORBIDDEN to a mentor of another chapter and to students; a draft is NOT_FOUND to them', async () => {
      const { cohort } = await openCohort();
      const draftOwner = await t.factories.asMentor();
      const draft = await create(draftOwner.client, draftOwner.chapter.id);
      const other = await t.factories.asMentor();
      const student = await t.factories.asStudent();
      const before = await counts();
      expect(await other.client.code(UPDATE, { input: updateInput(cohort.id, 2, { title: 'Hijacked' }) })).toBe('FORBIDDEN');
      expect(await student.client.code(UPDATE, { input: updateInput(cohort.id, 2, { title: 'Hijacked' }) })).toBe('FORBIDDEN');
      expect(await other.client.code(UPDATE, { input: updateInput(draft.id, 1, { title: 'Hijacked' }) })).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
      expect((await t.anon().ok(COHORT, { id: cohort.id })).cohort.title).toBe(cohort.title);

      // The draft is invisible to students, anonymous visitors and other chapters' mentors, visible to its mentor.
      expect(await student.client.code(COHORT, { id: draft.id })).toBe('NOT_FOUND');
      expect(await t.anon().code(COHORT, { id: draft.id })).toBe('NOT_FOUND');
      expect(await other.client.code(COHORT, { id: draft.id })).toBe('NOT_FOUND');
      expect((await draftOwner.client.ok(COHORT, { id: draft.id })).cohort.status).toBe('DRAFT');
      // A chapter admin of the cohort's chapter may manage it.
      const admin = await t.factories.asChapterAdmin(draftOwner.chapter);
      expect((await admin.client.ok(UPDATE, { input: updateInput(draft.id, 1, { title: 'Set by the admin' }) })).updateCohort.title).toBe('Set by the admin');
    });
  });

  describe('setCohortStatus', () => {
    it('publishes a draft, may take it back while nobody joined, then refuses DRAFT once someone enrolled', async () => {
      const { client, chapter } = await t.factories.asMentor();
      const c = await create(client, chapter.id);
      expect((await client.ok(SET_STATUS, { id: c.id, status: 'OPEN' })).setCohortStatus.status).toBe('OPEN');
      expect((await client.ok(SET_STATUS, { id: c.id, status: 'DRAFT' })).setCohortStatus.status).toBe('DRAFT');
      await client.ok(SET_STATUS, { id: c.id, status: 'OPEN' });
      await enrollStudents(c.id, 1);
      expect(await client.code(SET_STATUS, { id: c.id, status: 'DRAFT' })).toBe('CONFLICT');
      expect((await client.ok(COHORT, { id: c.id })).cohort.status).toBe('OPEN');
    });

    it('runs OPEN → RUNNING → COMPLETED and refuses COMPLETED → OPEN', async () => {
      const { client, cohort } = await openCohort();
      await client.ok(SET_STATUS, { id: cohort.id, status: 'RUNNING' });
      await client.ok(SET_STATUS, { id: cohort.id, status: 'COMPLETED' });
      const res = await client.gql(SET_STATUS, { id: cohort.id, status: 'OPEN' });
      expect(fieldsOf(res).status[0]).toMatch(/completed cohort cannot become open/);
      expect((await client.ok(COHORT, { id: cohort.id })).cohort.status).toBe('COMPLETED');
      // And a student cannot change a status at all.
      const student = await t.factories.asStudent();
      expect(await student.client.code(SET_STATUS, { id: cohort.id, status: 'CANCELLED' })).toBe('FORBIDDEN');
    });

    it('CANCELLED cancels the future sessions, raises their SEQUENCE, drops their reminders and posts a SYSTEM announcement', async () => {
      const { client, cohort } = await openCohort();
      const [student] = await enrollStudents(cohort.id, 1);
      // The first session already took place.
      const past = cohort.sessions[0].id;
      await t.db.query(`UPDATE cohort_session SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '2 hours' WHERE id = $1`, [past]);

      expect((await client.ok(SET_STATUS, { id: cohort.id, status: 'CANCELLED' })).setCohortStatus.status).toBe('CANCELLED');
      const sessions: Node[] = await t.db.query(`SELECT id, status, sequence FROM cohort_session WHERE cohort_id = $1`, [cohort.id]);
      for (const s of sessions) {
        expect(s).toMatchObject(s.id === past ? { status: 'SCHEDULED', sequence: 0 } : { status: 'CANCELLED', sequence: 1 });
      }
      const reminders: Node[] = await t.db.query(
        `SELECT r.session_id FROM session_reminder r JOIN cohort_session s ON s.id = r.session_id WHERE s.cohort_id = $1`,
        [cohort.id],
      );
      expect(reminders.every((r) => r.session_id === past)).toBe(true);

      const page = await student.client.ok(`query($id: ID!) { cohort(id: $id) { announcements { nodes { kind body authorName } } } }`, { id: cohort.id });
      expect(page.cohort.announcements.nodes).toEqual([{ kind: 'SYSTEM', body: expect.stringMatching(/has been cancelled/), authorName: null }]);
      const [mail] = await t.db.query(`SELECT count(*)::int AS n FROM email_outbox WHERE kind = 'cohort-announcement' AND to_address = $1`, [student.user.email]);
      expect(mail.n).toBe(1);
    });
  });

  describe('co-mentors', () => {
    it('adds only mentors of the same chapter, refuses one whose own cohort clashes, and never removes the lead', async () => {
      const lead = await t.factories.asMentor();
      const cohort = await create(lead.client, lead.chapter.id);
      const student = await t.factories.asStudent();
      const elsewhere = await t.factories.asMentor();
      const busy = await t.factories.asMentor(lead.chapter);
      const busyCohort = await create(busy.client, lead.chapter.id, { title: `Busy Tuesdays ${uid()}` });
      const before = await counts();

      for (const email of [student.user.email, elsewhere.user.email, `${uid('nobody')}@example.org`]) {
        const fields = fieldsOf(await lead.client.gql(ADD_CO, { id: cohort.id, email }));
        expect(fields.email[0]).toMatch(/mentors of this cohort’s chapter/);
      }
      expect(fieldsOf(await lead.client.gql(ADD_CO, { id: cohort.id, email: 'not an email' })).email).toBeDefined();
      const clash = await lead.client.gql(ADD_CO, { id: cohort.id, email: busy.user.email });
      expect(fieldsOf(clash).email[0]).toContain(busyCohort.title);
      expect(await counts()).toEqual(before);

      // A free colleague becomes co-mentor and can then manage the schedule.
      const co = await t.factories.asMentor(lead.chapter);
      const added = (await lead.client.ok(ADD_CO, { id: cohort.id, email: co.user.email.toUpperCase() })).addCoMentor;
      expect(added.mentors).toEqual([{ userId: lead.user.id, isLead: true }, { userId: co.user.id, isLead: false }]);
      const s = cohort.sessions[0];
      const moved = (
        await co.client.ok(RESCHEDULE, { input: { sessionId: s.id, expectedVersion: s.version, localDate: local(s.startsAt).toISODate(), localTime: '18:00', durationMinutes: 120 } })
      ).rescheduleSession;
      expect(local(moved.startsAt).toFormat('HH:mm')).toBe('18:00');
      expect(moved.sequence).toBe(1);

      // The lead stays; the co-mentor can be removed, and then manages nothing.
      expect(await co.client.code(REMOVE_CO, { id: cohort.id, userId: lead.user.id })).toBe('CONFLICT');
      expect((await lead.client.ok(REMOVE_CO, { id: cohort.id, userId: co.user.id })).removeCoMentor.mentors).toEqual([{ userId: lead.user.id, isLead: true }]);
      expect(
        await co.client.code(RESCHEDULE, { input: { sessionId: s.id, expectedVersion: moved.version, localDate: local(s.startsAt).toISODate(), localTime: '17:00', durationMinutes: 120 } }),
      ).toBe('NOT_FOUND'); // the cohort is still a draft: invisible to a mentor who no longer runs it
      expect(await student.client.code(ADD_CO, { id: cohort.id, email: co.user.email })).toBe('FORBIDDEN');
    });
  });

  describe('catalog', () => {
    it('lists only OPEN cohorts and filters by region, modality, start month (in the cohort zone) and search, with seats and pages', async () => {
      const tag = uid('tag');
      const vt = await t.factories.chapter({ region: 'VT', timeZone: 'America/New_York' });
      const co = await t.factories.chapter({ region: 'CO' });
      // January, Vermont, CT only, capacity 3.
      const a = await openCohort(
        {
          title: `Burlington ${tag}`,
          modalityCodes: ['CT'],
          capacity: 3,
          timeZone: 'America/New_York',
          pattern: { startDate: '2027-01-11', localTime: '18:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
        },
        vt,
      );
      // First session 2027-03-31 19:00 in Denver, which is already April 1st in UTC.
      const b = await openCohort(
        { title: `Denver ${tag}`, modalityCodes: ['MRI'], pattern: { startDate: '2027-03-31', localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 3 } },
        co,
      );
      const mentor = await t.factories.asMentor(co);
      await create(mentor.client, co.id, { title: `Draft ${tag}` });
      const cancelled = await create(mentor.client, co.id, { title: `Cancelled ${tag}`, pattern: { ...cohortInput('x').pattern, localTime: '08:00' } });
      await mentor.client.ok(SET_STATUS, { id: cancelled.id, status: 'CANCELLED' });
      await enrollStudents(a.cohort.id, 4);

      const titles = async (filter: Record<string, unknown>) =>
        ((await t.anon().ok(CATALOG, { filter: { search: tag, ...filter } })).catalog.nodes as Node[]).map((n) => n.title);
      expect(await titles({})).toEqual([a.cohort.title, b.cohort.title]);
      expect(await titles({ region: 'vt' })).toEqual([a.cohort.title]);
      expect(await titles({ region: 'CO' })).toEqual([b.cohort.title]);
      expect(await titles({ modalityCode: 'mri' })).toEqual([b.cohort.title]);
      expect(await titles({ modalityCode: 'CT' })).toEqual([a.cohort.title]);
      expect(await titles({ startMonth: '2027-01' })).toEqual([a.cohort.title]);
      expect(await titles({ startMonth: '2027-03' })).toEqual([b.cohort.title]);
      expect(await titles({ startMonth: '2027-04' })).toEqual([]);
      expect(await titles({ search: `burlington ${tag}` })).toEqual([a.cohort.title]);
      expect(await titles({ search: `%${tag}` })).toEqual([]);

      for (const startMonth of ['2027-3', '2027-13', 'March']) {
        expect(fieldsOf(await t.anon().gql(CATALOG, { filter: { startMonth } })).startMonth).toEqual([expect.any(String)]);
      }

      const p1 = (await t.anon().ok(CATALOG, { filter: { search: tag }, first: 1 })).catalog;
      expect(p1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(p1.nodes[0]).toEqual({ id: a.cohort.id, title: a.cohort.title, status: 'OPEN', seats: { capacity: 3, enrolled: 3, left: 0, waitlisted: 1 } });
      const p2 = (await t.anon().ok(CATALOG, { filter: { search: tag }, first: 1, after: p1.pageInfo.endCursor })).catalog;
      expect(p2).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
      expect(p2.nodes.map((n: Node) => n.id)).toEqual([b.cohort.id]);
    });

    it('costs the same number of SQL statements for 8 cohorts as for 2, nested fields included', async () => {
      const tag = uid('nplus');
      const chapter = await t.factories.chapter();
      const student = await t.factories.asStudent();
      const query = `query C($filter: CatalogFilterInput) {
        catalog(filter: $filter, first: 50) {
          totalCount
          nodes {
            id title chapter { name } modalities { code } mentors { displayName } seats { left }
            nextSession { startsAt startsAtViewer } viewerEnrollment { status }
          }
        }
      }`;
      const add = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const { cohort } = await openCohort({ title: `${tag} ${i}` }, chapter);
          await student.client.ok(ENROLL, { id: cohort.id });
        }
      };
      await add(2);
      const small = await student.client.countQueries(query, { filter: { search: tag } });
      await add(6);
      const res = await student.client.ok(query, { filter: { search: tag } });
      expect(res.catalog.nodes).toHaveLength(8);
      expect(res.catalog.nodes.every((n: Node) => n.viewerEnrollment?.status === 'ENROLLED' && n.nextSession && n.mentors.length === 1)).toBe(true);
      const large = await student.client.countQueries(query, { filter: { search: tag } });
      expect(large).toBe(small);
    });
  });

  describe('chapterCohorts', () => {
    it('shows every cohort of the chapter to its admins and platform admins, and is FORBIDDEN to others', async () => {
      const admin = await t.factories.asChapterAdmin();
      const m = await t.factories.asMentor(admin.chapter);
      const draft = await create(m.client, admin.chapter.id);
      const { cohort: open } = await openCohort({}, admin.chapter);
      const expected = [
        { id: open.id, status: 'OPEN' },
        { id: draft.id, status: 'DRAFT' },
      ];
      expect((await admin.client.ok(CHAPTER_COHORTS, { chapterId: admin.chapter.id })).chapterCohorts).toEqual({ totalCount: 2, nodes: expected });
      const platform = await t.factories.asPlatformAdmin();
      expect((await platform.client.ok(CHAPTER_COHORTS, { chapterId: admin.chapter.id })).chapterCohorts.nodes).toEqual(expected);

      const otherAdmin = await t.factories.asChapterAdmin();
      const student = await t.factories.asStudent();
      expect(await otherAdmin.client.code(CHAPTER_COHORTS, { chapterId: admin.chapter.id })).toBe('FORBIDDEN');
      expect(await m.client.code(CHAPTER_COHORTS, { chapterId: admin.chapter.id })).toBe('FORBIDDEN');
      expect(await student.client.code(CHAPTER_COHORTS, { chapterId: admin.chapter.id })).toBe('FORBIDDEN');
      expect(await t.anon().code(CHAPTER_COHORTS, { chapterId: admin.chapter.id })).toBe('UNAUTHENTICATED');
    });
  });
});
