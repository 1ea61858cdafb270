import request from 'supertest';
import { DateTime } from '@gantry/shared';
import { startTestApp, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { DEADLINE_PASSED } from './submissions.service';
import {
  GET_SUBMISSION,
  GRADE,
  GRADEBOOK,
  GRANT_EXTENSION,
  QUEUE,
  RETURN,
  SAVE_DRAFT,
  SUBMIT,
  VIEWER_SUBMISSION,
  assignment,
  homeworkCohort,
  pathOf,
  saveAndSubmit,
  uploadFile,
  type HomeworkCohort,
} from '../testing/homework';

const hoursAgo = (h: number) => DateTime.utc().minus({ hours: h }).toISO();
const inDays = (d: number) => DateTime.utc().plus({ days: d }).toISO();

describe('submissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function counts(assignmentId: string): Promise<{ submissions: number; versions: number; files: number }> {
    const [r] = await t.db.query(
      `SELECT (SELECT count(*) FROM submission WHERE assignment_id = $1)::int AS submissions,
              (SELECT count(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id WHERE s.assignment_id = $1)::int AS versions,
              (SELECT count(*) FROM submission_file f JOIN submission_version v ON v.id = f.submission_version_id JOIN submission s ON s.id = v.submission_id WHERE s.assignment_id = $1)::int AS files`,
      [assignmentId],
    );
    return r;
  }

  const draft = (assignmentId: string, bodyMarkdown: string, expectedRevision: number, fileIds: string[] = []) => ({
    input: { assignmentId, bodyMarkdown, fileIds, expectedRevision },
  });

  describe('drafts', () => {
    let hc: HomeworkCohort;
    beforeAll(async () => {
      hc = await homeworkCohort(t, { students: 2 });
    });

    it('autosaves: the first save creates the row, the same content again is a no-op, an older revision is a CONFLICT', async () => {
      const a = await assignment(hc);
      const [s] = hc.students;
      expect((await s.client.ok(VIEWER_SUBMISSION, { id: a.id })).assignment.viewerSubmission).toBeNull();

      const first = (await s.client.ok(SAVE_DRAFT, draft(a.id, 'First *thoughts*', 0))).saveSubmissionDraft;
      expect(first).toMatchObject({ status: 'DRAFT', draftMarkdown: 'First *thoughts*', draftRevision: 1, versions: [], student: { id: s.user.id, email: null } });
      expect(first.draftSavedAt).not.toBeNull();

      // Autosave firing again with nothing new (from this tab or a stale one): nothing changes.
      const again = (await s.client.ok(SAVE_DRAFT, draft(a.id, 'First *thoughts*', 1))).saveSubmissionDraft;
      expect(again).toMatchObject({ draftRevision: 1, draftSavedAt: first.draftSavedAt });
      expect((await s.client.ok(SAVE_DRAFT, draft(a.id, 'First *thoughts*', 0))).saveSubmissionDraft.draftRevision).toBe(1);

      const second = (await s.client.ok(SAVE_DRAFT, draft(a.id, 'Second', 1))).saveSubmissionDraft;
      expect(second.draftRevision).toBe(2);

      // Another tab still at revision 1 tries to save different text.
      const stale = await s.client.gql(SAVE_DRAFT, draft(a.id, 'From the old tab', 1));
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0].message).toMatch(/another tab/);
      const now = (await s.client.ok(VIEWER_SUBMISSION, { id: a.id })).assignment.viewerSubmission;
      expect(now).toMatchObject({ draftMarkdown: 'Second', draftRevision: 2, status: 'DRAFT' });
      expect((await counts(a.id)).submissions).toBe(1);
    });

    it('makes one row when first saves race, and MISSING while nothing is saved', async () => {
      const a = await assignment(hc);
      const [s] = hc.students;
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => s.client.gql(SAVE_DRAFT, draft(a.id, `tab ${i}`, 0))));
      const ok = results.filter((r) => !r.errors);
      expect(ok).toHaveLength(1);
      expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(Array(5).fill('CONFLICT'));
      expect((await counts(a.id)).submissions).toBe(1);

      const b = await assignment(hc);
      const empty = (await s.client.ok(SAVE_DRAFT, draft(b.id, '', 0))).saveSubmissionDraft;
      expect(empty.status).toBe('MISSING');
    });

    it('attaches the student’s own homework uploads (at most 10), refusing anyone else’s file or a library file', async () => {
      const a = await assignment(hc, { kind: 'FILE' });
      const [s, other] = hc.students;
      const mine = [await uploadFile(t, s.client, { filename: 'scan 1.pdf' }), await uploadFile(t, s.client, { filename: 'scan 2.pdf' })];
      const saved = (await s.client.ok(SAVE_DRAFT, draft(a.id, '', 0, [mine[1], mine[0]]))).saveSubmissionDraft;
      expect(saved.status).toBe('DRAFT');
      expect(saved.draftFiles.map((f: { id: string }) => f.id)).toEqual([mine[1], mine[0]]);
      expect(saved.draftFiles[0]).toMatchObject({ filename: 'scan 2.pdf', contentType: 'application/pdf', preview: 'PDF' });
      const file = await request(t.server).get(pathOf(saved.draftFiles[0].url));
      expect(file.status).toBe(200);

      const theirs = await uploadFile(t, other.client);
      const refused = await s.client.gql(SAVE_DRAFT, draft(a.id, '', 1, [mine[0], theirs]));
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields?.fileIds?.[0]).toMatch(/not one of your homework uploads/);

      const library = await uploadFile(t, hc.mentor.client, { purpose: 'MATERIAL' });
      const libraryRefused = await s.client.gql(SAVE_DRAFT, draft(a.id, '', 1, [library]));
      expect(libraryRefused.errors?.[0].extensions?.fields?.fileIds).toBeDefined();

      const eleven = Array.from({ length: 11 }, () => crypto.randomUUID());
      const tooMany = await s.client.gql(SAVE_DRAFT, draft(a.id, '', 1, eleven));
      expect(tooMany.errors?.[0].extensions?.fields?.fileIds).toEqual(['Attach at most 10 files.']);

      // Nothing of that changed the draft.
      const now = (await s.client.ok(VIEWER_SUBMISSION, { id: a.id })).assignment.viewerSubmission;
      expect(now.draftRevision).toBe(1);
      expect(now.draftFiles.map((f: { id: string }) => f.id)).toEqual([mine[1], mine[0]]);
    });

    it('is only for enrolled students of a published assignment', async () => {
      const a = await assignment(hc);
      const hidden = await assignment(hc, { publish: false });
      const stranger = await t.factories.asStudent();
      expect(await stranger.client.code(SAVE_DRAFT, draft(a.id, 'x', 0))).toBe('NOT_FOUND');
      expect(await stranger.client.code(SUBMIT, { id: a.id, key: uid() })).toBe('NOT_FOUND');
      expect(await hc.students[0].client.code(SAVE_DRAFT, draft(hidden.id, 'x', 0))).toBe('NOT_FOUND');
      expect(await hc.students[0].client.code(SAVE_DRAFT, draft('not-an-id', 'x', 0))).toBe('NOT_FOUND');
      expect(await hc.mentor.client.code(SAVE_DRAFT, draft(a.id, 'x', 0))).toBe('FORBIDDEN');
      expect((await counts(a.id)).submissions).toBe(0);
    });
  });

  describe('submitting', () => {
    let hc: HomeworkCohort;
    beforeAll(async () => {
      hc = await homeworkCohort(t, { students: 3 });
    });

    it('needs text for WRITTEN and a file for FILE', async () => {
      const written = await assignment(hc);
      const [s] = hc.students;
      const noText = await s.client.gql(SUBMIT, { id: written.id, key: uid() });
      expect(noText.errors?.[0].extensions?.fields?.bodyMarkdown).toEqual(['Write your answer before submitting.']);
      expect((await counts(written.id)).submissions).toBe(0);

      const fileKind = await assignment(hc, { kind: 'FILE' });
      await s.client.ok(SAVE_DRAFT, draft(fileKind.id, 'Notes only', 0));
      const noFile = await s.client.gql(SUBMIT, { id: fileKind.id, key: uid() });
      expect(noFile.errors?.[0].extensions?.fields?.fileIds).toEqual(['Attach at least one file before submitting.']);
      const fileId = await uploadFile(t, s.client);
      await s.client.ok(SAVE_DRAFT, draft(fileKind.id, 'Notes only', 1, [fileId]));
      const done = (await s.client.ok(SUBMIT, { id: fileKind.id, key: uid() })).submitAssignment;
      expect(done.status).toBe('SUBMITTED');
      expect(done.versions).toHaveLength(1);
      expect(done.versions[0].files.map((f: { id: string }) => f.id)).toEqual([fileId]);
      const bytes = await request(t.server).get(pathOf(done.versions[0].files[0].downloadUrl));
      expect(bytes.status).toBe(200);
      expect(bytes.headers['content-disposition']).toMatch(/^attachment/);
    });

    it('adds exactly one version for ten parallel submits with the same key', async () => {
      const a = await assignment(hc);
      const [s] = hc.students;
      await s.client.ok(SAVE_DRAFT, draft(a.id, 'My answer <script>alert(1)</script>', 0));
      const key = uid('same-');
      const results = await Promise.all(Array.from({ length: 10 }, () => s.client.gql(SUBMIT, { id: a.id, key })));
      expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
      const ids = new Set(results.map((r) => (r.data as any).submitAssignment.id));
      expect(ids.size).toBe(1);
      for (const r of results) expect((r.data as any).submitAssignment.versions.map((v: { number: number }) => v.number)).toEqual([1]);
      expect(await counts(a.id)).toEqual({ submissions: 1, versions: 1, files: 0 });
      const [v] = (results[0].data as any).submitAssignment.versions;
      expect(v.bodyHtml).not.toContain('<script');

      // A retry of that request, later: still the one version.
      expect((await s.client.ok(SUBMIT, { id: a.id, key })).submitAssignment.versions).toHaveLength(1);
    });

    it('counts a double click with two keys as two versions, numbered in order, in one row', async () => {
      const a = await assignment(hc);
      const [, s] = hc.students;
      const fileId = await uploadFile(t, s.client);
      await s.client.ok(SAVE_DRAFT, draft(a.id, 'Answer', 0, [fileId]));
      const results = await Promise.all([s.client.gql(SUBMIT, { id: a.id, key: uid('click1-') }), s.client.gql(SUBMIT, { id: a.id, key: uid('click2-') })]);
      expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(await counts(a.id)).toEqual({ submissions: 1, versions: 2, files: 2 });
      const numbers: { number: number }[] = await t.db.query(
        `SELECT v.number FROM submission_version v JOIN submission s ON s.id = v.submission_id WHERE s.assignment_id = $1 ORDER BY v.number`,
        [a.id],
      );
      expect(numbers.map((n) => n.number)).toEqual([1, 2]);
    });

    it('refuses a submit after a CLOSE due time and changes nothing', async () => {
      const a = await assignment(hc, { latePolicy: 'CLOSE', dueAt: hoursAgo(1) });
      const [s, neverSaved] = hc.students;
      await s.client.ok(SAVE_DRAFT, draft(a.id, 'Too late?', 0));
      const before = await t.db.query(`SELECT * FROM submission WHERE assignment_id = $1`, [a.id]);
      const res = await s.client.gql(SUBMIT, { id: a.id, key: uid() });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBe(DEADLINE_PASSED);
      expect(await t.db.query(`SELECT * FROM submission WHERE assignment_id = $1`, [a.id])).toEqual(before);
      expect((await counts(a.id)).versions).toBe(0);

      // A student with no row yet: none is left behind either.
      expect(await neverSaved.client.code(SUBMIT, { id: a.id, key: uid() })).toBe('BAD_USER_INPUT');
      expect((await counts(a.id)).submissions).toBe(1);
    });

    it('accepts late work under ACCEPT_LATE and marks it late', async () => {
      const a = await assignment(hc, { latePolicy: 'ACCEPT_LATE', dueAt: hoursAgo(2) });
      const done = await saveAndSubmit(hc.students[0].client, a.id, 'Better late');
      expect(done).toMatchObject({ status: 'SUBMITTED', late: true });
      expect(done.versions[0].late).toBe(true);
      const onTime = await saveAndSubmit(hc.students[1].client, (await assignment(hc)).id, 'On time');
      expect(onTime).toMatchObject({ status: 'SUBMITTED', late: false });
    });

    it('lets a student with an extension submit after the general due time (on time), and not the others', async () => {
      const a = await assignment(hc, { latePolicy: 'CLOSE', dueAt: hoursAgo(3) });
      const [s, other] = hc.students;
      await hc.mentor.client.ok(GRANT_EXTENSION, { a: a.id, s: s.user.id, d: inDays(2) });
      const done = await saveAndSubmit(s.client, a.id, 'With my extension');
      expect(done).toMatchObject({ status: 'SUBMITTED', late: false });
      await other.client.ok(SAVE_DRAFT, draft(a.id, 'No extension', 0));
      expect(await other.client.code(SUBMIT, { id: a.id, key: uid() })).toBe('BAD_USER_INPUT');

      const queue = (await hc.mentor.client.ok(QUEUE, { id: a.id })).gradingQueue;
      const entry = queue.find((e: { student: { id: string } }) => e.student.id === s.user.id);
      expect(entry).toMatchObject({ status: 'SUBMITTED', late: false });
      expect(entry.extensionDueAt).not.toBeNull();
    });

    it('keeps every version on resubmission, newest first, and a returned submission goes back to SUBMITTED', async () => {
      const a = await assignment(hc);
      const [s] = hc.students;
      const v1 = await saveAndSubmit(s.client, a.id, 'First answer');
      const graded = (await hc.mentor.client.ok(GRADE, { input: { submissionId: v1.id, expectedVersion: v1.version, score: 6, feedbackMarkdown: 'Say more.' } })).gradeSubmission;
      const returned = (await hc.mentor.client.ok(RETURN, { id: v1.id, v: graded.version })).returnSubmission;
      expect(returned.status).toBe('RETURNED');

      const v2 = await saveAndSubmit(s.client, a.id, 'Second answer, with more');
      expect(v2.status).toBe('SUBMITTED');
      expect(v2.versions.map((v: { number: number; bodyMarkdown: string }) => [v.number, v.bodyMarkdown])).toEqual([
        [2, 'Second answer, with more'],
        [1, 'First answer'],
      ]);
      expect((await counts(a.id)).versions).toBe(2);
    });
  });

  describe('who sees what', () => {
    let hc: HomeworkCohort;
    let a: { id: string };
    let mine: Record<string, any>;
    let fileId: string;
    beforeAll(async () => {
      hc = await homeworkCohort(t, { students: 2 });
      a = await assignment(hc, { kind: 'FILE' });
      fileId = await uploadFile(t, hc.students[0].client, { filename: 'private.pdf' });
      mine = await saveAndSubmit(hc.students[0].client, a.id, 'Mine', [fileId]);
    });

    it('shows a submission to its student and the cohort’s managers, and to no one else (NOT_FOUND)', async () => {
      const [owner, classmate] = hc.students;
      expect((await owner.client.ok(GET_SUBMISSION, { id: mine.id })).submission.id).toBe(mine.id);
      const asMentor = (await hc.mentor.client.ok(GET_SUBMISSION, { id: mine.id })).submission;
      expect(asMentor.student).toEqual({ id: owner.user.id, displayName: owner.user.displayName, email: owner.user.email });
      // The unsubmitted draft stays the student's own.
      expect(asMentor.draftFiles).toEqual([]);
      expect(asMentor.versions[0].files.map((f: { id: string }) => f.id)).toEqual([fileId]);
      const admin = await t.factories.asChapterAdmin(hc.mentor.chapter);
      expect((await admin.client.ok(GET_SUBMISSION, { id: mine.id })).submission.id).toBe(mine.id);
      const platform = await t.factories.asPlatformAdmin();
      expect((await platform.client.ok(GET_SUBMISSION, { id: mine.id })).submission.id).toBe(mine.id);

      const otherMentor = await t.factories.asMentor();
      const sameChapterMentor = await t.factories.asMentor(hc.mentor.chapter);
      for (const c of [classmate.client, (await t.factories.asStudent()).client, otherMentor.client, sameChapterMentor.client]) {
        expect(await c.code(GET_SUBMISSION, { id: mine.id })).toBe('NOT_FOUND');
      }
      expect(await classmate.client.code(GET_SUBMISSION, { id: crypto.randomUUID() })).toBe('NOT_FOUND');
      expect(await t.anon().code(GET_SUBMISSION, { id: mine.id })).toBe('UNAUTHENTICATED');
    });

    it('never hands another student’s work, file or link to a classmate through any query, field or upload', async () => {
      const [owner, classmate] = hc.students;
      // Their own view of the assignment: their own (none yet).
      const seen = await classmate.client.gql(VIEWER_SUBMISSION, { id: a.id });
      expect(seen.data?.assignment).toEqual({ id: a.id, viewerSubmission: null, submissionCounts: null });
      // Manager-only queries.
      expect(await classmate.client.code(QUEUE, { id: a.id })).toBe('FORBIDDEN');
      expect(await classmate.client.code(GRADEBOOK, { id: hc.cohortId })).toBe('FORBIDDEN');
      const csv = await request(t.server).get(`/exports/cohorts/${hc.cohortId}/gradebook.csv`).set('cookie', classmate.client.cookie!);
      expect(csv.status).toBe(403);
      // Changing it: grading is for managers; drafts and submits only ever touch the caller's own row.
      expect(await classmate.client.code(GRADE, { input: { submissionId: mine.id, expectedVersion: 1, score: 0 } })).toBe('FORBIDDEN');
      expect(await classmate.client.code(RETURN, { id: mine.id, v: 1 })).toBe('FORBIDDEN');
      const stolen = await classmate.client.gql(SAVE_DRAFT, draft(a.id, '', 0, [fileId]));
      expect(stolen.errors?.[0].extensions?.fields?.fileIds).toBeDefined();
      // Nothing the classmate got back mentions the owner's submission or file.
      const everything = JSON.stringify([seen, stolen, await classmate.client.gql(GET_SUBMISSION, { id: mine.id })]);
      expect(everything).not.toContain(fileId);
      expect(everything).not.toContain('private.pdf');
      // The owner's own submission is untouched.
      const after = (await owner.client.ok(GET_SUBMISSION, { id: mine.id })).submission;
      expect(after.versions).toHaveLength(1);
      expect(after.draftFiles.map((f: { id: string }) => f.id)).toEqual([fileId]);
      // The bytes are reachable only with a signed link; an unsigned or forged one is refused.
      expect((await request(t.server).get(`/files/${fileId}/content`)).status).toBe(403);
      const link = new URL(after.versions[0].files[0].url, 'http://gantry.test');
      link.searchParams.set('sig', 'A'.repeat(43));
      expect((await request(t.server).get(`${link.pathname}${link.search}`)).status).toBe(403);
      expect((await request(t.server).get(pathOf(after.versions[0].files[0].url))).status).toBe(200);
    });

    it('hides the grade and feedback from the student until the work is RETURNED', async () => {
      const [owner] = hc.students;
      const graded = (
        await hc.mentor.client.ok(GRADE, { input: { submissionId: mine.id, expectedVersion: mine.version, score: 7.5, feedbackMarkdown: 'Good **scan**.' } })
      ).gradeSubmission;
      expect(graded).toMatchObject({ score: 7.5, feedbackMarkdown: 'Good **scan**.', feedbackHtml: '<p>Good <strong>scan</strong>.</p>\n' });
      for (const s of [(await owner.client.ok(GET_SUBMISSION, { id: mine.id })).submission, (await owner.client.ok(VIEWER_SUBMISSION, { id: a.id })).assignment.viewerSubmission]) {
        expect(s).toMatchObject({ status: 'SUBMITTED', score: null, rubricScores: [], feedbackHtml: null, feedbackMarkdown: null, gradedAt: null });
      }
      await hc.mentor.client.ok(RETURN, { id: mine.id, v: graded.version });
      const back = (await owner.client.ok(VIEWER_SUBMISSION, { id: a.id })).assignment.viewerSubmission;
      expect(back).toMatchObject({ status: 'RETURNED', score: 7.5, feedbackMarkdown: 'Good **scan**.' });
      expect(back.returnedAt).not.toBeNull();
    });

    it('reads submissions, versions and files through loaders (no N+1)', async () => {
      const small = await homeworkCohort(t, { students: 2 });
      const big = await homeworkCohort(t, { students: 6 });
      const cost = async (c: HomeworkCohort) => {
        const x = await assignment(c, { kind: 'FILE' });
        for (const s of c.students) {
          const files = [await uploadFile(t, s.client), await uploadFile(t, s.client)];
          await saveAndSubmit(s.client, x.id, 'v1', files);
          await s.client.ok(SUBMIT, { id: x.id, key: uid() });
        }
        return c.mentor.client.countQueries(QUEUE, { id: x.id });
      };
      const a2 = await cost(small);
      const a6 = await cost(big);
      expect(a6).toBe(a2);
    });
  });
});
