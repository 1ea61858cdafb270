import { DateTime } from '@gantry/shared';
import { startTestApp, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { DEADLINE_PASSED } from '../homework/submissions.service';
import { SAVE_DRAFT, homeworkCohort, type HomeworkCohort } from '../testing/homework';
import {
  ANSWER,
  ASSIGNMENT_QUIZ,
  CREATE_QUIZ,
  GET_ATTEMPT,
  MOVE,
  MY_ATTEMPTS,
  START_QUIZ,
  SUBMIT_ATTEMPT,
  allItems,
  answerKey,
  assertNoAnswers,
  domains,
  expire,
  quizAssignment,
  seedQuestions,
  type Domain,
} from '../testing/practice';
import { ANSWER_LOCKED, TIME_UP } from './attempts.service';

const UPDATE_QUIZ = `mutation U($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id version quiz { feedback questionCount timeLimitMinutes } } }`;

describe('practice quizzes', () => {
  let t: TestApp;
  let hc: HomeworkCohort;
  let doms: Domain[];
  /** Reviewed questions of the cohort's chapter, by domain code (8 each in SAFETY and IMAGING_EQUIPMENT). */
  let bank: Record<string, string[]>;

  beforeAll(async () => {
    t = await startTestApp();
    hc = await homeworkCohort(t, { students: 3 });
    doms = await domains(t);
    bank = await seedQuestions(t, { perDomain: 8, domainCodes: ['SAFETY', 'IMAGING_EQUIPMENT'], scope: 'CHAPTER', chapterId: hc.mentor.chapter.id });
  });
  afterAll(async () => {
    await t?.close();
  });

  const domainId = (code: string) => doms.find((d) => d.code === code)!.id;
  const fixed = (ids: string[], over: Record<string, unknown> = {}) => ({ selection: 'FIXED', questionIds: ids, feedback: 'AT_END', ...over });

  describe('settings on assignments', () => {
    it('saves a FIXED quiz; students see how many questions, not which', async () => {
      const ids = bank.SAFETY.slice(0, 3);
      const a = await quizAssignment(hc, fixed(ids, { timeLimitMinutes: 15 }));
      expect(a).toMatchObject({ kind: 'QUIZ', quiz: { selection: 'FIXED', questionIds: ids, feedback: 'AT_END', timeLimitMinutes: 15, shuffle: true, questionCount: 3, rule: null } });
      const seen = (await hc.students[0].client.ok(ASSIGNMENT_QUIZ, { id: a.id })).assignment;
      expect(seen.quiz).toMatchObject({ selection: 'FIXED', questionIds: [], questionCount: 3 });
      expect(seen.myAttempts).toEqual([]);
      // A quiz is handed in through its attempts, not as a draft.
      const draft = await hc.students[0].client.gql(SAVE_DRAFT, { input: { assignmentId: a.id, bodyMarkdown: 'hi', fileIds: [], expectedRevision: 0 } });
      expect(draft.errors?.[0].extensions?.code).toBe('CONFLICT');
    });

    it('requires settings for QUIZ only, and checks them field by field', async () => {
      const bad = async (input: Record<string, unknown>) => {
        const res = await hc.mentor.client.gql(CREATE_QUIZ, {
          input: { sessionId: hc.sessionIds[0], title: `Quiz ${uid()}`, kind: 'QUIZ', points: 10, dueMode: 'ABSOLUTE', dueAt: DateTime.utc().plus({ days: 3 }).toISO(), latePolicy: 'ACCEPT_LATE', ...input },
        });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        return res.errors![0].extensions!.fields as Record<string, string[]>;
      };
      expect(Object.keys(await bad({}))).toEqual(['quiz']);
      expect(Object.keys(await bad({ kind: 'WRITTEN', quiz: fixed(bank.SAFETY.slice(0, 1)) }))).toEqual(['quiz']);
      expect(await bad({ quiz: { selection: 'FIXED', questionIds: [], feedback: 'AT_END' } })).toEqual({ 'quiz.questionIds': ['Add at least one question.'] });
      expect(Object.keys(await bad({ quiz: { selection: 'RULE', feedback: 'AT_END' } }))).toEqual(['quiz.rule']);
      expect(Object.keys(await bad({ quiz: fixed(bank.SAFETY.slice(0, 1)), rubric: [{ id: 'a', title: 'All', points: 10 }] }))).toEqual(['rubric']);

      // Draft and other chapters' questions cannot go into a quiz.
      const [draft] = (await seedQuestions(t, { perDomain: 1, domainCodes: ['SAFETY'], scope: 'CHAPTER', chapterId: hc.mentor.chapter.id, status: 'DRAFT' })).SAFETY;
      const other = await t.factories.chapter();
      const [foreign] = (await seedQuestions(t, { perDomain: 1, domainCodes: ['SAFETY'], scope: 'CHAPTER', chapterId: other.id })).SAFETY;
      const fields = await bad({ quiz: fixed([bank.SAFETY[0], draft, foreign]) });
      expect(Object.keys(fields).sort()).toEqual(['quiz.questionIds', 'quiz.questionIds.1', 'quiz.questionIds.2']);
      expect(fields['quiz.questionIds'][0]).toMatch(/Questions 2, 3 cannot be used/);

      // A rule asking for more than the reviewed questions that match it.
      const rule = await bad({ quiz: { selection: 'RULE', feedback: 'AT_END', rule: { domainIds: [domainId('SAFETY')], count: 9 } } });
      expect(rule).toEqual({ 'quiz.rule.count': ['Only 8 reviewed questions match this rule: ask for 8 or fewer, or widen the rule.'] });
      expect(Object.keys(await bad({ quiz: { selection: 'RULE', feedback: 'AT_END', rule: { domainIds: [hc.cohortId], count: 1 } } }))).toEqual(['quiz.rule.domainIds']);
    });

    it('counts a change to the quiz alone as an edit of the assignment (stale edits conflict)', async () => {
      const a = await quizAssignment(hc, fixed(bank.SAFETY.slice(0, 2)));
      const base = { id: a.id, sessionId: hc.sessionIds[0], title: 'Same title', kind: 'QUIZ', points: 10, dueMode: 'ABSOLUTE', dueAt: DateTime.utc().plus({ days: 3 }).toISO(), latePolicy: 'ACCEPT_LATE' };
      const v1 = (await hc.mentor.client.ok(UPDATE_QUIZ, { input: { ...base, expectedVersion: a.version, quiz: fixed(bank.SAFETY.slice(0, 2)) } })).updateAssignment;
      const v2 = (await hc.mentor.client.ok(UPDATE_QUIZ, { input: { ...base, expectedVersion: v1.version, quiz: fixed(bank.SAFETY.slice(0, 2), { feedback: 'IMMEDIATE' }) } })).updateAssignment;
      expect(v2.version).toBeGreaterThan(v1.version);
      expect(v2.quiz.feedback).toBe('IMMEDIATE');
      const stale = await hc.mentor.client.gql(UPDATE_QUIZ, { input: { ...base, expectedVersion: v1.version, quiz: fixed(bank.SAFETY.slice(0, 3)) } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    });
  });

  it('goes into next season’s cohort with its settings through a saved template', async () => {
    const a = await quizAssignment(hc, { selection: 'RULE', feedback: 'IMMEDIATE', timeLimitMinutes: 12, shuffle: false, rule: { domainIds: [domainId('SAFETY')], count: 4, difficulty: 'MEDIUM' } });
    const template = (await hc.mentor.client.ok(`mutation($id: ID!) { saveCohortTemplate(cohortId: $id, name: "Next") { id } }`, { id: hc.cohortId })).saveCohortTemplate;
    const next = (
      await hc.mentor.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, {
        input: {
          chapterId: hc.mentor.chapter.id, title: `Next ${uid()}`, modalityCodes: ['CT'], capacity: 10, timeZone: 'America/Denver', templateId: template.id,
          pattern: { startDate: DateTime.utc().plus({ days: 60 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 3 },
        },
      })
    ).createCohort;
    const got = (await hc.mentor.client.ok(`query($id: ID!) { cohort(id: $id) { sessions { assignments { title kind quiz { selection feedback timeLimitMinutes shuffle questionCount rule { domainIds count difficulty } } } } } }`, { id: next.id })).cohort;
    expect(got.sessions[0].assignments.find((x: { title: string }) => x.title === a.title)).toMatchObject({
      kind: 'QUIZ',
      quiz: { selection: 'RULE', feedback: 'IMMEDIATE', timeLimitMinutes: 12, shuffle: false, questionCount: 4, rule: { domainIds: [domainId('SAFETY')], count: 4, difficulty: 'MEDIUM' } },
    });
  });

  describe('taking a quiz (feedback at the end)', () => {
    let quizId: string;
    let attemptId: string;
    const ids = () => bank.IMAGING_EQUIPMENT.slice(0, 5);

    beforeAll(async () => {
      quizId = (await quizAssignment(hc, fixed(ids()), { points: 10 })).id;
    });

    it('starts once (a second start resumes), with the quiz’s questions and every option, shuffled per attempt', async () => {
      const s = hc.students[0].client;
      const a = (await s.ok(START_QUIZ, { id: quizId })).startQuizAttempt;
      expect(a).toMatchObject({ kind: 'PRACTICE', status: 'IN_PROGRESS', assignmentId: quizId, cohortId: hc.cohortId, feedback: 'AT_END', itemCount: 5, answeredCount: 0, currentPosition: 0, deadlineAt: null, secondsLeft: null });
      attemptId = a.id;
      expect((await s.ok(START_QUIZ, { id: quizId })).startQuizAttempt.id).toBe(attemptId);
      const items = await allItems(s, attemptId);
      expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(items.map((i) => i.question.id))).toEqual(new Set(ids()));
      for (const i of items) expect(i.question.options).toHaveLength(4);
      // Two students at once: both can start; nothing shared.
      const other = (await hc.students[1].client.ok(START_QUIZ, { id: quizId })).startQuizAttempt;
      expect(other.id).not.toBe(attemptId);
      // Each attempt's items are its own (a client caches them apart, each in its own option order).
      const theirs = await allItems(hc.students[1].client, other.id);
      expect(new Set([...items, ...theirs].map((i) => i.id)).size).toBe(10);
      expect(items.map((i) => i.id)).toEqual(items.map((i) => `${attemptId}:${i.position}`));
    });

    it('leaks no answer through anything a student can ask while it runs', async () => {
      const s = hc.students[0].client;
      const key = await answerKey(t, ids());
      const items = await allItems(s, attemptId);
      // Answer every question (the answer comes back without any verdict), change one, flag one.
      for (const i of items) assertNoAnswers((await s.ok(ANSWER, { id: attemptId, position: i.position, optionId: i.question.options[0].id })).answerItem);
      assertNoAnswers((await s.ok(ANSWER, { id: attemptId, position: 1, optionId: key.get(items[1].question.id), flagged: true })).answerItem);
      assertNoAnswers(await s.ok(MOVE, { id: attemptId, position: 3 }));
      assertNoAnswers(await s.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 200 }));
      assertNoAnswers(await s.ok(MY_ATTEMPTS));
      assertNoAnswers(await s.ok(ASSIGNMENT_QUIZ, { id: quizId }));
      assertNoAnswers(await s.ok(`query { myHomework(includeDone: true) { nodes { status score assignment { id quiz { questionIds } myAttempts { percent } } } } }`));
      for (const q of [`query($id: ID!) { question(id: $id) { id } }`, `query { questions { nodes { id } } }`]) {
        expect(await s.code(q, { id: ids()[0] })).toBe('FORBIDDEN');
      }
    });

    it('scores on submit, reveals answers and rationales, and hands the score in as returned homework', async () => {
      const s = hc.students[0].client;
      const key = await answerKey(t, ids());
      let items = await allItems(s, attemptId);
      // Two right answers in all (items 1 and 2); the rest stay on options that may or may not be right.
      await s.ok(ANSWER, { id: attemptId, position: 2, optionId: key.get(items[2].question.id) });
      items = await allItems(s, attemptId);
      const expected = items.filter((i) => i.selectedOptionId === key.get(i.question.id)).length;
      const done = (await s.ok(SUBMIT_ATTEMPT, { id: attemptId })).submitAttempt;
      expect(done).toMatchObject({ status: 'SUBMITTED', autoSubmitted: false, result: { correct: expected, total: 5, percent: Math.round((100 * expected) / 5) } });
      expect(done.result.byDomain).toEqual([{ domain: { code: 'IMAGING_EQUIPMENT' }, correct: expected, total: 5, percent: Math.round((100 * expected) / 5) }]);
      expect(done.result.byModality).toEqual([{ modality: null, correct: expected, total: 5, percent: Math.round((100 * expected) / 5) }]);
      // Idempotent.
      const again = (await s.ok(SUBMIT_ATTEMPT, { id: attemptId })).submitAttempt;
      expect(again.submittedAt).toBe(done.submittedAt);
      // Now everything is revealed.
      for (const i of await allItems(s, attemptId)) {
        expect(i.question.correctOptionId).toBe(key.get(i.question.id));
        expect(i.question.rationaleHtml).toMatch(/RATIONALE-MARK/);
        expect(i.correct).toBe(i.selectedOptionId === key.get(i.question.id));
      }
      const hw = (await s.ok(ASSIGNMENT_QUIZ, { id: quizId })).assignment;
      expect(hw.viewerSubmission).toMatchObject({ status: 'RETURNED', score: Math.round((10 * expected) / 5), late: false });
      expect(hw.viewerSubmission.versions[0].bodyMarkdown).toBe(`Practice quiz: ${expected} of 5 correct (${Math.round((100 * expected) / 5)} %).`);
      expect(hw.myAttempts).toEqual([expect.objectContaining({ id: attemptId, status: 'SUBMITTED', percent: Math.round((100 * expected) / 5) })]);
      // Answers can no longer change.
      const late = await s.gql(ANSWER, { id: attemptId, position: 0, optionId: items[0].question.options[1].id });
      expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');

      // Practising again after the due date (late work accepted): the best score stays, and
      // a worse retake does not make the work late.
      await t.db.query(`UPDATE assignment SET due_at = now() - interval '1 hour' WHERE id = $1`, [quizId]);
      const second = (await s.ok(START_QUIZ, { id: quizId })).startQuizAttempt;
      expect(second.id).not.toBe(attemptId);
      await s.ok(SUBMIT_ATTEMPT, { id: second.id });
      const after = (await s.ok(ASSIGNMENT_QUIZ, { id: quizId })).assignment;
      expect(after.viewerSubmission.score).toBe(Math.round((10 * expected) / 5));
      expect(after.viewerSubmission.late).toBe(false);
      expect(after.viewerSubmission.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
      const perfect = (await s.ok(START_QUIZ, { id: quizId })).startQuizAttempt;
      for (const i of await allItems(s, perfect.id)) await s.ok(ANSWER, { id: perfect.id, position: i.position, optionId: key.get(i.question.id) });
      await s.ok(SUBMIT_ATTEMPT, { id: perfect.id });
      // A better score after the due date is the hand-in that counts now: late.
      expect((await s.ok(ASSIGNMENT_QUIZ, { id: quizId })).assignment.viewerSubmission).toMatchObject({ score: 10, late: true });
    });

    it('lets the cohort’s mentor read a submitted attempt; nobody else reads anyone’s', async () => {
      expect((await hc.mentor.client.ok(GET_ATTEMPT, { id: attemptId })).attempt.status).toBe('SUBMITTED');
      const running = (await hc.students[1].client.ok(START_QUIZ, { id: quizId })).startQuizAttempt.id;
      expect(await hc.mentor.client.code(GET_ATTEMPT, { id: running })).toBe('NOT_FOUND');
      const outsider = (await t.factories.asStudent()).client;
      for (const id of [attemptId, running]) {
        expect(await outsider.code(GET_ATTEMPT, { id })).toBe('NOT_FOUND');
        expect(await hc.students[2].client.code(GET_ATTEMPT, { id })).toBe('NOT_FOUND');
        expect(await hc.students[2].client.code(ANSWER, { id, position: 0, flagged: true })).toBe('NOT_FOUND');
        expect(await hc.students[2].client.code(MOVE, { id, position: 0 })).toBe('NOT_FOUND');
        expect(await hc.students[2].client.code(SUBMIT_ATTEMPT, { id })).toBe('NOT_FOUND');
      }
      const another = (await t.factories.asMentor()).client;
      expect(await another.code(GET_ATTEMPT, { id: attemptId })).toBe('NOT_FOUND');
    });

    it('refuses bad input with clear errors and changes nothing', async () => {
      const s = hc.students[2].client;
      const a = (await s.ok(START_QUIZ, { id: quizId })).startQuizAttempt;
      const items = await allItems(s, a.id);
      const err = async (q: string, v: Record<string, unknown>) => (await s.gql(q, v)).errors![0];
      const pos = await err(ANSWER, { id: a.id, position: 5, optionId: items[0].question.options[0].id });
      expect(pos.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { position: ['This attempt has 5 questions: use a position from 0 to 4.'] } });
      expect((await err(ANSWER, { id: a.id, position: -1, flagged: true })).extensions?.fields).toEqual({ position: ['Use a position from 0.'] });
      const foreign = await err(ANSWER, { id: a.id, position: 0, optionId: items[1].question.options[0].id });
      expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { optionId: ['That option is not one of this question’s.'] } });
      expect((await err(ANSWER, { id: a.id, position: 0, optionId: 'nope' })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await err(ANSWER, { id: a.id, position: 0 })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await err(MOVE, { id: a.id, position: 9 })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await err(GET_ATTEMPT, { id: a.id, from: 0, count: 0 })).extensions?.fields).toEqual({ count: ['Ask for 1 to 200 items.'] });
      for (const id of [uid(), '00000000-0000-4000-8000-000000000000']) {
        expect((await err(ANSWER, { id, position: 0, flagged: true })).extensions?.code).toBe('NOT_FOUND');
        expect((await err(GET_ATTEMPT, { id })).extensions?.code).toBe('NOT_FOUND');
        expect((await err(SUBMIT_ATTEMPT, { id })).extensions?.code).toBe('NOT_FOUND');
      }
      const after = (await s.ok(GET_ATTEMPT, { id: a.id, from: 0, count: 5 })).attempt;
      expect(after).toMatchObject({ answeredCount: 0, flaggedCount: 0, currentPosition: 0, status: 'IN_PROGRESS' });
    });

    it('is only for enrolled students of a published quiz, while it is open', async () => {
      expect(await hc.mentor.client.code(START_QUIZ, { id: quizId })).toBe('FORBIDDEN');
      expect(await (await t.factories.asStudent()).client.code(START_QUIZ, { id: quizId })).toBe('NOT_FOUND');
      const hidden = await quizAssignment(hc, fixed(ids()), { publish: false });
      expect(await hc.students[0].client.code(START_QUIZ, { id: hidden.id })).toBe('NOT_FOUND');
      const written = (await hc.mentor.client.ok(CREATE_QUIZ, {
        input: { sessionId: hc.sessionIds[0], title: 'Essay', kind: 'WRITTEN', points: 5, dueMode: 'ABSOLUTE', dueAt: DateTime.utc().plus({ days: 3 }).toISO(), latePolicy: 'ACCEPT_LATE', publish: true },
      })).createAssignment;
      expect(await hc.students[0].client.code(START_QUIZ, { id: written.id })).toBe('BAD_USER_INPUT');
      const closed = await quizAssignment(hc, fixed(ids()), { latePolicy: 'CLOSE' });
      await t.db.query(`UPDATE assignment SET due_at = now() - interval '1 minute' WHERE id = $1`, [closed.id]);
      const res = await hc.students[0].client.gql(START_QUIZ, { id: closed.id });
      expect(res.errors?.[0]).toMatchObject({ message: DEADLINE_PASSED, extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('feedback after each answer', () => {
    it('reveals an item once answered, then locks its answer (flags still change)', async () => {
      const s = hc.students[1].client;
      const ids = bank.SAFETY.slice(0, 4);
      const key = await answerKey(t, ids);
      const quiz = await quizAssignment(hc, fixed(ids, { feedback: 'IMMEDIATE' }));
      const a = (await s.ok(START_QUIZ, { id: quiz.id })).startQuizAttempt;
      expect(a.feedback).toBe('IMMEDIATE');
      assertNoAnswers(await s.ok(GET_ATTEMPT, { id: a.id, from: 0, count: 10 }));
      const items = await allItems(s, a.id);
      const wrong = items[0].question.options.find((o: { id: string }) => o.id !== key.get(items[0].question.id)).id;
      const answered = (await s.ok(ANSWER, { id: a.id, position: 0, optionId: wrong })).answerItem;
      expect(answered).toMatchObject({ answered: true, correct: false, question: { correctOptionId: key.get(items[0].question.id) } });
      expect(answered.question.rationaleHtml).toMatch(/RATIONALE-MARK/);
      // Only that item: the others still give nothing away.
      const rest = (await s.ok(GET_ATTEMPT, { id: a.id, from: 1, count: 10 })).attempt.items;
      assertNoAnswers(rest);
      // The same answer again is fine; another one, or clearing it, is refused.
      await s.ok(ANSWER, { id: a.id, position: 0, optionId: wrong });
      const change = await s.gql(ANSWER, { id: a.id, position: 0, optionId: key.get(items[0].question.id) });
      expect(change.errors?.[0]).toMatchObject({ message: ANSWER_LOCKED, extensions: { code: 'CONFLICT' } });
      expect(await s.code(ANSWER, { id: a.id, position: 0, optionId: null })).toBe('CONFLICT');
      expect((await s.ok(ANSWER, { id: a.id, position: 0, flagged: true })).answerItem).toMatchObject({ flagged: true, selectedOptionId: wrong });
    });
  });

  describe('rules and timers', () => {
    it('draws a RULE quiz per attempt without repeats, and checks the pool again at the start', async () => {
      const s = hc.students[0].client;
      const quiz = await quizAssignment(hc, { selection: 'RULE', feedback: 'AT_END', rule: { domainIds: [domainId('SAFETY'), domainId('IMAGING_EQUIPMENT')], count: 12 } });
      expect(quiz.quiz).toMatchObject({ selection: 'RULE', questionCount: 12, rule: { count: 12, modalityIds: [], difficulty: null } });
      const a = (await s.ok(START_QUIZ, { id: quiz.id })).startQuizAttempt;
      const drawn = (await allItems(s, a.id)).map((i) => i.question.id);
      expect(drawn).toHaveLength(12);
      expect(new Set(drawn).size).toBe(12);
      const pool = new Set([...bank.SAFETY, ...bank.IMAGING_EQUIPMENT]);
      expect(drawn.every((id) => pool.has(id))).toBe(true);

      // Questions retired since: too few left for a new attempt.
      const narrow = await quizAssignment(hc, { selection: 'RULE', feedback: 'AT_END', rule: { domainIds: [domainId('SAFETY')], count: 8 } });
      await t.db.query(`UPDATE question SET status = 'RETIRED' WHERE id = $1`, [bank.SAFETY[7]]);
      const res = await hc.students[2].client.gql(START_QUIZ, { id: narrow.id });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toBe('This quiz draws 8 questions, but only 7 reviewed questions match its rule now. Ask your mentor to adjust it.');
      await t.db.query(`UPDATE question SET status = 'REVIEWED' WHERE id = $1`, [bank.SAFETY[7]]);
    });

    it('ends an attempt at its time limit or a closing due time, submits it on the next read, and refuses answers after', async () => {
      const s = hc.students[2].client;
      const ids = bank.SAFETY.slice(0, 3);
      const limited = await quizAssignment(hc, fixed(ids, { timeLimitMinutes: 20 }));
      const a = (await s.ok(START_QUIZ, { id: limited.id })).startQuizAttempt;
      expect(new Date(a.deadlineAt).getTime() - new Date(a.startedAt).getTime()).toBe(20 * 60_000);
      expect(a.secondsLeft).toBeGreaterThan(20 * 60 - 5);
      const closing = await quizAssignment(hc, fixed(ids, { timeLimitMinutes: 600 }), { latePolicy: 'CLOSE', dueAt: DateTime.utc().plus({ minutes: 30 }).toISO() });
      const c = (await s.ok(START_QUIZ, { id: closing.id })).startQuizAttempt;
      expect(Math.abs(new Date(c.deadlineAt).getTime() - DateTime.utc().plus({ minutes: 30 }).toMillis())).toBeLessThan(60_000);

      const items = await allItems(s, a.id);
      // An answer carries the attempt as it now is, with the server's clock (the countdown re-syncs).
      const answered = (await s.ok(`mutation A($id: ID!, $position: Int!, $optionId: ID) { answerItem(attemptId: $id, position: $position, optionId: $optionId) {
        id attempt { id secondsLeft serverNow answeredCount currentPosition } } }`, { id: a.id, position: 0, optionId: items[0].question.options[0].id })).answerItem;
      expect(answered.id).toBe(`${a.id}:0`);
      expect(answered.attempt).toMatchObject({ id: a.id, answeredCount: 1, currentPosition: 0 });
      expect(answered.attempt.secondsLeft).toBeGreaterThan(20 * 60 - 10);
      expect(answered.attempt.secondsLeft).toBeLessThanOrEqual(20 * 60);
      await expire(t, a.id);
      // An answer after the deadline: refused, nothing changes, and the attempt is handed in.
      const res = await s.gql(ANSWER, { id: a.id, position: 1, optionId: items[1].question.options[0].id });
      expect(res.errors?.[0]).toMatchObject({ message: TIME_UP, extensions: { code: 'CONFLICT' } });
      const [row]: { status: string; auto_submitted: boolean; submitted_at: Date; deadline_at: Date }[] = await t.db.query(`SELECT status, auto_submitted, submitted_at, deadline_at FROM attempt WHERE id = $1`, [a.id]);
      expect(row).toMatchObject({ status: 'SUBMITTED', auto_submitted: true });
      expect(new Date(row.submitted_at).getTime()).toBe(new Date(row.deadline_at).getTime());
      const stored: { selected_option_id: string | null }[] = await t.db.query(`SELECT selected_option_id FROM attempt_item WHERE attempt_id = $1 ORDER BY position`, [a.id]);
      expect(stored.map((r) => r.selected_option_id)).toEqual([items[0].question.options[0].id, null, null]);
      const read = (await s.ok(GET_ATTEMPT, { id: a.id })).attempt;
      expect(read).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true, secondsLeft: 0, answeredCount: 1 });
      expect((await s.ok(ASSIGNMENT_QUIZ, { id: limited.id })).assignment.viewerSubmission.status).toBe('RETURNED');
    });

    it('starts one attempt for two simultaneous starts', async () => {
      const s = hc.students[1].client;
      const quiz = await quizAssignment(hc, fixed(bank.SAFETY.slice(0, 2)));
      const [x, y] = await Promise.all([s.gql(START_QUIZ, { id: quiz.id }), s.gql(START_QUIZ, { id: quiz.id })]);
      expect(x.errors).toBeUndefined();
      expect(y.errors).toBeUndefined();
      expect(x.data!.startQuizAttempt.id).toBe(y.data!.startQuizAttempt.id);
      const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM attempt WHERE assignment_id = $1`, [quiz.id]);
      expect(n).toBe(1);
      // And the database itself refuses a second one in progress.
      const [a]: { user_id: string }[] = await t.db.query(`SELECT user_id FROM attempt WHERE assignment_id = $1`, [quiz.id]);
      await expect(t.db.query(`INSERT INTO attempt (user_id, kind, assignment_id, cohort_id, feedback) VALUES ($1, 'PRACTICE', $2, $3, 'AT_END')`, [a.user_id, quiz.id, hc.cohortId])).rejects.toThrow(/attempt_in_progress_quiz_key/);
    });
  });
});
