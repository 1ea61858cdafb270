import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import type { UserEntity } from '../accounts/user.entity';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { HomeworkRemindersService } from './homework-reminders.service';

type Node = Record<string, any>;

const CREATE_COHORT = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id startsAt version } } }`;
const OPEN = `mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`;
const ENROLL = `mutation($id: ID!) { enroll(cohortId: $id) { status } }`;
const FIELDS = `id cohortId sessionId position title instructionsMarkdown instructionsHtml kind points dueMode dueAt dueSessionId dueOffsetMinutes dueDescription
  latePolicy rubric { id title description points } published version viewerDueAt session { id }`;
const CREATE = `mutation($input: AssignmentInput!) { createAssignment(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $published: Boolean!, $v: Int!) { setAssignmentPublished(id: $id, published: $published, expectedVersion: $v) { id published version } }`;
const DELETE = `mutation($id: ID!) { deleteAssignment(id: $id) }`;
const MOVE = `mutation($id: ID!, $position: Int!) { moveAssignment(id: $id, position: $position) { id position } }`;
const GRANT = `mutation($a: ID!, $s: ID!, $due: DateTime!) { grantExtension(assignmentId: $a, studentId: $s, dueAt: $due) { assignmentId studentId dueAt } }`;
const REVOKE = `mutation($a: ID!, $s: ID!) { revokeExtension(assignmentId: $a, studentId: $s) }`;
const ONE = `query($id: ID!) { assignment(id: $id) { ${FIELDS} } }`;
const COHORT_LISTS = `query($id: ID!) { cohort(id: $id) { assignments { id title } sessions { id assignments { id title } } } }`;
const HOMEWORK = `query($done: Boolean, $first: Int, $after: String) { myHomework(includeDone: $done, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { dueAt status late score cohortTitle assignment { id title viewerDueAt } } } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt version } }`;
const SHIFT = `mutation($input: ShiftSessionsInput!) { shiftSessions(input: $input) { id startsAt } }`;
const CANCEL = `mutation($id: ID!) { cancelSession(sessionId: $id) { id status } }`;

interface Cohort {
  id: string;
  chapterId: string;
  sessions: { id: string; startsAt: string; version: number }[];
}

const iso = (d: Date | string) => new Date(d).toISOString();
const plusHours = (h: number) => DateTime.utc().plus({ hours: h }).toISO()!;

function written(sessionId: string, over: Record<string, unknown> = {}) {
  return {
    sessionId,
    title: `Homework ${uid()}`,
    instructionsMarkdown: 'Read **chapter 3**.',
    kind: 'WRITTEN',
    points: 10,
    dueMode: 'ABSOLUTE',
    dueAt: plusHours(24 * 5),
    latePolicy: 'ACCEPT_LATE',
    ...over,
  };
}

describe('assignments', () => {
  let t: TestApp;
  let mentor: { user: UserEntity; chapter: ChapterEntity; client: GqlClient };
  let student: { user: UserEntity; client: GqlClient };
  let classmate: { user: UserEntity; client: GqlClient };
  let outsider: { user: UserEntity; client: GqlClient };
  let cohort: Cohort;

  /** A cohort (opened, unless `draft`) with `count` weekly sessions at 19:00, its first `days` days ahead. */
  async function makeCohort(
    lead: { chapter: ChapterEntity; client: GqlClient },
    opts: { zone?: string; days?: number; count?: number; draft?: boolean; templateId?: string; localTime?: string } = {},
  ): Promise<Cohort> {
    const zone = opts.zone ?? 'America/Denver';
    const c = (
      await lead.client.ok(CREATE_COHORT, {
        input: {
          chapterId: lead.chapter.id, title: `Homework cohort ${uid()}`, modalityCodes: ['CT'], capacity: 10, timeZone: zone,
          ...(opts.templateId ? { templateId: opts.templateId } : {}),
          pattern: {
            startDate: DateTime.utc().setZone(zone).plus({ days: opts.days ?? 7 }).toISODate(), localTime: opts.localTime ?? '19:00',
            durationMinutes: 90, cadence: 'WEEKLY', count: opts.count ?? 3,
          },
        },
      })
    ).createCohort;
    if (!opts.draft) await lead.client.ok(OPEN, { id: c.id });
    return { ...c, chapterId: lead.chapter.id };
  }

  async function create(client: GqlClient, input: Record<string, unknown>): Promise<Node> {
    return (await client.ok(CREATE, { input })).createAssignment;
  }

  async function submitDirectly(assignmentId: string, studentId: string, over: { status?: string; late?: boolean; score?: number | null } = {}) {
    await t.db.query(
      `INSERT INTO submission (assignment_id, student_id, status, draft_markdown, draft_saved_at, draft_revision, submitted_count, submitted_at, late, score, returned_at)
       VALUES ($1, $2, $3::text, 'My answer', now(), 1, 1, now(), $4, $5, CASE WHEN $3::text = 'RETURNED' THEN now() END)`,
      [assignmentId, studentId, over.status ?? 'SUBMITTED', over.late ?? false, over.score ?? null],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    mentor = await t.factories.asMentor();
    cohort = await makeCohort(mentor);
    student = await t.factories.asStudent();
    classmate = await t.factories.asStudent();
    outsider = await t.factories.asStudent();
    for (const s of [student, classmate]) await s.client.ok(ENROLL, { id: cohort.id });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates absolute and relative assignments, with sanitized instructions, in order within the session', async () => {
    const [s1, s2] = cohort.sessions;
    const abs = await create(mentor.client, written(s1.id, { instructionsMarkdown: 'Hi <script>alert(1)</script> [x](javascript:alert(1)) **bold**' }));
    expect(abs).toMatchObject({ cohortId: cohort.id, sessionId: s1.id, position: 0, dueMode: 'ABSOLUTE', dueSessionId: null, dueOffsetMinutes: null, dueDescription: null, published: false, version: 1 });
    expect(abs.instructionsHtml).toContain('<strong>bold</strong>');
    expect(abs.instructionsHtml).not.toMatch(/script|javascript/);
    expect(abs.session).toEqual({ id: s1.id });
    expect(abs.viewerDueAt).toBe(abs.dueAt);

    const rel = await create(mentor.client, written(s1.id, {
      dueMode: 'RELATIVE', dueAt: null, dueSessionId: s2.id, dueOffsetMinutes: -60, points: 20, latePolicy: 'CLOSE', publish: true,
      rubric: [{ id: 'a', title: 'Accuracy', points: 15 }, { id: 'b', title: 'Clarity', description: 'Plain words', points: 5 }],
    }));
    expect(rel).toMatchObject({ position: 1, dueMode: 'RELATIVE', dueSessionId: s2.id, dueOffsetMinutes: -60, dueDescription: '1 hour before session 2', published: true });
    expect(iso(rel.dueAt)).toBe(DateTime.fromISO(s2.startsAt).minus({ hours: 1 }).toUTC().toISO());
    expect(rel.rubric).toEqual([{ id: 'a', title: 'Accuracy', description: '', points: 15 }, { id: 'b', title: 'Clarity', description: 'Plain words', points: 5 }]);

    // A chapter admin of the cohort's chapter manages it too.
    const admin = await t.factories.asChapterAdmin(mentor.chapter);
    expect((await create(admin.client, written(s2.id))).position).toBe(0);
  });

  it('refuses bad input field by field', async () => {
    const [s1, s2] = cohort.sessions;
    const other = await makeCohort(await t.factories.asMentor());
    const cases: [Record<string, unknown>, string][] = [
      [{ rubric: [{ id: 'a', title: 'Accuracy', points: 4 }] }, 'rubric'],
      [{ points: null, rubric: [{ id: 'a', title: 'Accuracy', points: 4 }] }, 'rubric'],
      [{ dueMode: 'RELATIVE', dueAt: null, dueOffsetMinutes: 30 }, 'dueSessionId'],
      [{ dueMode: 'RELATIVE', dueAt: null, dueSessionId: s2.id }, 'dueOffsetMinutes'],
      [{ dueMode: 'RELATIVE', dueAt: null, dueSessionId: other.sessions[0].id, dueOffsetMinutes: 0 }, 'dueSessionId'],
      [{ dueMode: 'RELATIVE', dueAt: null, dueSessionId: s2.id, dueOffsetMinutes: 8 * 24 * 60 }, 'dueOffsetMinutes'],
      [{ dueAt: null }, 'dueAt'],
      [{ points: 0 }, 'points'],
      [{ points: 1001 }, 'points'],
      [{ title: 'x' }, 'title'],
    ];
    for (const [over, field] of cases) {
      const res = await mentor.client.gql(CREATE, { input: written(s1.id, over) });
      expect([field, res.errors?.[0].extensions?.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.fields).toHaveProperty([field]);
    }
    // The session it is set on must exist; a session of another cohort is not a valid move target either.
    expect(await mentor.client.code(CREATE, { input: written('00000000-0000-4000-8000-000000000000') })).toBe('NOT_FOUND');
    const a = await create(mentor.client, written(s1.id));
    const moved = await mentor.client.gql(UPDATE, { input: { ...written(other.sessions[0].id), id: a.id, expectedVersion: a.version } });
    expect(moved.errors?.[0].extensions?.fields).toHaveProperty(['sessionId']);
  });

  it('authorizes every mutation: only the cohort’s managers', async () => {
    const a = await create(mentor.client, written(cohort.sessions[0].id));
    const otherMentor = (await t.factories.asMentor(mentor.chapter)).client;
    const foreignAdmin = (await t.factories.asChapterAdmin()).client;
    const ops: [string, Record<string, unknown>][] = [
      [CREATE, { input: written(cohort.sessions[0].id) }],
      [UPDATE, { input: { ...written(cohort.sessions[0].id), id: a.id, expectedVersion: a.version } }],
      [PUBLISH, { id: a.id, published: true, v: a.version }],
      [DELETE, { id: a.id }],
      [MOVE, { id: a.id, position: 0 }],
      [GRANT, { a: a.id, s: student.user.id, due: plusHours(24 * 30) }],
      [REVOKE, { a: a.id, s: student.user.id }],
    ];
    for (const [op, vars] of ops) {
      const name = op.slice(op.indexOf('{') + 1).trim().split('(')[0];
      expect([name, await student.client.code(op, vars)]).toEqual([name, 'FORBIDDEN']);
      expect([name, await otherMentor.code(op, vars)]).toEqual([name, 'FORBIDDEN']);
      expect([name, await foreignAdmin.code(op, vars)]).toEqual([name, 'FORBIDDEN']);
      expect([name, await t.anon().code(op, vars)]).toEqual([name, 'UNAUTHENTICATED']);
    }
    // Nothing changed.
    expect((await mentor.client.ok(ONE, { id: a.id })).assignment).toMatchObject({ version: 1, published: false });

    // In a draft cohort, someone who is not its manager cannot even tell the assignment exists.
    const draft = await makeCohort(mentor, { draft: true, days: 40 });
    const hidden = await create(mentor.client, written(draft.sessions[0].id));
    expect(await otherMentor.code(PUBLISH, { id: hidden.id, published: true, v: 1 })).toBe('NOT_FOUND');
    expect(await otherMentor.code(CREATE, { input: written(draft.sessions[0].id) })).toBe('NOT_FOUND');
    expect(await student.client.code(ONE, { id: hidden.id })).toBe('NOT_FOUND');
  });

  it('refuses a stale edit or publish (CONFLICT)', async () => {
    const a = await create(mentor.client, written(cohort.sessions[0].id));
    const edited = (await mentor.client.ok(UPDATE, { input: { ...written(cohort.sessions[0].id), title: 'Edited title', id: a.id, expectedVersion: a.version } })).updateAssignment;
    expect(edited).toMatchObject({ title: 'Edited title', version: a.version + 1 });
    expect(await mentor.client.code(UPDATE, { input: { ...written(cohort.sessions[0].id), id: a.id, expectedVersion: a.version } })).toBe('CONFLICT');
    expect(await mentor.client.code(PUBLISH, { id: a.id, published: true, v: a.version })).toBe('CONFLICT');
    const published = (await mentor.client.ok(PUBLISH, { id: a.id, published: true, v: edited.version })).setAssignmentPublished;
    expect(published).toMatchObject({ published: true, version: edited.version + 1 });
  });

  it('shows students published assignments of cohorts they are enrolled in, and nothing else, through every query', async () => {
    const mentor2 = await t.factories.asMentor(mentor.chapter);
    const c = await makeCohort(mentor2, { days: 9 });
    const enrolled = await t.factories.asStudent();
    await enrolled.client.ok(ENROLL, { id: c.id });
    const draft = await create(mentor2.client, written(c.sessions[0].id, { title: 'Not yet' }));
    const live = await create(mentor2.client, written(c.sessions[0].id, { title: 'Published', publish: true }));

    expect(await enrolled.client.code(ONE, { id: draft.id })).toBe('NOT_FOUND');
    expect((await enrolled.client.ok(ONE, { id: live.id })).assignment.title).toBe('Published');
    const lists = (await enrolled.client.ok(COHORT_LISTS, { id: c.id })).cohort;
    expect(lists.assignments.map((a: Node) => a.title)).toEqual(['Published']);
    expect(lists.sessions[0].assignments.map((a: Node) => a.title)).toEqual(['Published']);
    const homework = (await enrolled.client.ok(HOMEWORK, {})).myHomework;
    expect(homework.nodes.map((n: Node) => n.assignment.title)).toEqual(['Published']);

    // Not enrolled (signed in or not): nothing.
    expect(await outsider.client.code(ONE, { id: live.id })).toBe('NOT_FOUND');
    const theirs = (await outsider.client.ok(COHORT_LISTS, { id: c.id })).cohort;
    expect(theirs.assignments).toEqual([]);
    expect(theirs.sessions.every((s: Node) => s.assignments.length === 0)).toBe(true);
    expect((await outsider.client.ok(HOMEWORK, {})).myHomework.totalCount).toBe(0);
    expect((await t.anon().ok(COHORT_LISTS, { id: c.id })).cohort.assignments).toEqual([]);
    expect(await t.anon().code(ONE, { id: live.id })).toBe('UNAUTHENTICATED');

    // Managers see both; unpublishing hides it again.
    expect((await mentor2.client.ok(COHORT_LISTS, { id: c.id })).cohort.sessions[0].assignments.map((a: Node) => a.title)).toEqual(['Not yet', 'Published']);
    await mentor2.client.ok(PUBLISH, { id: live.id, published: false, v: live.version });
    expect(await enrolled.client.code(ONE, { id: live.id })).toBe('NOT_FOUND');
    expect((await enrolled.client.ok(HOMEWORK, {})).myHomework.totalCount).toBe(0);
  });

  it('moves relative due times with their session (reschedule, shift), as elapsed time across a DST change', async () => {
    const lead = await t.factories.asMentor();
    const c = await makeCohort(lead, { days: 5, count: 3 });
    const rel = await create(lead.client, written(c.sessions[0].id, { dueMode: 'RELATIVE', dueAt: null, dueSessionId: c.sessions[1].id, dueOffsetMinutes: -24 * 60, publish: true }));
    const abs = await create(lead.client, written(c.sessions[0].id));
    // An extension that the moved due time overtakes means nothing any more.
    const s = await t.factories.asStudent();
    await s.client.ok(ENROLL, { id: c.id });
    await lead.client.ok(GRANT, { a: rel.id, s: s.user.id, due: DateTime.fromISO(rel.dueAt).plus({ hours: 2 }).toISO() });

    // The next DST change in the cohort's zone (at 2 AM); session 2 moves to 19:00 local that day.
    let day = DateTime.utc().setZone('America/Denver').plus({ days: 30 }).startOf('day');
    while (day.offset === day.plus({ days: 1 }).offset) day = day.plus({ days: 1 });
    const after = day;
    const moved = (await lead.client.ok(RESCHEDULE, {
      input: { sessionId: c.sessions[1].id, expectedVersion: c.sessions[1].version, localDate: after.toISODate(), localTime: '19:00', durationMinutes: 90 },
    })).rescheduleSession;
    const got = (await lead.client.ok(ONE, { id: rel.id })).assignment;
    const start = DateTime.fromISO(moved.startsAt);
    expect(iso(got.dueAt)).toBe(start.minus({ minutes: 24 * 60 }).toUTC().toISO());
    // Elapsed time, not wall clock: a day before 19:00 is not 19:00 the day before when the clocks changed in between.
    const dueLocal = DateTime.fromISO(got.dueAt).setZone('America/Denver');
    const startLocal = start.setZone('America/Denver');
    expect(dueLocal.offset).not.toBe(startLocal.offset);
    expect(dueLocal.hour).not.toBe(19);
    expect(got.version).toBe(rel.version); // not a mentor's edit
    expect((await lead.client.ok(ONE, { id: abs.id })).assignment.dueAt).toBe(abs.dueAt);
    // The extension was earlier than the new due time: gone, so the student's due time is the cohort's.
    expect((await s.client.ok(`query($id: ID!) { assignment(id: $id) { viewerDueAt dueAt } }`, { id: rel.id })).assignment).toEqual({ viewerDueAt: got.dueAt, dueAt: got.dueAt });

    // Shifting later sessions moves it again.
    const shifted = (await lead.client.ok(SHIFT, { input: { sessionId: c.sessions[1].id, days: 2 } })).shiftSessions;
    const s2 = shifted.find((x: Node) => x.id === c.sessions[1].id);
    expect(iso((await lead.client.ok(ONE, { id: rel.id })).assignment.dueAt)).toBe(DateTime.fromISO(s2.startsAt).minus({ days: 1 }).toUTC().toISO());

    // A cancelled session keeps its time, and so does the due time.
    const before = (await lead.client.ok(ONE, { id: rel.id })).assignment.dueAt;
    await lead.client.ok(CANCEL, { id: c.sessions[1].id });
    expect((await lead.client.ok(ONE, { id: rel.id })).assignment.dueAt).toBe(before);
  });

  it('grants and revokes extensions for enrolled students; viewerDueAt applies them', async () => {
    const a = await create(mentor.client, written(cohort.sessions[0].id, { publish: true }));
    const later = DateTime.fromISO(a.dueAt).plus({ days: 2 }).toUTC().toISO();
    const x = (await mentor.client.ok(GRANT, { a: a.id, s: student.user.id, due: later })).grantExtension;
    expect(x).toEqual({ assignmentId: a.id, studentId: student.user.id, dueAt: later });
    expect((await student.client.ok(ONE, { id: a.id })).assignment.viewerDueAt).toBe(later);
    expect((await classmate.client.ok(ONE, { id: a.id })).assignment.viewerDueAt).toBe(a.dueAt);
    expect((await mentor.client.ok(ONE, { id: a.id })).assignment.viewerDueAt).toBe(a.dueAt);

    const notEnrolled = await mentor.client.gql(GRANT, { a: a.id, s: outsider.user.id, due: later });
    expect(notEnrolled.errors?.[0].extensions?.fields).toHaveProperty(['studentId']);
    const earlier = await mentor.client.gql(GRANT, { a: a.id, s: student.user.id, due: DateTime.fromISO(a.dueAt).minus({ hours: 1 }).toISO() });
    expect(earlier.errors?.[0].extensions?.fields).toHaveProperty(['dueAt']);

    expect((await mentor.client.ok(REVOKE, { a: a.id, s: student.user.id })).revokeExtension).toBe(true);
    expect((await mentor.client.ok(REVOKE, { a: a.id, s: student.user.id })).revokeExtension).toBe(false);
    expect((await student.client.ok(ONE, { id: a.id })).assignment.viewerDueAt).toBe(a.dueAt);
  });

  it('lists a student’s homework across cohorts in different zones by their own due time, with status, lateness and pagination', async () => {
    const denver = await t.factories.asMentor();
    const york = await t.factories.asMentor();
    const cA = await makeCohort(denver, { zone: 'America/Denver', days: 3 });
    const cB = await makeCohort(york, { zone: 'America/New_York', days: 4 });
    const me = await t.factories.asStudent();
    for (const c of [cA, cB]) await me.client.ok(ENROLL, { id: c.id });
    const day = (d: number) => DateTime.utc().plus({ days: d }).startOf('minute').toISO()!;
    const a1 = await create(denver.client, written(cA.sessions[0].id, { title: 'Task A1', dueAt: day(3), publish: true }));
    const b1 = await create(york.client, written(cB.sessions[0].id, { title: 'Task B1', dueAt: day(2), publish: true }));
    const a2 = await create(denver.client, written(cA.sessions[1].id, { title: 'A2 (extended)', dueAt: day(1), publish: true }));
    const b2 = await create(york.client, written(cB.sessions[0].id, { title: 'B2 (submitted)', dueAt: day(1.5), publish: true }));
    const a3 = await create(denver.client, written(cA.sessions[0].id, { title: 'A3 (returned)', dueAt: day(-1), publish: true }));
    const b3 = await create(york.client, written(cB.sessions[1].id, { title: 'B3 (overdue)', dueAt: day(-2), publish: true }));
    await create(york.client, written(cB.sessions[1].id, { title: 'B4 (draft)', dueAt: day(0.5) }));
    await denver.client.ok(GRANT, { a: a2.id, s: me.user.id, due: day(4) });
    await submitDirectly(b2.id, me.user.id, { late: false });
    await submitDirectly(a3.id, me.user.id, { status: 'RETURNED', late: true, score: 7.5 });
    // A row with nothing saved yet is still MISSING.
    await t.db.query(`INSERT INTO submission (assignment_id, student_id) VALUES ($1, $2)`, [b1.id, me.user.id]);
    // Someone else's submission says nothing about mine.
    const other = await t.factories.asStudent();
    await other.client.ok(ENROLL, { id: cA.id });
    await submitDirectly(a1.id, other.user.id);

    const todo = (await me.client.ok(HOMEWORK, {})).myHomework;
    expect(todo.nodes.map((n: Node) => [n.assignment.title, n.status, n.late, n.score])).toEqual([
      ['B3 (overdue)', 'MISSING', true, null],
      ['Task B1', 'MISSING', false, null],
      ['Task A1', 'MISSING', false, null],
      ['A2 (extended)', 'MISSING', false, null],
    ]);
    const extended = todo.nodes[3];
    expect(extended.dueAt).toBe(day(4));
    expect(extended.assignment.viewerDueAt).toBe(day(4));
    expect(todo.nodes[1].cohortTitle).toMatch(/^Homework cohort/);

    const all = (await me.client.ok(HOMEWORK, { done: true })).myHomework;
    expect(all.totalCount).toBe(6);
    expect(all.nodes.map((n: Node) => [n.assignment.title, n.status, n.late, n.score])).toEqual([
      ['B3 (overdue)', 'MISSING', true, null],
      ['A3 (returned)', 'RETURNED', true, 7.5],
      ['B2 (submitted)', 'SUBMITTED', false, null],
      ['Task B1', 'MISSING', false, null],
      ['Task A1', 'MISSING', false, null],
      ['A2 (extended)', 'MISSING', false, null],
    ]);

    const p1 = (await me.client.ok(HOMEWORK, { done: true, first: 4 })).myHomework;
    expect(p1.nodes).toHaveLength(4);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await me.client.ok(HOMEWORK, { done: true, first: 4, after: p1.pageInfo.endCursor })).myHomework;
    expect(p2.nodes.map((n: Node) => n.assignment.title)).toEqual(['Task A1', 'A2 (extended)']);
    expect(p2.pageInfo.hasNextPage).toBe(false);

    // Whitespace is still nothing; text makes it a DRAFT (still to do).
    await t.db.query(`UPDATE submission SET draft_markdown = '  \n', draft_saved_at = now() WHERE assignment_id = $1 AND student_id = $2`, [b1.id, me.user.id]);
    expect((await me.client.ok(HOMEWORK, {})).myHomework.nodes[1]).toMatchObject({ status: 'MISSING', assignment: { id: b1.id } });
    await t.db.query(`UPDATE submission SET draft_markdown = 'Started' WHERE assignment_id = $1 AND student_id = $2`, [b1.id, me.user.id]);
    expect((await me.client.ok(HOMEWORK, {})).myHomework.nodes[1]).toMatchObject({ status: 'DRAFT', assignment: { id: b1.id } });
    expect(todo.nodes[0].assignment.id).toBe(b3.id);
  });

  it('deletes an assignment until someone submits, and reorders within a session', async () => {
    const lead = await t.factories.asMentor();
    const c = await makeCohort(lead, { days: 12 });
    const s = await t.factories.asStudent();
    await s.client.ok(ENROLL, { id: c.id });
    const [x, y, z] = [await create(lead.client, written(c.sessions[0].id, { title: 'Task X' })), await create(lead.client, written(c.sessions[0].id, { title: 'Task Y' })), await create(lead.client, written(c.sessions[0].id, { title: 'Task Z' }))];

    const order = (await lead.client.ok(MOVE, { id: z.id, position: 0 })).moveAssignment;
    expect(order.map((a: Node) => [a.id, a.position])).toEqual([[z.id, 0], [x.id, 1], [y.id, 2]]);
    expect((await lead.client.ok(MOVE, { id: z.id, position: 99 })).moveAssignment.map((a: Node) => a.id)).toEqual([x.id, y.id, z.id]);
    expect(await lead.client.code(MOVE, { id: z.id, position: -1 })).toBe('BAD_USER_INPUT');

    // A draft does not stop a delete (it goes with it); a submission does.
    await t.db.query(`INSERT INTO submission (assignment_id, student_id, draft_markdown, draft_saved_at) VALUES ($1, $2, 'half', now())`, [x.id, s.user.id]);
    expect((await lead.client.ok(DELETE, { id: x.id })).deleteAssignment).toBe(x.id);
    await submitDirectly(y.id, s.user.id);
    expect(await lead.client.code(DELETE, { id: y.id })).toBe('CONFLICT');
    expect(await lead.client.code(ONE, { id: x.id })).toBe('NOT_FOUND');
    const left = (await lead.client.ok(COHORT_LISTS, { id: c.id })).cohort.sessions[0].assignments.map((a: Node) => a.id);
    expect(left).toEqual([y.id, z.id]);
    const positions = await t.db.query(`SELECT position FROM assignment WHERE session_id = $1 ORDER BY position`, [c.sessions[0].id]);
    expect(positions.map((r: { position: number }) => r.position)).toEqual([0, 1]);
  });

  it('carries assignments into next season through a saved template', async () => {
    const lead = await t.factories.asMentor();
    const c = await makeCohort(lead, { days: 6, count: 3 });
    const s1Start = DateTime.fromISO(c.sessions[0].startsAt);
    await create(lead.client, written(c.sessions[0].id, {
      title: 'Absolute', dueAt: s1Start.plus({ days: 2, hours: 3 }).toISO(), publish: true,
      points: 10, rubric: [{ id: 'r1', title: 'All of it', points: 10 }],
    }));
    await create(lead.client, written(c.sessions[1].id, { title: 'Relative', dueMode: 'RELATIVE', dueAt: null, dueSessionId: c.sessions[2].id, dueOffsetMinutes: -120 }));
    const template = (await lead.client.ok(`mutation($id: ID!) { saveCohortTemplate(cohortId: $id, name: "Next") { id } }`, { id: c.id })).saveCohortTemplate;

    const next = await makeCohort(lead, { days: 70, count: 3, templateId: template.id, draft: true });
    const { cohort: got } = await lead.client.ok(`query($id: ID!) { cohort(id: $id) { sessions { id startsAt assignments { ${FIELDS} } } } }`, { id: next.id });
    const [n1, n2, n3] = got.sessions;
    expect(n1.assignments).toHaveLength(1);
    expect(n1.assignments[0]).toMatchObject({ title: 'Absolute', dueMode: 'ABSOLUTE', published: true, points: 10, rubric: [{ id: 'r1', title: 'All of it', description: '', points: 10 }] });
    expect(iso(n1.assignments[0].dueAt)).toBe(DateTime.fromISO(n1.startsAt).plus({ days: 2, hours: 3 }).toUTC().toISO());
    expect(n2.assignments[0]).toMatchObject({ title: 'Relative', dueMode: 'RELATIVE', dueSessionId: n3.id, dueOffsetMinutes: -120, published: false, position: 0 });
    expect(iso(n2.assignments[0].dueAt)).toBe(DateTime.fromISO(n3.startsAt).minus({ hours: 2 }).toUTC().toISO());
    expect(n3.assignments).toEqual([]);
  });

  it('emails a reminder 24 hours before each student’s due time, once, in their zone, to those who have not submitted', async () => {
    const reminders = t.app.get(HomeworkRemindersService);
    const lead = await t.factories.asMentor();
    const c = await makeCohort(lead, { days: 8 });
    const east = await t.factories.user({ timeZone: 'America/New_York' });
    const people = [{ user: east, client: await t.factories.clientFor(east) }, await t.factories.asStudent(), await t.factories.asStudent(), await t.factories.asStudent()];
    for (const p of people) await p.client.ok(ENROLL, { id: c.id });
    const [eastern, done, extended, plain] = people;
    const dueAt = DateTime.utc().plus({ hours: 20 }).startOf('minute');
    const a = await create(lead.client, written(c.sessions[0].id, { title: 'Due soon', dueAt: dueAt.toISO(), publish: true }));
    await create(lead.client, written(c.sessions[0].id, { title: 'Unpublished and due soon', dueAt: dueAt.toISO() }));
    await create(lead.client, written(c.sessions[0].id, { title: 'Due in three days', dueAt: DateTime.utc().plus({ days: 3 }).toISO(), publish: true }));
    await submitDirectly(a.id, done.user.id);
    await lead.client.ok(GRANT, { a: a.id, s: extended.user.id, due: DateTime.utc().plus({ days: 3 }).toISO() });

    const mails = async () =>
      (await t.db.query(`SELECT to_address, subject, text_body FROM email_outbox WHERE kind = 'assignment-reminder' AND text_body LIKE $1 ORDER BY to_address`, [
        `%/assignments/${a.id}%`,
      ])) as { to_address: string; subject: string; text_body: string }[];
    const about = async (title: string) =>
      Number((await t.db.query(`SELECT count(*)::int AS n FROM email_outbox WHERE kind = 'assignment-reminder' AND text_body LIKE $1`, [`%${title}%`]))[0].n);

    // Two processes at once still send one each.
    await Promise.all([reminders.dispatchDue(), reminders.dispatchDue()]);
    const first = await mails();
    expect(first.map((m) => m.to_address)).toEqual([eastern.user.email, plain.user.email].sort());
    const east1 = first.find((m) => m.to_address === eastern.user.email)!;
    const local = dueAt.setZone('America/New_York').setLocale('en-US').toFormat('ccc, LLL d, h:mm a ZZZZ');
    expect(east1.text_body).toContain(local);
    expect(east1.text_body).toContain(`http://gantry.test/assignments/${a.id}`);
    expect(east1.subject).toContain('Due soon');
    expect(await about('Unpublished and due soon')).toBe(0);
    expect(await about('Due in three days')).toBe(0);

    // Not twice.
    await reminders.dispatchDue();
    expect(await mails()).toHaveLength(2);

    // A due time that moves gets a new reminder.
    const current = (await lead.client.ok(ONE, { id: a.id })).assignment;
    await lead.client.ok(UPDATE, { input: { ...written(c.sessions[0].id, { title: 'Due soon', dueAt: dueAt.plus({ hours: 2 }).toISO(), publish: true }), id: a.id, expectedVersion: current.version } });
    await reminders.dispatchDue();
    expect((await mails()).map((m) => m.to_address)).toEqual([eastern.user.email, eastern.user.email, plain.user.email, plain.user.email].sort());
    const rows = await t.db.query(`SELECT student_id FROM assignment_reminder WHERE assignment_id = $1`, [a.id]);
    expect(rows).toHaveLength(4);
  });

  it('costs the same number of queries however many assignments there are', async () => {
    const lead = await t.factories.asMentor();
    const c = await makeCohort(lead, { days: 15, count: 3 });
    const me = await t.factories.asStudent();
    await me.client.ok(ENROLL, { id: c.id });
    const NESTED = `query($id: ID!) { cohort(id: $id) { sessions { id assignments { id title dueDescription viewerDueAt session { id number } } } } }`;
    const HW = `{ myHomework(includeDone: true, first: 100) { totalCount nodes { status dueAt assignment { id dueDescription viewerDueAt session { id } } } } }`;
    const addSome = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const s = c.sessions[i % 3];
        const a = await create(lead.client, written(s.id, i % 2 ? { publish: true } : { publish: true, dueMode: 'RELATIVE', dueAt: null, dueSessionId: c.sessions[(i + 1) % 3].id, dueOffsetMinutes: 30 }));
        if (i % 3 === 0) await lead.client.ok(GRANT, { a: a.id, s: me.user.id, due: DateTime.fromISO(a.dueAt).plus({ days: 1 }).toISO() });
      }
    };
    await addSome(1);
    const nested1 = await me.client.countQueries(NESTED, { id: c.id });
    const hw1 = await me.client.countQueries(HW);
    const mgr1 = await lead.client.countQueries(NESTED, { id: c.id });
    await addSome(6);
    expect(await me.client.countQueries(NESTED, { id: c.id })).toBe(nested1);
    expect(await me.client.countQueries(HW)).toBe(hw1);
    expect(await lead.client.countQueries(NESTED, { id: c.id })).toBe(mgr1);
  });
});
