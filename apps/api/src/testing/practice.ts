import { DateTime } from '@gantry/shared';
import { uid } from './factories';
import type { HomeworkCohort } from './homework';
import type { GqlClient, TestApp } from './test-app';

/** Test helpers for the practice (quizzes, attempts, mock exam) integration tests. */

/** Every rationale seeded here carries this marker, so a test can look for it anywhere in a response. */
export const RATIONALE_MARK = 'RATIONALE-MARK';

export const ATTEMPT = `id kind status title assignmentId cohortId feedback startedAt deadlineAt secondsLeft serverNow submittedAt autoSubmitted
  currentPosition itemCount answeredCount flaggedCount`;
export const ITEM = `id position flagged answered selectedOptionId correct
  question { id stemHtml options { id textHtml } domain { id code name } modality { id code } correctOptionId rationaleHtml }`;
export const RESULT = `result { correct total percent byDomain { domain { code } correct total percent } byModality { modality { code } correct total percent } }`;
export const GET_ATTEMPT = `query A($id: ID!, $from: Int, $count: Int) { attempt(id: $id) { ${ATTEMPT} items(from: $from, count: $count) { ${ITEM} } ${RESULT} } }`;
export const START_QUIZ = `mutation S($id: ID!) { startQuizAttempt(assignmentId: $id) { ${ATTEMPT} } }`;
export const START_MOCK = `mutation M($cohortId: ID) { startMockExam(cohortId: $cohortId) { ${ATTEMPT} } }`;
export const ANSWER = `mutation A($id: ID!, $position: Int!, $optionId: ID, $flagged: Boolean) { answerItem(attemptId: $id, position: $position, optionId: $optionId, flagged: $flagged) { ${ITEM} } }`;
export const MOVE = `mutation M($id: ID!, $position: Int!) { moveTo(attemptId: $id, position: $position) { ${ATTEMPT} } }`;
export const SUBMIT_ATTEMPT = `mutation S($id: ID!) { submitAttempt(attemptId: $id) { ${ATTEMPT} ${RESULT} } }`;
export const MY_ATTEMPTS = `query { myAttempts(first: 50) { totalCount nodes { id kind status startedAt submittedAt percent title assignmentId deadlineAt } } }`;
export const ACTIVE_MOCK = `query { activeMockAttempt { ${ATTEMPT} items(from: 0, count: 200) { ${ITEM} } } }`;
export const BLUEPRINT = `query { examBlueprint { id edition effectiveFrom questionCount minutes provisional weights { domain { id code name } weight percent questionCount } } }`;
export const CREATE_QUIZ = `mutation A($input: AssignmentInput!) { createAssignment(input: $input) { id title kind points version published
  quiz { selection questionIds rule { domainIds modalityIds difficulty count } feedback timeLimitMinutes shuffle questionCount } } }`;
export const ASSIGNMENT_QUIZ = `query Q($id: ID!) { assignment(id: $id) { id kind
  quiz { selection questionIds rule { domainIds modalityIds difficulty count } feedback timeLimitMinutes shuffle questionCount }
  myAttempts { id kind status startedAt submittedAt percent title }
  viewerSubmission { id status score submittedAt late versions { number bodyMarkdown } } } }`;

export interface Domain {
  id: string;
  code: string;
  name: string;
}

export async function domains(t: TestApp): Promise<Domain[]> {
  return t.db.query(`SELECT id, code, name FROM exam_domain WHERE retired_at IS NULL ORDER BY sort_order`);
}

/**
 * Insert questions directly (fast enough for a 165-question exam): `perDomain` for each
 * domain given (default: every domain), four options each, the correct one at a position
 * that varies. Returns the new question ids by domain code.
 */
export async function seedQuestions(
  t: TestApp,
  opts: { perDomain: number; domainCodes?: string[]; scope?: 'PLATFORM' | 'CHAPTER' | 'DRAFT'; chapterId?: string | null; status?: 'REVIEWED' | 'DRAFT' | 'RETIRED'; modalityCode?: string | null; authorId?: string | null; difficulty?: string },
): Promise<Record<string, string[]>> {
  const all = await domains(t);
  const chosen = opts.domainCodes ? all.filter((d) => opts.domainCodes!.includes(d.code)) : all;
  const batch = uid('b');
  const out: Record<string, string[]> = {};
  for (const d of chosen) {
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO question (stem_markdown, stem_html, rationale_markdown, rationale_html, modality_id, exam_domain_id, difficulty, scope, chapter_id, author_id, status, version)
       SELECT 'Q ' || $1::text || ' ' || $2::text || ' #' || n, '<p>Q ' || $1::text || ' ' || $2::text || ' #' || n || '</p>', '${RATIONALE_MARK} ' || n, '<p>${RATIONALE_MARK} ' || n || '</p>',
              (SELECT id FROM modality WHERE code = $3::text), $4::uuid, $8::text, $5::text, $6::uuid, $9::uuid, $7::text, 1
         FROM generate_series(1, $10::int) AS n
       RETURNING id`,
      [batch, d.code, opts.modalityCode ?? null, d.id, opts.scope ?? 'PLATFORM', opts.scope === 'CHAPTER' ? opts.chapterId : null, opts.status ?? 'REVIEWED', opts.difficulty ?? 'MEDIUM', opts.authorId ?? null, opts.perDomain],
    );
    const ids = (Array.isArray(rows[0]) ? (rows[0] as unknown as { id: string }[]) : rows).map((r) => r.id);
    await t.db.query(
      `INSERT INTO question_option (question_id, position, text_markdown, text_html, is_correct)
       SELECT q.id, p, 'Choice ' || p, '<p>Choice ' || p || '</p>', p = (abs(hashtext(q.id::text)) % 4)
         FROM unnest($1::uuid[]) AS q(id), generate_series(0, 3) AS p`,
      [ids],
    );
    out[d.code] = ids;
  }
  return out;
}

/** The correct option of each question (read from the database, as the test's answer key). */
export async function answerKey(t: TestApp, questionIds: string[]): Promise<Map<string, string>> {
  const rows: { question_id: string; id: string }[] = await t.db.query(`SELECT question_id, id FROM question_option WHERE question_id = ANY($1::uuid[]) AND is_correct`, [questionIds]);
  return new Map(rows.map((r) => [r.question_id, r.id]));
}

/** A published QUIZ assignment on the cohort's first session. */
export async function quizAssignment(hc: HomeworkCohort, quiz: Record<string, unknown>, over: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return (
    await hc.mentor.client.ok(CREATE_QUIZ, {
      input: {
        sessionId: hc.sessionIds[0],
        title: `Quiz ${uid()}`,
        kind: 'QUIZ',
        points: 10,
        dueMode: 'ABSOLUTE',
        dueAt: DateTime.utc().plus({ days: 3 }).toISO(),
        latePolicy: 'ACCEPT_LATE',
        publish: true,
        quiz,
        ...over,
      },
    })
  ).createAssignment;
}

/** Every item of an attempt, in order. */
export async function allItems(client: GqlClient, attemptId: string): Promise<Record<string, any>[]> {
  return (await client.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 200 })).attempt.items;
}

/** Move an attempt's deadline into the past, as if its time had run out. */
export async function expire(t: TestApp, attemptId: string, secondsAgo = 5): Promise<void> {
  await t.db.query(`UPDATE attempt SET deadline_at = now() - make_interval(secs => $2), started_at = least(started_at, now() - make_interval(secs => $2 + 60)) WHERE id = $1`, [attemptId, secondsAgo]);
}

/**
 * Fails with the path of anything in a response that gives an answer away: a correct
 * option id, isCorrect, whether an answer was right, or a rationale.
 */
export function assertNoAnswers(value: unknown, path = '$'): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (value.includes(RATIONALE_MARK)) throw new Error(`A rationale leaked at ${path}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertNoAnswers(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (['correctOptionId', 'isCorrect', 'correct', 'rationaleHtml', 'rationaleMarkdown'].includes(k) && v !== null && v !== undefined) {
        throw new Error(`An answer leaked at ${path}.${k}: ${JSON.stringify(v)}`);
      }
      assertNoAnswers(v, `${path}.${k}`);
    }
  }
}
