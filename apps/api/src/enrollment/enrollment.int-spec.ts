import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type GqlResponse, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import type { ChapterEntity } from '../chapters/chapter.entity';
import type { UserEntity } from '../accounts/user.entity';

const ZONE = 'America/Denver';
const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id title version sessions { id startsAt endsAt } } }`;
const SET_STATUS = `mutation S($id: ID!, $status: CohortStatus!) { setCohortStatus(id: $id, status: $status) { id status version } }`;
const UPDATE = `mutation U($input: UpdateCohortInput!) { updateCohort(input: $input) { id version enrollmentClosed enrollmentClosesAt } }`;
const ENROLLMENT = `id cohortId status source waitlistPosition`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { ${ENROLLMENT} } }`;
const JOIN = `mutation J($code: String!) { joinCohortByCode(code: $code) { ${ENROLLMENT} } }`;
const LEAVE = `mutation L($id: ID!) { leaveCohort(cohortId: $id) { ${ENROLLMENT} } }`;
const APPROVE = `mutation A($id: ID!) { approveEnrollment(id: $id) { ${ENROLLMENT} } }`;
const DECLINE = `mutation D($id: ID!) { declineEnrollment(id: $id) { ${ENROLLMENT} } }`;
const REMOVE = `mutation R($id: ID!) { removeEnrollment(id: $id) { ${ENROLLMENT} } }`;
const MOVE = `mutation M($id: ID!, $to: ID!) { moveEnrollment(id: $id, targetCohortId: $to) { ${ENROLLMENT} } }`;
const ROSTER = `query R($id: ID!, $first: Int, $after: String, $statuses: [EnrollmentStatus!]) {
  cohortRoster(cohortId: $id, first: $first, after: $after, statuses: $statuses) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { enrollmentId userId email displayName status source waitlistPosition }
  }
}`;
const VIEW = `query V($id: ID!) { cohort(id: $id) { inviteCode seats { enrolled left waitlisted pending } viewerEnrollment { ${ENROLLMENT} } } }`;
const MY_COHORTS = `{ myCohorts { id status viewerEnrollment { status } } }`;
const MY_SCHEDULE = `query S($from: DateTime!, $to: DateTime!) { mySchedule(from: $from, to: $to) { id cohortId number startsAt } }`;
const NEXT = `{ nextSession { id cohortId number startsAt startsAtViewer startsAtCohort } }`;

type Node = Record<string, any>;
interface Person {
  user: UserEntity;
  client: GqlClient;
}

function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  return {
    chapterId,
    title: `Enrollment ${uid()}`,
    description: 'Five two-hour sessions.',
    modalityCodes: ['MRI'],
    capacity: 12,
    timeZone: ZONE,
    meetingUrl: 'https://zoom.us/j/987654321',
    pattern: { startDate: DateTime.utc().setZone(ZONE).plus({ days: 7 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
    ...over,
  };
}

function updateInput(id: string, expectedVersion: number, over: Record<string, unknown> = {}) {
  const { chapterId: _c, pattern: _p, title: _t, ...fields } = cohortInput('unused');
  return { id, expectedVersion, title: 'Updated cohort', ...fields, ...over };
}

function fieldsOf(res: GqlResponse): Record<string, string[]> {
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions!.fields ?? {};
}

describe('enrollment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function cohortOf(mentor: Person & { chapter: ChapterEntity }, over: Record<string, unknown> = {}, opts: { draft?: boolean } = {}): Promise<Node> {
    const cohort = (await mentor.client.ok(CREATE, { input: cohortInput(mentor.chapter.id, over) })).createCohort;
    if (!opts.draft) cohort.version = (await mentor.client.ok(SET_STATUS, { id: cohort.id, status: 'OPEN' })).setCohortStatus.version;
    return cohort;
  }

  /** A fresh mentor and their published cohort. */
  async function openCohort(over: Record<string, unknown> = {}, opts: { draft?: boolean } = {}) {
    const mentor = await t.factories.asMentor();
    return { mentor, cohort: await cohortOf(mentor, over, opts) };
  }

  async function students(n: number): Promise<Person[]> {
    const out: Person[] = [];
    for (let i = 0; i < n; i++) out.push(await t.factories.asStudent());
    return out;
  }

  async function rows(cohortId: string): Promise<{ user_id: string; status: string }[]> {
    return t.db.query(`SELECT user_id, status FROM enrollment WHERE cohort_id = $1 ORDER BY created_at, id`, [cohortId]);
  }

  const roster = async (mentor: GqlClient, cohortId: string, statuses?: string[]): Promise<Node[]> =>
    (await mentor.ok(ROSTER, { id: cohortId, first: 100, statuses })).cohortRoster.nodes;

  async function mails(kind: string, to: string[]): Promise<string[]> {
    const r: { to_address: string }[] = await t.db.query(`SELECT to_address FROM email_outbox WHERE kind = $1 AND to_address = ANY($2) ORDER BY to_address`, [kind, to]);
    return r.map((x) => x.to_address);
  }

  const statusOf = async (cohortId: string, userId: string) =>
    (await t.db.query(`SELECT status FROM enrollment WHERE cohort_id = $1 AND user_id = $2`, [cohortId, userId]))[0]?.status;

  describe('enroll', () => {
    it('enrolls in an OPEN cohort; a draft is NOT_FOUND; anonymous callers must sign in', async () => {
      const { cohort } = await openCohort();
      const { cohort: draft } = await openCohort({}, { draft: true });
      const [s] = await students(1);
      const e = (await s.client.ok(ENROLL, { id: cohort.id })).enroll;
      expect(e).toMatchObject({ cohortId: cohort.id, status: 'ENROLLED', source: 'SELF', waitlistPosition: null });
      expect(await s.client.code(ENROLL, { id: draft.id })).toBe('NOT_FOUND');
      expect(await s.client.code(ENROLL, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
      expect(await t.anon().code(ENROLL, { id: cohort.id })).toBe('UNAUTHENTICATED');
      expect(await rows(draft.id)).toEqual([]);
      expect(await rows(cohort.id)).toEqual([{ user_id: s.user.id, status: 'ENROLLED' }]);
    });

    it('returns the same enrollment for a double click, also when both clicks arrive at once, and never makes a second row', async () => {
      const { cohort } = await openCohort();
      const [s] = await students(1);
      const [a, b] = await Promise.all([s.client.ok(ENROLL, { id: cohort.id }), s.client.ok(ENROLL, { id: cohort.id })]);
      expect(a.enroll.id).toBe(b.enroll.id);
      const c = (await s.client.ok(ENROLL, { id: cohort.id })).enroll;
      expect(c.id).toBe(a.enroll.id);
      expect(await rows(cohort.id)).toHaveLength(1);
    });

    it('refuses a mentor enrolling in their own cohort', async () => {
      const { mentor, cohort } = await openCohort();
      expect(fieldsOf(await mentor.client.gql(ENROLL, { id: cohort.id })).cohortId).toBeDefined();
      expect(fieldsOf(await mentor.client.gql(JOIN, { code: (await mentor.client.ok(VIEW, { id: cohort.id })).cohort.inviteCode })).cohortId).toBeDefined();
      expect(await rows(cohort.id)).toEqual([]);
    });

    it('answers CONFLICT when enrollment is closed or past its closing time, while the invite code still works', async () => {
      const { mentor, cohort } = await openCohort();
      const [a, b, c] = await students(3);
      const code = (await mentor.client.ok(VIEW, { id: cohort.id })).cohort.inviteCode as string;
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      // Students never see the code.
      expect((await a.client.ok(VIEW, { id: cohort.id })).cohort.inviteCode).toBeNull();

      let { version } = (await mentor.client.ok(UPDATE, { input: updateInput(cohort.id, cohort.version, { enrollmentClosed: true }) })).updateCohort;
      expect(await a.client.code(ENROLL, { id: cohort.id })).toBe('CONFLICT');
      expect((await a.client.ok(JOIN, { code: code.toLowerCase() })).joinCohortByCode).toMatchObject({ status: 'ENROLLED', source: 'INVITE' });

      version = (
        await mentor.client.ok(UPDATE, {
          input: updateInput(cohort.id, version, { enrollmentClosed: false, enrollmentClosesAt: DateTime.utc().minus({ hours: 1 }).toISO() }),
        })
      ).updateCohort.version;
      expect(await b.client.code(ENROLL, { id: cohort.id })).toBe('CONFLICT');
      expect((await b.client.ok(JOIN, { code })).joinCohortByCode.status).toBe('ENROLLED');

      // Not open yet.
      await mentor.client.ok(UPDATE, { input: updateInput(cohort.id, version, { enrollmentOpensAt: DateTime.utc().plus({ days: 1 }).toISO() }) });
      expect(await c.client.code(ENROLL, { id: cohort.id })).toBe('CONFLICT');
      expect((await rows(cohort.id)).map((r) => r.user_id).sort()).toEqual([a.user.id, b.user.id].sort());
    });

    it('answers an unknown, malformed or draft invite code with a `code` field error', async () => {
      const { mentor, cohort: draft } = await openCohort({}, { draft: true });
      const draftCode = (await mentor.client.ok(VIEW, { id: draft.id })).cohort.inviteCode as string;
      const [s] = await students(1);
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM enrollment`))[0].n;
      for (const code of ['ZZZZZZZZ', 'x', 'not a code!', draftCode]) {
        expect(fieldsOf(await s.client.gql(JOIN, { code })).code).toEqual([expect.any(String)]);
      }
      expect((await t.db.query(`SELECT count(*)::int AS n FROM enrollment`))[0].n).toBe(before);
    });
  });

  describe('approval', () => {
    it('puts requests in PENDING; approving enrolls (or waitlists when full), declining refuses, with an email each', async () => {
      const { mentor, cohort } = await openCohort({ capacity: 1, requiresApproval: true });
      const [a, b, c] = await students(3);
      const ea = (await a.client.ok(ENROLL, { id: cohort.id })).enroll;
      const eb = (await b.client.ok(ENROLL, { id: cohort.id })).enroll;
      const ec = (await c.client.ok(ENROLL, { id: cohort.id })).enroll;
      expect([ea.status, eb.status, ec.status]).toEqual(['PENDING', 'PENDING', 'PENDING']);
      expect((await a.client.ok(VIEW, { id: cohort.id })).cohort.seats).toEqual({ enrolled: 0, left: 1, waitlisted: 0, pending: 3 });
      expect(await a.client.code(APPROVE, { id: eb.id })).toBe('FORBIDDEN');

      expect((await mentor.client.ok(APPROVE, { id: ea.id })).approveEnrollment.status).toBe('ENROLLED');
      expect((await mentor.client.ok(APPROVE, { id: eb.id })).approveEnrollment.status).toBe('WAITLISTED');
      expect((await mentor.client.ok(DECLINE, { id: ec.id })).declineEnrollment.status).toBe('DECLINED');
      expect(await mentor.client.code(APPROVE, { id: ea.id })).toBe('CONFLICT');
      expect(await mentor.client.code(APPROVE, { id: ec.id })).toBe('CONFLICT');
      expect(await mails('enrollment-approved', [a.user.email, b.user.email, c.user.email])).toEqual([a.user.email]);
      expect(await mails('enrollment-approved-waitlisted', [a.user.email, b.user.email, c.user.email])).toEqual([b.user.email]);
      expect(await mails('enrollment-declined', [a.user.email, b.user.email, c.user.email])).toEqual([c.user.email]);

      // A declined student cannot ask again on their own.
      expect(await c.client.code(ENROLL, { id: cohort.id })).toBe('FORBIDDEN');
      expect(await statusOf(cohort.id, c.user.id)).toBe('DECLINED');
      expect((await b.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    });
  });

  describe('leaving and the waitlist', () => {
    it('frees the seat on leaving and promotes the first waitlisted student exactly once, even for a double click', async () => {
      const { mentor, cohort } = await openCohort({ capacity: 2 });
      const people = await students(4);
      for (const p of people) await p.client.ok(ENROLL, { id: cohort.id });
      const [a, b, c, d] = people;
      const emails = people.map((p) => p.user.email);

      const results = await Promise.all([a.client.gql(LEAVE, { id: cohort.id }), a.client.gql(LEAVE, { id: cohort.id })]);
      expect(results.filter((r) => r.data?.leaveCohort?.status === 'LEFT')).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'NOT_FOUND')).toHaveLength(1);

      expect(await statusOf(cohort.id, c.user.id)).toBe('ENROLLED');
      expect(await statusOf(cohort.id, d.user.id)).toBe('WAITLISTED');
      expect(await mails('enrollment-promoted', emails)).toEqual([c.user.email]);
      expect((await d.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment.waitlistPosition).toBe(1);

      // A waitlisted student leaving frees no seat: nobody moves, nobody is mailed.
      await d.client.ok(LEAVE, { id: cohort.id });
      expect((await a.client.ok(VIEW, { id: cohort.id })).cohort.seats).toEqual({ enrolled: 2, left: 0, waitlisted: 0, pending: 0 });
      expect(await mails('enrollment-promoted', emails)).toEqual([c.user.email]);
      // Someone who left may come back by themselves (to the end of the line).
      expect((await a.client.ok(ENROLL, { id: cohort.id })).enroll.status).toBe('WAITLISTED');
      const list = await roster(mentor.client, cohort.id);
      expect(list.slice(0, 2).map((r) => [r.userId, r.status]).sort()).toEqual([[b.user.id, 'ENROLLED'], [c.user.id, 'ENROLLED']].sort());
      expect(list.slice(2).map((r) => [r.userId, r.status, r.waitlistPosition])).toEqual([[a.user.id, 'WAITLISTED', 1]]);
    });

    it('lets a mentor remove a student, who then cannot re-enroll by themselves but can with the invite code', async () => {
      const { mentor, cohort } = await openCohort({ capacity: 1 });
      const [a, b] = await students(2);
      const ea = (await a.client.ok(ENROLL, { id: cohort.id })).enroll;
      await b.client.ok(ENROLL, { id: cohort.id });
      const other = await t.factories.asMentor();
      expect(await a.client.code(REMOVE, { id: ea.id })).toBe('FORBIDDEN');
      expect(await b.client.code(REMOVE, { id: ea.id })).toBe('FORBIDDEN');
      expect(await other.client.code(REMOVE, { id: ea.id })).toBe('FORBIDDEN');
      expect(await statusOf(cohort.id, a.user.id)).toBe('ENROLLED');

      expect((await mentor.client.ok(REMOVE, { id: ea.id })).removeEnrollment.status).toBe('REMOVED');
      expect(await mails('enrollment-removed', [a.user.email])).toEqual([a.user.email]);
      expect(await statusOf(cohort.id, b.user.id)).toBe('ENROLLED');
      expect(await mails('enrollment-promoted', [a.user.email, b.user.email])).toEqual([b.user.email]);

      expect(await a.client.code(ENROLL, { id: cohort.id })).toBe('FORBIDDEN');
      expect(await statusOf(cohort.id, a.user.id)).toBe('REMOVED');
      const code = (await mentor.client.ok(VIEW, { id: cohort.id })).cohort.inviteCode;
      const back = (await a.client.ok(JOIN, { code })).joinCohortByCode;
      expect(back).toMatchObject({ id: ea.id, status: 'WAITLISTED', source: 'INVITE' });
      expect(await rows(cohort.id)).toHaveLength(2);
    });

    it('moves a student to another cohort the mentor runs: the seat frees up (and is refilled) in the source', async () => {
      const mentor = await t.factories.asMentor();
      const source = await cohortOf(mentor, { capacity: 1 });
      const target = await cohortOf(mentor, { pattern: { ...cohortInput('x').pattern, localTime: '08:00' } });
      const stranger = await openCohort();
      const [a, b] = await students(2);
      const ea = (await a.client.ok(ENROLL, { id: source.id })).enroll;
      await b.client.ok(ENROLL, { id: source.id });

      expect(await mentor.client.code(MOVE, { id: ea.id, to: stranger.cohort.id })).toBe('FORBIDDEN');
      expect(await a.client.code(MOVE, { id: ea.id, to: target.id })).toBe('FORBIDDEN');
      expect(fieldsOf(await mentor.client.gql(MOVE, { id: ea.id, to: source.id })).targetCohortId).toBeDefined();
      expect(await statusOf(source.id, a.user.id)).toBe('ENROLLED');

      const moved = (await mentor.client.ok(MOVE, { id: ea.id, to: target.id })).moveEnrollment;
      expect(moved).toMatchObject({ cohortId: target.id, status: 'ENROLLED', source: 'MOVE' });
      expect(moved.id).not.toBe(ea.id);
      expect(await statusOf(source.id, a.user.id)).toBe('MOVED');
      expect(await statusOf(source.id, b.user.id)).toBe('ENROLLED');
      expect(await mails('enrollment-moved', [a.user.email])).toEqual([a.user.email]);
      expect(await mails('enrollment-promoted', [a.user.email, b.user.email])).toEqual([b.user.email]);
      expect((await a.client.ok(VIEW, { id: target.id })).cohort.viewerEnrollment.status).toBe('ENROLLED');
    });
  });

  describe('concurrency', () => {
    it('seats exactly 5 of 20 simultaneous students, waitlists 15 in order, and promotes the first 3 when 3 leave', async () => {
      const { mentor, cohort } = await openCohort({ capacity: 5 });
      const people = await students(20);
      const results = await Promise.all(people.map((p) => p.client.gql(ENROLL, { id: cohort.id })));
      for (const r of results) expect(r.errors).toBeUndefined();
      const statuses = results.map((r) => r.data!.enroll.status as string);
      expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(5);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(15);
      expect(await rows(cohort.id)).toHaveLength(20);

      let list = await roster(mentor.client, cohort.id);
      expect(list.map((r) => r.status)).toEqual([...Array(5).fill('ENROLLED'), ...Array(15).fill('WAITLISTED')]);
      expect(list.map((r) => r.waitlistPosition)).toEqual([...Array(5).fill(null), ...Array.from({ length: 15 }, (_, i) => i + 1)]);
      const queue = list.filter((r) => r.status === 'WAITLISTED').map((r) => r.userId as string);
      // Each student sees the same position for themselves.
      for (const [i, userId] of queue.entries()) {
        const p = people.find((x) => x.user.id === userId)!;
        expect((await p.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: i + 1 });
      }
      expect((await people[0].client.ok(VIEW, { id: cohort.id })).cohort.seats).toEqual({ enrolled: 5, left: 0, waitlisted: 15, pending: 0 });

      const leavers = list.slice(0, 3).map((r) => people.find((p) => p.user.id === r.userId)!);
      const left = await Promise.all(leavers.map((p) => p.client.gql(LEAVE, { id: cohort.id })));
      for (const r of left) expect(r.data?.leaveCohort.status).toBe('LEFT');

      list = await roster(mentor.client, cohort.id);
      const enrolled = list.filter((r) => r.status === 'ENROLLED').map((r) => r.userId);
      expect(enrolled).toHaveLength(5);
      expect(enrolled).toEqual(expect.arrayContaining(queue.slice(0, 3)));
      const waiting = list.filter((r) => r.status === 'WAITLISTED');
      expect(waiting.map((r) => r.userId)).toEqual(queue.slice(3));
      expect(waiting.map((r) => r.waitlistPosition)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const promoted = await mails('enrollment-promoted', people.map((p) => p.user.email));
      expect(promoted).toEqual(queue.slice(0, 3).map((id) => people.find((p) => p.user.id === id)!.user.email).sort());
    });

    it('tells a waitlisted student their position in the enroll result', async () => {
      const { cohort } = await openCohort({ capacity: 1 });
      const [a, b, c] = await students(3);
      await a.client.ok(ENROLL, { id: cohort.id });
      expect((await b.client.ok(ENROLL, { id: cohort.id })).enroll).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      expect((await c.client.ok(ENROLL, { id: cohort.id })).enroll).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    });
  });

  describe('roster and privacy', () => {
    it('lists enrolled, pending, then waitlisted in order, pages, and is for the cohort’s managers only', async () => {
      const { mentor, cohort } = await openCohort({ capacity: 2 });
      const people = await students(4);
      for (const p of people) await p.client.ok(ENROLL, { id: cohort.id });
      const list = await roster(mentor.client, cohort.id);
      expect(list.slice(2).map((r) => [r.userId, r.status, r.waitlistPosition])).toEqual([
        [people[2].user.id, 'WAITLISTED', 1],
        [people[3].user.id, 'WAITLISTED', 2],
      ]);
      expect(list[0]).toMatchObject({ status: 'ENROLLED', waitlistPosition: null, source: 'SELF', email: expect.stringContaining('@') });

      const p1 = (await mentor.client.ok(ROSTER, { id: cohort.id, first: 3 })).cohortRoster;
      expect(p1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      const p2 = (await mentor.client.ok(ROSTER, { id: cohort.id, first: 3, after: p1.pageInfo.endCursor })).cohortRoster;
      expect(p2.nodes.map((n: Node) => [n.userId, n.waitlistPosition])).toEqual([[people[3].user.id, 2]]);
      expect((await roster(mentor.client, cohort.id, ['WAITLISTED'])).map((r) => r.userId)).toEqual([people[2].user.id, people[3].user.id]);

      const admin = await t.factories.asChapterAdmin(mentor.chapter);
      expect(await roster(admin.client, cohort.id)).toHaveLength(4);
      const other = await t.factories.asMentor();
      expect(await people[0].client.code(ROSTER, { id: cohort.id })).toBe('FORBIDDEN');
      expect(await other.client.code(ROSTER, { id: cohort.id })).toBe('FORBIDDEN');
      expect(await t.anon().code(ROSTER, { id: cohort.id })).toBe('UNAUTHENTICATED');
    });

    it('shows a student only their own enrollment', async () => {
      const { cohort } = await openCohort();
      const [a, b] = await students(2);
      const ea = (await a.client.ok(ENROLL, { id: cohort.id })).enroll;
      expect((await a.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment).toMatchObject({ id: ea.id, status: 'ENROLLED' });
      expect((await b.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment).toBeNull();
      expect((await t.anon().ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment).toBeNull();
      const eb = (await b.client.ok(ENROLL, { id: cohort.id })).enroll;
      expect((await b.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment.id).toBe(eb.id);
      expect((await a.client.ok(VIEW, { id: cohort.id })).cohort.viewerEnrollment.id).toBe(ea.id);
    });
  });

  describe('my cohorts and schedule', () => {
    async function setup() {
      const { mentor, cohort: mine } = await openCohort();
      // A second cohort of the same mentor, a week later, with a student of its own.
      const later = await cohortOf(mentor, {
        pattern: { ...cohortInput('x').pattern, startDate: DateTime.utc().setZone(ZONE).plus({ days: 14 }).toISODate(), localTime: '08:00', count: 2 },
      });
      const draft = await cohortOf(mentor, { pattern: { ...cohortInput('x').pattern, localTime: '12:00', count: 1 } }, { draft: true });
      const { cohort: notMine } = await openCohort();
      const { cohort: full } = await openCohort({ capacity: 1 });
      const [student, other, filler] = await students(3);
      await student.client.ok(ENROLL, { id: mine.id });
      await other.client.ok(ENROLL, { id: later.id });
      await filler.client.ok(ENROLL, { id: full.id });
      await student.client.ok(ENROLL, { id: full.id }); // waitlisted
      return { mentor, mine, later, draft, notMine, full, student, other };
    }

    it('myCohorts lists what the viewer mentors or is in (waitlisted too), and nothing else', async () => {
      const { mentor, mine, later, draft, full, student } = await setup();
      const ids = (r: Node) => (r.myCohorts as Node[]).map((c) => c.id).sort();
      expect(ids(await student.client.ok(MY_COHORTS))).toEqual([mine.id, full.id].sort());
      const viewed = (await student.client.ok(MY_COHORTS)).myCohorts as Node[];
      expect(viewed.find((c) => c.id === full.id)!.viewerEnrollment.status).toBe('WAITLISTED');
      expect(ids(await mentor.client.ok(MY_COHORTS))).toEqual([mine.id, later.id, draft.id].sort());
      expect(await t.anon().code(MY_COHORTS)).toBe('UNAUTHENTICATED');
    });

    it('mySchedule lists only the viewer’s own sessions (drafts only for their mentors) and refuses an empty range', async () => {
      const { mentor, mine, later, draft, student } = await setup();
      const from = DateTime.utc().toISO();
      const to = DateTime.utc().plus({ days: 60 }).toISO();
      const sessionIds = (r: Node) => (r.mySchedule as Node[]).map((s) => s.id).sort();
      expect(sessionIds(await student.client.ok(MY_SCHEDULE, { from, to }))).toEqual(mine.sessions.map((s: Node) => s.id).sort());
      expect(sessionIds(await mentor.client.ok(MY_SCHEDULE, { from, to }))).toEqual(
        [...mine.sessions, ...later.sessions, ...draft.sessions].map((s: Node) => s.id).sort(),
      );
      const res = await student.client.gql(MY_SCHEDULE, { from: to, to: from });
      expect(fieldsOf(res).to).toEqual([expect.any(String)]);
      expect(fieldsOf(await student.client.gql(MY_SCHEDULE, { from, to: from })).to).toBeDefined();
      expect(await t.anon().code(MY_SCHEDULE, { from, to })).toBe('UNAUTHENTICATED');
    });

    it('mySchedule honours the from/to range', async () => {
      const { mentor, mine, student } = await setup();
      const first = DateTime.fromISO(mine.sessions[0].startsAt);
      const from = first.minus({ hours: 1 }).toISO();
      const to = first.plus({ hours: 1 }).toISO();
      expect((await student.client.ok(MY_SCHEDULE, { from, to })).mySchedule.map((s: Node) => s.id)).toEqual([mine.sessions[0].id]);
      expect((await mentor.client.ok(MY_SCHEDULE, { from, to })).mySchedule.map((s: Node) => s.id)).toEqual([mine.sessions[0].id]);
    });

    it('nextSession is the viewer’s next scheduled session, in their zone beside the cohort’s', async () => {
      const { mine, later, student, other, mentor } = await setup();
      await t.db.query(`UPDATE app_user SET time_zone = 'America/New_York' WHERE id = $1`, [student.user.id]);
      const next = (await student.client.ok(NEXT)).nextSession;
      expect(next).toMatchObject({ id: mine.sessions[0].id, cohortId: mine.id });
      expect(next.startsAtViewer).toMatch(/9:00 PM E[SD]T$/);
      expect(next.startsAtCohort).toMatch(/^7:00 PM M[SD]T cohort time$/);
      expect((await other.client.ok(NEXT)).nextSession.id).toBe(later.sessions[0].id);
      expect((await mentor.client.ok(NEXT)).nextSession.id).toBe(mine.sessions[0].id);

      // Once it is cancelled, the one after it is next.
      await mentor.client.ok(`mutation C($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: mine.sessions[0].id });
      expect((await student.client.ok(NEXT)).nextSession.id).toBe(mine.sessions[1].id);
      const [nobody] = await students(1);
      expect((await nobody.client.ok(NEXT)).nextSession).toBeNull();
    });
  });
});
