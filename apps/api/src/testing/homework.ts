import request from 'supertest';
import { DateTime } from '@gantry/shared';
import type { UserEntity } from '../accounts/user.entity';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { tinyPdf } from '../files/testing/fixtures';
import { uid } from './factories';
import type { GqlClient, TestApp } from './test-app';

/** Test helpers shared by the submissions and grading integration tests. */

export const FILE = `id filename contentType preview url downloadUrl`;
export const SUBMISSION = `id assignmentId status draftMarkdown draftSavedAt draftRevision submittedAt late score rubricScores { criterionId points }
  feedbackHtml feedbackMarkdown gradedAt returnedAt version student { id displayName email } draftFiles { ${FILE} }
  versions { id number bodyMarkdown bodyHtml submittedAt late files { ${FILE} } }`;
export const SAVE_DRAFT = `mutation D($input: SubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${SUBMISSION} } }`;
export const SUBMIT = `mutation S($id: ID!, $key: String!) { submitAssignment(assignmentId: $id, idempotencyKey: $key) { ${SUBMISSION} } }`;
export const GET_SUBMISSION = `query G($id: ID!) { submission(id: $id) { ${SUBMISSION} } }`;
export const VIEWER_SUBMISSION = `query V($id: ID!) { assignment(id: $id) { id viewerSubmission { ${SUBMISSION} } submissionCounts { enrolled submitted late returned missing } } }`;
export const GRADE = `mutation G($input: GradeInput!) { gradeSubmission(input: $input) { ${SUBMISSION} } }`;
export const RETURN = `mutation R($id: ID!, $v: Int!) { returnSubmission(submissionId: $id, expectedVersion: $v) { ${SUBMISSION} } }`;
export const QUEUE = `query Q($id: ID!) { gradingQueue(assignmentId: $id) { student { id displayName email } status late extensionDueAt submission { ${SUBMISSION} } } }`;
export const GRADEBOOK = `query B($id: ID!) { gradebook(cohortId: $id) { assignments { id title points } rows { student { id displayName email } completed cells { assignmentId status late score } } } }`;
export const CREATE_ASSIGNMENT = `mutation A($input: AssignmentInput!) { createAssignment(input: $input) { id cohortId title points published version } }`;
export const GRANT_EXTENSION = `mutation X($a: ID!, $s: ID!, $d: DateTime!) { grantExtension(assignmentId: $a, studentId: $s, dueAt: $d) { dueAt } }`;

export interface Person {
  user: UserEntity;
  client: GqlClient;
}

export interface HomeworkCohort {
  mentor: Person & { chapter: ChapterEntity };
  cohortId: string;
  cohortTitle: string;
  sessionIds: string[];
  students: Person[];
}

/** An open cohort of a new mentor, with `students` enrolled (named so their order is known: "Student 01", …). */
export async function homeworkCohort(t: TestApp, opts: { students?: number; title?: string; names?: string[] } = {}): Promise<HomeworkCohort> {
  const mentor = await t.factories.asMentor();
  const start = DateTime.utc().setZone('America/Denver').plus({ days: 10 }).toISODate();
  const title = opts.title ?? `Homework ${uid()}`;
  const cohort = (
    await mentor.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`, {
      input: {
        chapterId: mentor.chapter.id,
        title,
        modalityCodes: ['CT'],
        capacity: 50,
        timeZone: 'America/Denver',
        pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 3 },
      },
    })
  ).createCohort;
  await mentor.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohort.id });
  const names = opts.names ?? Array.from({ length: opts.students ?? 2 }, (_, i) => `Student ${String(i + 1).padStart(2, '0')} ${uid()}`);
  const students: Person[] = [];
  for (const displayName of names) {
    const user = await t.factories.user({ displayName });
    const client = await t.factories.clientFor(user);
    await client.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: cohort.id });
    students.push({ user, client });
  }
  return { mentor, cohortId: cohort.id, cohortTitle: title, sessionIds: cohort.sessions.map((s: { id: string }) => s.id), students };
}

/** A published assignment on the cohort's first session (override anything). */
export async function assignment(hc: HomeworkCohort, over: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return (
    await hc.mentor.client.ok(CREATE_ASSIGNMENT, {
      input: {
        sessionId: hc.sessionIds[0],
        title: `Assignment ${uid()}`,
        instructionsMarkdown: 'Explain **why**.',
        kind: 'WRITTEN',
        points: 10,
        dueMode: 'ABSOLUTE',
        dueAt: DateTime.utc().plus({ days: 3 }).toISO(),
        latePolicy: 'ACCEPT_LATE',
        publish: true,
        ...over,
      },
    })
  ).createAssignment;
}

/** `POST /files?purpose=SUBMISSION` as the browser does it; the new file's id. */
export async function uploadFile(t: TestApp, client: GqlClient, opts: { purpose?: string; bytes?: Buffer; filename?: string } = {}): Promise<string> {
  const res = await request(t.server)
    .post(`/files?purpose=${opts.purpose ?? 'SUBMISSION'}`)
    .set('x-forwarded-for', client.ip)
    .set('cookie', client.cookie!)
    .set('x-gantry-csrf', '1')
    .attach('file', opts.bytes ?? tinyPdf(`answer ${uid()}`), { filename: opts.filename ?? 'answer.pdf', contentType: 'application/pdf' });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Save a draft (from the revision the server has) and submit it. */
export async function saveAndSubmit(client: GqlClient, assignmentId: string, body: string, fileIds: string[] = []): Promise<Record<string, any>> {
  const current = (await client.ok(VIEWER_SUBMISSION, { id: assignmentId })).assignment.viewerSubmission;
  await client.ok(SAVE_DRAFT, { input: { assignmentId, bodyMarkdown: body, fileIds, expectedRevision: current?.draftRevision ?? 0 } });
  return (await client.ok(SUBMIT, { id: assignmentId, key: uid('key-') })).submitAssignment;
}

/** A signed link's path and query (local links are paths on the API's origin already). */
export const pathOf = (url: string): string => {
  const u = new URL(url, 'http://gantry.test');
  return `${u.pathname}${u.search}`;
};
