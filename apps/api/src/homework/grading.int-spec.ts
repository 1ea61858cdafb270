import request from 'supertest';
import { DateTime } from '@gantry/shared';
import { parseCsv } from '../testing/csv';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { GRADE_CONFLICT } from './grading.service';
import {
  GET_SUBMISSION,
  GRADE,
  GRADEBOOK,
  GRANT_EXTENSION,
  QUEUE,
  RETURN,
  SAVE_DRAFT,
  VIEWER_SUBMISSION,
  assignment,
  homeworkCohort,
  saveAndSubmit,
  type HomeworkCohort,
} from '../testing/homework';

const RUBRIC = [
  { id: 'method', title: 'Method', description: 'How you worked it out', points: 6 },
  { id: 'safety', title: 'Safety', points: 4 },
];


describe('grading', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const grade = (submissionId: string, expectedVersion: number, over: Record<string, unknown> = {}) => ({ input: { submissionId, expectedVersion, ...over } });

  describe('the queue', () => {
    it('lists every enrolled student by name with MISSING / DRAFT / SUBMITTED / RETURNED, lateness and extensions', async () => {
      const hc = await homeworkCohort(t, { names: ['Dana Ortiz', 'ana Burke', 'Carl Young', 'Bea Lind'] });
      const [dana, ana, carl, bea] = hc.students;
      const a = await assignment(hc, { dueAt: DateTime.utc().minus({ hours: 1 }).toISO(), latePolicy: 'ACCEPT_LATE' });
      await hc.mentor.client.ok(GRANT_EXTENSION, { a: a.id, s: ana.user.id, d: DateTime.utc().plus({ days: 1 }).toISO() });
      await ana.client.ok(SAVE_DRAFT, { input: { assignmentId: a.id, bodyMarkdown: 'Working on it', fileIds: [], expectedRevision: 0 } });
      const late = await saveAndSubmit(carl.client, a.id, 'Late answer');
      const back = await saveAndSubmit(bea.client, a.id, 'Answer');
      const g = (await hc.mentor.client.ok(GRADE, grade(back.id, back.version, { score: 9 }))).gradeSubmission;
      await hc.mentor.client.ok(RETURN, { id: back.id, v: g.version });
      // Someone who left is not in the queue.
      const gone = await t.factories.asStudent();
      await gone.client.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: hc.cohortId });
      await gone.client.ok(`mutation($id: ID!) { leaveCohort(cohortId: $id) { status } }`, { id: hc.cohortId });

      const queue = (await hc.mentor.client.ok(QUEUE, { id: a.id })).gradingQueue;
      expect(queue.map((e: any) => [e.student.displayName, e.status, e.late, e.submission?.id ?? null])).toEqual([
        ['ana Burke', 'DRAFT', false, expect.any(String)],
        ['Bea Lind', 'RETURNED', true, back.id],
        ['Carl Young', 'SUBMITTED', true, late.id],
        ['Dana Ortiz', 'MISSING', false, null],
      ]);
      expect(queue[0].extensionDueAt).not.toBeNull();
      expect(queue[0].student.email).toBe(ana.user.email);
      expect(queue[1].submission.score).toBe(9);
      expect(queue.some((e: any) => e.student.id === dana.user.id)).toBe(true);

      const counts = (await hc.mentor.client.ok(VIEWER_SUBMISSION, { id: a.id })).assignment.submissionCounts;
      expect(counts).toEqual({ enrolled: 4, submitted: 2, late: 2, returned: 1, missing: 2 });
    });

    it('is for the cohort’s managers only', async () => {
      const hc = await homeworkCohort(t, { students: 1 });
      const a = await assignment(hc);
      const admin = await t.factories.asChapterAdmin(hc.mentor.chapter);
      expect((await admin.client.ok(QUEUE, { id: a.id })).gradingQueue).toHaveLength(1);
      expect(await (await t.factories.asMentor()).client.code(QUEUE, { id: a.id })).toBe('NOT_FOUND');
      expect(await hc.students[0].client.code(QUEUE, { id: a.id })).toBe('FORBIDDEN');
      expect(await hc.mentor.client.code(QUEUE, { id: crypto.randomUUID() })).toBe('NOT_FOUND');
    });
  });

  describe('grades', () => {
    let hc: HomeworkCohort;
    let co: { client: GqlClient };
    beforeAll(async () => {
      hc = await homeworkCohort(t, { students: 2 });
      const coMentor = await t.factories.asMentor(hc.mentor.chapter);
      await hc.mentor.client.ok(`mutation($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id } }`, { id: hc.cohortId, email: coMentor.user.email });
      co = coMentor;
    });

    it('checks the score against the points (BAD_USER_INPUT on score) and bumps the version', async () => {
      const a = await assignment(hc, { points: 10 });
      const s = await saveAndSubmit(hc.students[0].client, a.id, 'Answer');
      const over = await hc.mentor.client.gql(GRADE, grade(s.id, s.version, { score: 10.5 }));
      expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(over.errors?.[0].extensions?.fields?.score).toEqual(['The score is at most 10.']);
      const negative = await hc.mentor.client.gql(GRADE, grade(s.id, s.version, { score: -1 }));
      expect(negative.errors?.[0].extensions?.fields?.score).toBeDefined();
      const ok = (await hc.mentor.client.ok(GRADE, grade(s.id, s.version, { score: 8.25, feedbackMarkdown: 'Nice <img src=x onerror=alert(1)>' }))).gradeSubmission;
      expect(ok).toMatchObject({ score: 8.25, version: s.version + 1, status: 'SUBMITTED' });
      expect(ok.feedbackHtml).not.toContain('onerror');
      expect(ok.gradedAt).not.toBeNull();
    });

    it('scores by rubric: each criterion within its points, and the sum when no score is given', async () => {
      const a = await assignment(hc, { points: 10, rubric: RUBRIC });
      const s = await saveAndSubmit(hc.students[0].client, a.id, 'Answer');
      const bad = await hc.mentor.client.gql(GRADE, grade(s.id, s.version, { rubricScores: [{ criterionId: 'method', points: 7 }, { criterionId: 'nope', points: 1 }] }));
      expect(bad.errors?.[0].extensions?.fields).toEqual({ 'rubricScores.method': ['At most 6 for this criterion.'], 'rubricScores.nope': ['Not a criterion of this rubric.'] });
      const summed = (
        await hc.mentor.client.ok(GRADE, grade(s.id, s.version, { rubricScores: [{ criterionId: 'method', points: 5.5 }, { criterionId: 'safety', points: 3 }] }))
      ).gradeSubmission;
      expect(summed.score).toBe(8.5);
      expect(summed.rubricScores).toEqual([
        { criterionId: 'method', points: 5.5 },
        { criterionId: 'safety', points: 3 },
      ]);
      const ungraded = await assignment(hc, { points: null });
      const u = await saveAndSubmit(hc.students[0].client, ungraded.id, 'Answer');
      expect((await hc.mentor.client.gql(GRADE, grade(u.id, u.version, { score: 1 }))).errors?.[0].extensions?.fields?.score).toBeDefined();
      expect((await hc.mentor.client.ok(GRADE, grade(u.id, u.version, { feedbackMarkdown: 'Thanks' }))).gradeSubmission.score).toBeNull();
    });

    it('refuses the second of two mentors grading from the same version (CONFLICT), changing nothing', async () => {
      const a = await assignment(hc);
      const s = await saveAndSubmit(hc.students[1].client, a.id, 'Answer');
      const first = (await hc.mentor.client.ok(GRADE, grade(s.id, s.version, { score: 7, feedbackMarkdown: 'First mentor' }))).gradeSubmission;
      const second = await co.client.gql(GRADE, grade(s.id, s.version, { score: 3, feedbackMarkdown: 'Second mentor' }));
      expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(second.errors?.[0].message).toBe(GRADE_CONFLICT);
      const now = (await co.client.ok(GET_SUBMISSION, { id: s.id })).submission;
      expect(now).toMatchObject({ score: 7, feedbackMarkdown: 'First mentor', version: first.version });
      // Reloaded, the co-mentor may regrade.
      expect((await co.client.ok(GRADE, grade(s.id, now.version, { score: 8 }))).gradeSubmission.score).toBe(8);
    });

    it('is refused for work not handed in, for other mentors (NOT_FOUND) and for students (FORBIDDEN)', async () => {
      const a = await assignment(hc);
      const d = (await hc.students[0].client.ok(SAVE_DRAFT, { input: { assignmentId: a.id, bodyMarkdown: 'Draft', fileIds: [], expectedRevision: 0 } })).saveSubmissionDraft;
      expect(await hc.mentor.client.code(GRADE, grade(d.id, d.version, { score: 1 }))).toBe('CONFLICT');
      const s = await saveAndSubmit(hc.students[1].client, a.id, 'Answer');
      expect(await (await t.factories.asMentor()).client.code(GRADE, grade(s.id, s.version, { score: 1 }))).toBe('NOT_FOUND');
      expect(await (await t.factories.asMentor(hc.mentor.chapter)).client.code(GRADE, grade(s.id, s.version, { score: 1 }))).toBe('NOT_FOUND');
      expect(await hc.students[1].client.code(GRADE, grade(s.id, s.version, { score: 10 }))).toBe('FORBIDDEN');
      const platform = await t.factories.asPlatformAdmin();
      expect((await platform.client.ok(GRADE, grade(s.id, s.version, { score: 2 }))).gradeSubmission.score).toBe(2);
    });

    it('returns work with one email to the student (assignment, score, link), once', async () => {
      const a = await assignment(hc, { title: 'Tube arcing write-up', points: 20 });
      const [student] = hc.students;
      const s = await saveAndSubmit(student.client, a.id, 'Answer');
      const g = (await hc.mentor.client.ok(GRADE, grade(s.id, s.version, { score: 17.5 }))).gradeSubmission;
      expect(await hc.mentor.client.code(RETURN, { id: s.id, v: s.version })).toBe('CONFLICT');
      const r = (await hc.mentor.client.ok(RETURN, { id: s.id, v: g.version })).returnSubmission;
      expect(r.status).toBe('RETURNED');
      expect(r.returnedAt).not.toBeNull();
      // A double click: the same answer, no second email.
      expect((await co.client.ok(RETURN, { id: s.id, v: g.version })).returnSubmission.version).toBe(r.version);

      const mails: { to_address: string; subject: string; text_body: string }[] = await t.db.query(
        `SELECT to_address, subject, text_body FROM email_outbox WHERE kind = 'submission-returned' AND dedupe_key LIKE $1`,
        [`submission-returned:${s.id}:%`],
      );
      expect(mails).toHaveLength(1);
      expect(mails[0].to_address).toBe(student.user.email);
      expect(mails[0].subject).toContain('Tube arcing write-up');
      expect(mails[0].text_body).toContain('17.5 out of 20');
      expect(mails[0].text_body).toContain(`${t.config.publicUrl}/assignments/${a.id}`);
    });
  });

  describe('the gradebook', () => {
    it('shows students × published assignments with status, lateness, score and completed', async () => {
      const hc = await homeworkCohort(t, { names: ['Ava Stone', 'Ben Ruiz'] });
      const [ava, ben] = hc.students;
      const first = await assignment(hc, { title: 'First', dueAt: DateTime.utc().minus({ hours: 2 }).toISO() });
      const second = await assignment(hc, { title: 'Second', dueAt: DateTime.utc().plus({ days: 5 }).toISO() });
      await assignment(hc, { title: 'Hidden', publish: false });
      const s = await saveAndSubmit(ava.client, first.id, 'Late');
      await hc.mentor.client.ok(GRADE, grade(s.id, s.version, { score: 6 }));
      await saveAndSubmit(ava.client, second.id, 'On time');
      await ben.client.ok(SAVE_DRAFT, { input: { assignmentId: second.id, bodyMarkdown: 'Hmm', fileIds: [], expectedRevision: 0 } });

      const book = (await hc.mentor.client.ok(GRADEBOOK, { id: hc.cohortId })).gradebook;
      expect(book.assignments.map((x: { title: string }) => x.title)).toEqual(['First', 'Second']);
      expect(book.rows).toEqual([
        {
          student: { id: ava.user.id, displayName: 'Ava Stone', email: ava.user.email },
          completed: 2,
          cells: [
            { assignmentId: first.id, status: 'SUBMITTED', late: true, score: 6 },
            { assignmentId: second.id, status: 'SUBMITTED', late: false, score: null },
          ],
        },
        {
          student: { id: ben.user.id, displayName: 'Ben Ruiz', email: ben.user.email },
          completed: 0,
          cells: [
            { assignmentId: first.id, status: 'MISSING', late: false, score: null },
            { assignmentId: second.id, status: 'DRAFT', late: false, score: null },
          ],
        },
      ]);
      expect(await ava.client.code(GRADEBOOK, { id: hc.cohortId })).toBe('FORBIDDEN');
      expect(await (await t.factories.asMentor()).client.code(GRADEBOOK, { id: hc.cohortId })).toBe('FORBIDDEN');
    });

    it('costs the same number of queries for more students and assignments (no N+1)', async () => {
      const build = async (students: number, assignments: number) => {
        const hc = await homeworkCohort(t, { students });
        for (let i = 0; i < assignments; i++) {
          const a = await assignment(hc, { title: `Assignment ${i}` });
          for (const s of hc.students.slice(0, 2)) await saveAndSubmit(s.client, a.id, 'x');
        }
        return hc;
      };
      const small = await build(2, 1);
      const big = await build(6, 4);
      const q = `query B($id: ID!) { gradebook(cohortId: $id) { assignments { id title session { id } } rows { student { id displayName email } completed cells { assignmentId status late score } } } }`;
      const costSmall = await small.mentor.client.countQueries(q, { id: small.cohortId });
      const costBig = await big.mentor.client.countQueries(q, { id: big.cohortId });
      expect(costBig).toBe(costSmall);
    });

    it('downloads as CSV: BOM, RFC 4180 quoting, inert formulas, one row per student', async () => {
      const hc = await homeworkCohort(t, {
        title: 'Fall "CT" cohort',
        names: ['Lee, "Sam"', '=HYPERLINK("http://evil.test","click")', '@SUM(A1)', 'Zoë Ångström'],
      });
      const [sam, evil, at, zoe] = hc.students;
      const a1 = await assignment(hc, { title: '+Tube arcing', points: 10, dueAt: DateTime.utc().minus({ hours: 1 }).toISO() });
      const a2 = await assignment(hc, { title: 'QC, daily', points: null, dueAt: DateTime.utc().plus({ days: 1 }).toISO() });
      const s = await saveAndSubmit(sam.client, a1.id, 'x');
      await hc.mentor.client.ok(GRADE, grade(s.id, s.version, { score: 9.5 }));
      await saveAndSubmit(sam.client, a2.id, 'y');
      await saveAndSubmit(evil.client, a1.id, 'late');
      await at.client.ok(SAVE_DRAFT, { input: { assignmentId: a2.id, bodyMarkdown: 'draft', fileIds: [], expectedRevision: 0 } });

      for (const path of [`/exports/cohorts/${hc.cohortId}/gradebook.csv`]) {
        const res = await request(t.server).get(path).set('cookie', hc.mentor.client.cookie!).buffer(true).parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Fall _CT_ cohort-gradebook\.csv"; filename\*=UTF-8''Fall%20%22CT%22%20cohort-gradebook\.csv$/);
        const bytes = res.body as Buffer;
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.subarray(3).toString('utf8');
        expect(text).toContain('"Lee, ""Sam"""');
        expect(text.endsWith('\r\n')).toBe(true);
        const [header, ...rows] = parseCsv(text);
        expect(header).toEqual(['Student', 'Email', "'+Tube arcing", 'QC, daily', 'Completed', 'Completion %']);
        // (Rows come by name in the database's collation; compared here in a fixed order.)
        const byEmail = (x: string[], y: string[]) => (x[1] < y[1] ? -1 : 1);
        expect(rows.sort(byEmail)).toEqual(
          [
            ["'=HYPERLINK(\"http://evil.test\",\"click\")", evil.user.email, 'submitted (late)', 'missing', '1', '50'],
            ["'@SUM(A1)", at.user.email, 'missing', 'draft', '0', '0'],
            ['Lee, "Sam"', sam.user.email, '9.5', 'submitted', '2', '100'],
            ['Zoë Ångström', zoe.user.email, 'missing', 'missing', '0', '0'],
          ].sort(byEmail),
        );
      }

      const student = await request(t.server).get(`/exports/cohorts/${hc.cohortId}/gradebook.csv`).set('cookie', sam.client.cookie!);
      expect(student.status).toBe(403);
      const other = await t.factories.asMentor();
      expect((await request(t.server).get(`/exports/cohorts/${hc.cohortId}/gradebook.csv`).set('cookie', other.client.cookie!)).status).toBe(403);
      expect((await request(t.server).get(`/exports/cohorts/${crypto.randomUUID()}/gradebook.csv`).set('cookie', other.client.cookie!)).status).toBe(404);
      expect((await request(t.server).get(`/exports/cohorts/${hc.cohortId}/gradebook.csv`)).status).toBe(401);
      // A draft cohort of another mentor does not exist for them.
      const draftCohort = (
        await other.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, {
          input: {
            chapterId: other.chapter.id, title: `Draft ${uid()}`, modalityCodes: ['CT'], capacity: 5, timeZone: 'America/Denver',
            pattern: { startDate: DateTime.utc().plus({ days: 20 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 1 },
          },
        })
      ).createCohort;
      expect((await request(t.server).get(`/exports/cohorts/${draftCohort.id}/gradebook.csv`).set('cookie', hc.mentor.client.cookie!)).status).toBe(404);
    });
  });
});
