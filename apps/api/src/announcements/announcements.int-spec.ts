import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type GqlResponse, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import type { ChapterEntity } from '../chapters/chapter.entity';

const ZONE = 'America/Denver';
const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id title sessions { id } } }`;
const SET_STATUS = `mutation S($id: ID!, $status: CohortStatus!) { setCohortStatus(id: $id, status: $status) { id status } }`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { id status } }`;
const ADD_CO = `mutation A($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id } }`;
const POST = `mutation P($id: ID!, $body: String!) { postAnnouncement(cohortId: $id, body: $body) { id cohortId kind body authorName createdAt } }`;
const LIST = `query L($id: ID!, $first: Int, $after: String) {
  cohort(id: $id) { announcements(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id body kind authorName } } }
}`;

type Node = Record<string, any>;

function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  return {
    chapterId,
    title: `Announcements ${uid()}`,
    modalityCodes: ['CT'],
    capacity: 2,
    timeZone: ZONE,
    meetingUrl: 'https://zoom.us/j/555',
    pattern: { startDate: DateTime.utc().setZone(ZONE).plus({ days: 7 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 3 },
    ...over,
  };
}

function fieldsOf(res: GqlResponse): Record<string, string[]> {
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions!.fields ?? {};
}

describe('announcements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** An open cohort (capacity 2) with two enrolled students, one waitlisted, and a co-mentor. */
  async function setup(opts: { draft?: boolean; chapter?: ChapterEntity } = {}) {
    const mentor = await t.factories.asMentor(opts.chapter);
    const cohort = (await mentor.client.ok(CREATE, { input: cohortInput(mentor.chapter.id) })).createCohort;
    const co = await t.factories.asMentor(mentor.chapter);
    await mentor.client.ok(ADD_CO, { id: cohort.id, email: co.user.email });
    if (opts.draft) return { mentor, co, cohort, enrolled: [], waitlisted: undefined };
    await mentor.client.ok(SET_STATUS, { id: cohort.id, status: 'OPEN' });
    const people = [await t.factories.asStudent(), await t.factories.asStudent(), await t.factories.asStudent()];
    for (const p of people) await p.client.ok(ENROLL, { id: cohort.id });
    return { mentor, co, cohort, enrolled: people.slice(0, 2), waitlisted: people[2] };
  }

  async function counts(): Promise<{ announcements: number; outbox: number }> {
    const [r] = await t.db.query(`SELECT (SELECT count(*) FROM announcement)::int AS announcements, (SELECT count(*) FROM email_outbox)::int AS outbox`);
    return r;
  }

  async function mailsFor(announcementId: string): Promise<{ to_address: string; subject: string; text_body: string; status: string }[]> {
    return t.db.query(
      `SELECT to_address, subject, text_body, status FROM email_outbox WHERE kind = 'cohort-announcement' AND dedupe_key LIKE $1 ORDER BY to_address`,
      [`announcement:${announcementId}:%`],
    );
  }

  const list = async (client: GqlClient, id: string, first?: number, after?: string) => (await client.ok(LIST, { id, first, after })).cohort.announcements;

  it('posts a mentor announcement, shown to enrolled students and mentors and mailed to each of them once', async () => {
    const { mentor, co, cohort, enrolled, waitlisted } = await setup();
    const posted = (await mentor.client.ok(POST, { id: cohort.id, body: '  Tonight starts at 7:30.\nBring the practice quiz.  ' })).postAnnouncement;
    expect(posted).toMatchObject({
      cohortId: cohort.id,
      kind: 'MENTOR',
      body: 'Tonight starts at 7:30.\nBring the practice quiz.',
      authorName: mentor.user.displayName,
    });

    for (const reader of [...enrolled, co, mentor]) {
      expect((await list(reader.client, cohort.id)).nodes).toEqual([{ id: posted.id, body: posted.body, kind: 'MENTOR', authorName: mentor.user.displayName }]);
    }
    const admin = await t.factories.asChapterAdmin(mentor.chapter);
    expect((await list(admin.client, cohort.id)).totalCount).toBe(1);

    // Enrolled students and the co-mentor: one mail each. Not the author, not the waitlisted student.
    const mails = await mailsFor(posted.id);
    expect(mails.map((m) => m.to_address)).toEqual([...enrolled.map((p) => p.user.email), co.user.email].sort());
    for (const m of mails) {
      expect(m.status).toBe('HELD');
      expect(m.subject).toBe(`${cohort.title}: Tonight starts at 7:30.`);
      expect(m.text_body).toContain('Bring the practice quiz.');
      expect(m.text_body).toContain(`${t.config.publicUrl}/cohorts/${cohort.id}`);
    }
    expect(mails.some((m) => m.to_address === waitlisted!.user.email)).toBe(false);
  });

  it('mails someone who is both enrolled and a co-mentor only once', async () => {
    const { mentor, cohort } = await setup();
    // A mentor of the chapter enrolls as a student, then becomes a co-mentor as well.
    const both = await t.factories.asMentor(mentor.chapter);
    await mentor.client.ok(`mutation U($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }`, {
      input: { id: cohort.id, expectedVersion: (await t.db.query(`SELECT version FROM cohort WHERE id = $1`, [cohort.id]))[0].version, ...updateFields({ capacity: 5 }) },
    });
    await both.client.ok(ENROLL, { id: cohort.id });
    await mentor.client.ok(ADD_CO, { id: cohort.id, email: both.user.email });
    const posted = (await mentor.client.ok(POST, { id: cohort.id, body: 'Room change.' })).postAnnouncement;
    expect((await mailsFor(posted.id)).filter((m) => m.to_address === both.user.email)).toHaveLength(1);
  });

  it('is FORBIDDEN to read for students who are not enrolled (waitlisted included) and anonymous visitors', async () => {
    const { mentor, cohort, waitlisted } = await setup();
    await mentor.client.ok(POST, { id: cohort.id, body: 'For the enrolled only.' });
    const stranger = await t.factories.asStudent();
    const otherMentor = await t.factories.asMentor();
    expect(await stranger.client.code(LIST, { id: cohort.id })).toBe('FORBIDDEN');
    expect(await waitlisted!.client.code(LIST, { id: cohort.id })).toBe('FORBIDDEN');
    expect(await otherMentor.client.code(LIST, { id: cohort.id })).toBe('FORBIDDEN');
    expect(await t.anon().code(LIST, { id: cohort.id })).toBe('FORBIDDEN');
  });

  it('answers an empty, blank or too long body with a `body` field error and posts and mails nothing', async () => {
    const { mentor, cohort } = await setup();
    const before = await counts();
    for (const body of ['', '   \n  ', 'x'.repeat(4001)]) {
      const res = await mentor.client.gql(POST, { id: cohort.id, body });
      expect(Object.keys(fieldsOf(res))).toEqual(['body']);
      expect(res.data).toBeNull();
    }
    expect(await counts()).toEqual(before);
    // 4000 characters is the limit, not past it.
    expect((await mentor.client.ok(POST, { id: cohort.id, body: 'y'.repeat(4000) })).postAnnouncement.body).toHaveLength(4000);
  });

  it('is FORBIDDEN to post for students (enrolled or not) and mentors who do not run the cohort, and posts nothing', async () => {
    const { mentor, cohort, enrolled } = await setup();
    const sameChapter = await t.factories.asMentor(mentor.chapter);
    const otherChapter = await t.factories.asMentor();
    const draft = await setup({ draft: true });
    const before = await counts();
    expect(await enrolled[0].client.code(POST, { id: cohort.id, body: 'Class is cancelled!' })).toBe('FORBIDDEN');
    expect(await sameChapter.client.code(POST, { id: cohort.id, body: 'Hello' })).toBe('FORBIDDEN');
    expect(await otherChapter.client.code(POST, { id: cohort.id, body: 'Hello' })).toBe('FORBIDDEN');
    expect(await otherChapter.client.code(POST, { id: draft.cohort.id, body: 'Hello' })).toBe('NOT_FOUND');
    expect(await t.anon().code(POST, { id: cohort.id, body: 'Hello' })).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
    // The chapter's admin may post.
    const admin = await t.factories.asChapterAdmin(mentor.chapter);
    expect((await admin.client.ok(POST, { id: cohort.id, body: 'From the chapter.' })).postAnnouncement.authorName).toBe(admin.user.displayName);
  });

  it('lists newest first with automatic SYSTEM notices among them, page by page', async () => {
    const { mentor, cohort, enrolled } = await setup();
    await mentor.client.ok(POST, { id: cohort.id, body: 'First.' });
    await mentor.client.ok(`mutation C($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: cohort.sessions[2].id });
    await mentor.client.ok(POST, { id: cohort.id, body: 'Third.' });
    const reader = enrolled[0].client;
    const p1 = await list(reader, cohort.id, 2);
    expect(p1.totalCount).toBe(3);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p1.nodes.map((n: Node) => [n.kind, n.authorName === null])).toEqual([
      ['MENTOR', false],
      ['SYSTEM', true],
    ]);
    expect(p1.nodes[0].body).toBe('Third.');
    expect(p1.nodes[1].body).toMatch(/is cancelled/);
    const p2 = await list(reader, cohort.id, 2, p1.pageInfo.endCursor);
    expect(p2.nodes.map((n: Node) => n.body)).toEqual(['First.']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
});

function updateFields(over: Record<string, unknown>) {
  const { chapterId: _c, pattern: _p, ...fields } = cohortInput('unused');
  return { ...fields, ...over };
}
