import { DateTime } from '@gantry/shared';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app';
import { homeworkCohort, type HomeworkCohort } from '../testing/homework';
import {
  ACTIVE_MOCK,
  ANSWER,
  BLUEPRINT,
  GET_ATTEMPT,
  MOVE,
  MY_ATTEMPTS,
  START_MOCK,
  SUBMIT_ATTEMPT,
  allItems,
  answerKey,
  assertNoAnswers,
  domains,
  expire,
  seedQuestions,
  type Domain,
} from '../testing/practice';
import { AttemptsService, MOCK_RUNNING, TIME_UP } from './attempts.service';
import { CLOSED_BOOK } from './practice.service';

const CREATE_MATERIAL = `mutation M($input: MaterialInput!) { createMaterial(input: $input) { id } }`;
const SET_AGENDA = `mutation A($sessionId: ID!, $items: [AgendaItemInput!]!) { setSessionAgenda(sessionId: $sessionId, items: $items) { id } }`;
const COHORT_AGENDA = `query($id: ID!) { cohort(id: $id) { sessions { id agenda { id material { title bodyHtml } } } } }`;
const AGENDA_ITEM = `query($id: ID!) { agendaItem(id: $id) { id material { bodyHtml } } }`;
const MATERIAL = `query($id: ID!) { material(id: $id) { id bodyHtml } }`;
const SEARCH = `query { materials(filter: { query: "Closed" }) { totalCount } }`;
const PUBLISH = `mutation P($input: ExamBlueprintInput!) { publishExamBlueprint(input: $input) { edition effectiveFrom questionCount minutes provisional weights { domain { code } weight percent questionCount } } }`;

describe('mock exam', () => {
  let t: TestApp;
  let hc: HomeworkCohort;
  let doms: Domain[];
  /** 30 reviewed platform questions per domain. */
  let bank: Record<string, string[]>;
  let elsewhere: string[];
  let agendaItemId: string;
  let materialId: string;

  beforeAll(async () => {
    t = await startTestApp();
    hc = await homeworkCohort(t, { students: 3 });
    doms = await domains(t);
    bank = await seedQuestions(t, { perDomain: 30 });
    // Never drawn: another chapter's, drafts, retired ones.
    const other = await t.factories.chapter();
    elsewhere = [
      ...(await seedQuestions(t, { perDomain: 5, scope: 'CHAPTER', chapterId: other.id })).SAFETY,
      ...(await seedQuestions(t, { perDomain: 5, status: 'DRAFT' })).SAFETY,
      ...(await seedQuestions(t, { perDomain: 5, status: 'RETIRED' })).ANATOMY,
    ];
    materialId = (
      await hc.mentor.client.ok(CREATE_MATERIAL, {
        input: { kind: 'READING', scope: 'CHAPTER', chapterId: hc.mentor.chapter.id, title: 'Closed book', minutes: 5, bodyMarkdown: 'Closed book text', modalityCodes: ['CT'], domainCodes: ['SAFETY'] },
      })
    ).createMaterial.id;
    agendaItemId = (await hc.mentor.client.ok(SET_AGENDA, { sessionId: hc.sessionIds[0], items: [{ materialId, phase: 'BEFORE', release: 'NOW' }] })).setSessionAgenda[0].id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('publishes the provisional equal-weight blueprint: 165 questions, 3 hours, counts by largest remainder', async () => {
    const b = (await hc.students[0].client.ok(BLUEPRINT)).examBlueprint;
    expect(b).toMatchObject({ edition: '2025-06', effectiveFrom: '2025-06-01', questionCount: 165, minutes: 180, provisional: true });
    expect(b.weights.map((w: { domain: { code: string } }) => w.domain.code)).toEqual(doms.map((d) => d.code));
    expect(b.weights.map((w: { questionCount: number }) => w.questionCount)).toEqual([28, 28, 28, 27, 27, 27]);
    expect(b.weights.every((w: { weight: number; percent: number }) => w.weight === 1 && w.percent === 16.7)).toBe(true);
  });

  describe('one attempt', () => {
    let s: GqlClient;
    let attemptId: string;
    let items: Record<string, any>[];

    beforeAll(async () => {
      s = hc.students[0].client;
    });

    it('draws 165 questions by the blueprint’s weights, with no repeats, each with its own option order', async () => {
      const a = (await s.ok(START_MOCK, { cohortId: hc.cohortId })).startMockExam;
      attemptId = a.id;
      expect(a).toMatchObject({ kind: 'MOCK', status: 'IN_PROGRESS', title: 'Mock exam', cohortId: hc.cohortId, feedback: 'AT_END', itemCount: 165, currentPosition: 0 });
      expect(new Date(a.deadlineAt).getTime() - new Date(a.startedAt).getTime()).toBe(180 * 60_000);
      expect(a.secondsLeft).toBeGreaterThan(180 * 60 - 10);
      items = await allItems(s, attemptId);
      expect(items).toHaveLength(165);
      const ids = items.map((i) => i.question.id);
      expect(new Set(ids).size).toBe(165);
      const blueprint = (await s.ok(BLUEPRINT)).examBlueprint;
      const perDomain = new Map<string, number>();
      for (const i of items) perDomain.set(i.question.domain.code, (perDomain.get(i.question.domain.code) ?? 0) + 1);
      for (const w of blueprint.weights) expect([w.domain.code, perDomain.get(w.domain.code)]).toEqual([w.domain.code, w.questionCount]);
      const allowed = new Set(Object.values(bank).flat());
      expect(ids.every((id) => allowed.has(id))).toBe(true);
      expect(ids.some((id) => elsewhere.includes(id))).toBe(false);
      // Domains interleaved, and options not all in authoring order.
      expect(items.slice(0, 28).every((i) => i.question.domain.code === items[0].question.domain.code)).toBe(false);
      const authoring = items.filter((i) => i.question.options.map((o: { textHtml: string }) => o.textHtml).join() === [0, 1, 2, 3].map((p) => `<p>Choice ${p}</p>`).join());
      expect(authoring.length).toBeLessThan(30);
    });

    it('refuses a second mock exam while one runs (the database too), and two simultaneous starts make one', async () => {
      const res = await s.gql(START_MOCK, {});
      expect(res.errors?.[0]).toMatchObject({ message: MOCK_RUNNING, extensions: { code: 'CONFLICT' } });
      const other = hc.students[1].client;
      const both = await Promise.all([other.gql(START_MOCK, {}), other.gql(START_MOCK, {})]);
      expect(both.filter((r) => !r.errors).length).toBe(1);
      expect(both.find((r) => r.errors)!.errors![0].extensions?.code).toBe('CONFLICT');
      const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM attempt WHERE user_id = $1`, [hc.students[1].user.id]);
      expect(n).toBe(1);
      const [row]: { blueprint_id: string }[] = await t.db.query(`SELECT blueprint_id FROM attempt WHERE id = $1`, [attemptId]);
      await expect(t.db.query(`INSERT INTO attempt (user_id, kind, blueprint_id, feedback) VALUES ($1, 'MOCK', $2, 'AT_END')`, [hc.students[0].user.id, row.blueprint_id])).rejects.toThrow(
        /attempt_in_progress_mock_key/,
      );
    });

    it('leaks no answer through any query a student can make during the exam', async () => {
      const key = await answerKey(t, items.map((i) => i.question.id));
      for (const i of items.slice(0, 20)) assertNoAnswers((await s.ok(ANSWER, { id: attemptId, position: i.position, optionId: key.get(i.question.id) })).answerItem);
      assertNoAnswers((await s.ok(ANSWER, { id: attemptId, position: 20, flagged: true })).answerItem);
      assertNoAnswers(await s.ok(MOVE, { id: attemptId, position: 21 }));
      assertNoAnswers(await s.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 200 }));
      assertNoAnswers(await s.ok(ACTIVE_MOCK));
      assertNoAnswers(await s.ok(MY_ATTEMPTS));
      assertNoAnswers(await s.ok(BLUEPRINT));
      expect((await s.ok(GET_ATTEMPT, { id: attemptId })).attempt.result).toBeNull();
      expect(await s.code(`query($id: ID!) { question(id: $id) { id } }`, { id: items[0].question.id })).toBe('FORBIDDEN');
      expect(await s.code(`query { questions { nodes { id } } }`)).toBe('FORBIDDEN');
      // Even with the answers right, nothing says so.
      const page = (await s.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 20 })).attempt.items;
      expect(page.every((i: { answered: boolean; correct: unknown }) => i.answered && i.correct === null)).toBe(true);
      // And the check itself bites on a revealed item.
      expect(() => assertNoAnswers({ question: { correctOptionId: 'x' } })).toThrow(/leaked/);
    });

    it('resumes after a reload where it was: same order, options, answers and flags', async () => {
      const before = (await s.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 200 })).attempt;
      const reloaded = new GqlClient(t.server, s.cookie);
      const after = (await reloaded.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 200 })).attempt;
      expect(after.currentPosition).toBe(21);
      expect(after).toMatchObject({ answeredCount: 20, flaggedCount: 1, itemCount: 165 });
      expect(after.items).toEqual(before.items);
      expect((await reloaded.ok(ACTIVE_MOCK)).activeMockAttempt.id).toBe(attemptId);
      expect(after.secondsLeft).toBeLessThanOrEqual(before.secondsLeft);
    });

    it('hides lesson material from the student (only) while the exam runs', async () => {
      const refused = async (c: GqlClient, q: string, v?: Record<string, unknown>) => {
        const res = await c.gql(q, v);
        expect(res.errors?.[0]).toMatchObject({ message: CLOSED_BOOK, extensions: { code: 'CONFLICT' } });
      };
      await refused(s, COHORT_AGENDA, { id: hc.cohortId });
      await refused(s, AGENDA_ITEM, { id: agendaItemId });
      // Classmates not in a mock exam read it as before.
      const peer = hc.students[2].client;
      expect((await peer.ok(AGENDA_ITEM, { id: agendaItemId })).agendaItem.material.bodyHtml).toMatch(/Closed book text/);
      // A mentor taking a mock exam loses the library too.
      const m = hc.mentor.client;
      expect((await m.ok(MATERIAL, { id: materialId })).material.id).toBe(materialId);
      const mock = (await m.ok(START_MOCK, {})).startMockExam;
      await refused(m, MATERIAL, { id: materialId });
      await refused(m, SEARCH);
      // …and the question bank, where the answers are.
      await refused(m, `{ questions(first: 1) { totalCount } }`);
      await refused(m, `query($id: ID!) { question(id: $id) { id } }`, { id: bank.SAFETY[0] });
      await m.ok(SUBMIT_ATTEMPT, { id: mock.id });
      expect((await m.ok(`{ questions(first: 1) { totalCount } }`)).questions.totalCount).toBeGreaterThan(0);
      expect((await m.ok(SEARCH)).materials.totalCount).toBe(1);
    });

    it('submits itself when time runs out: on the next read, and answers after it are refused and change nothing', async () => {
      await expire(t, attemptId);
      // Lesson material is back as soon as the time is up.
      expect((await s.ok(AGENDA_ITEM, { id: agendaItemId })).agendaItem.material.bodyHtml).toMatch(/Closed book text/);
      const read = (await s.ok(GET_ATTEMPT, { id: attemptId })).attempt;
      expect(read).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true, secondsLeft: 0, answeredCount: 20, result: { correct: 20, total: 165, percent: 12 } });
      expect(read.result.byDomain.reduce((n: number, d: { total: number }) => n + d.total, 0)).toBe(165);
      const res = await s.gql(ANSWER, { id: attemptId, position: 30, optionId: items[30].question.options[0].id });
      expect(res.errors?.[0]).toMatchObject({ message: TIME_UP, extensions: { code: 'CONFLICT' } });
      const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(selected_option_id)::int AS n FROM attempt_item WHERE attempt_id = $1`, [attemptId]);
      expect(n).toBe(20);
      // Revealed after submitting.
      const revealed = (await s.ok(GET_ATTEMPT, { id: attemptId, from: 0, count: 1 })).attempt.items[0];
      expect(revealed.question.correctOptionId).toBe(revealed.selectedOptionId);
      expect(revealed.question.rationaleHtml).toMatch(/RATIONALE-MARK/);
      expect((await s.ok(ACTIVE_MOCK)).activeMockAttempt).toBeNull();
      // A new one may start now.
      const next = (await s.ok(START_MOCK, {})).startMockExam;
      expect(next.id).not.toBe(attemptId);
      await s.ok(SUBMIT_ATTEMPT, { id: next.id });
    });
  });

  it('the poller submits attempts whose time ran out', async () => {
    const s = hc.students[2].client;
    const a = (await s.ok(START_MOCK, {})).startMockExam;
    await expire(t, a.id);
    expect(await t.app.get(AttemptsService).submitExpired()).toBeGreaterThanOrEqual(1);
    const [row]: { status: string; auto_submitted: boolean; score_total: number }[] = await t.db.query(`SELECT status, auto_submitted, score_total FROM attempt WHERE id = $1`, [a.id]);
    expect(row).toEqual({ status: 'SUBMITTED', auto_submitted: true, score_total: 165 });
    expect(await t.app.get(AttemptsService).submitExpired()).toBe(0);
  });

  it('keeps another student’s attempt out of reach', async () => {
    const [{ id }]: { id: string }[] = await t.db.query(`SELECT id FROM attempt WHERE user_id = $1 AND status = 'IN_PROGRESS'`, [hc.students[1].user.id]);
    const s = hc.students[0].client;
    expect(await s.code(GET_ATTEMPT, { id })).toBe('NOT_FOUND');
    expect(await s.code(ANSWER, { id, position: 0, flagged: true })).toBe('NOT_FOUND');
    expect(await s.code(MOVE, { id, position: 1 })).toBe('NOT_FOUND');
    expect(await s.code(SUBMIT_ATTEMPT, { id })).toBe('NOT_FOUND');
    expect(await hc.mentor.client.code(GET_ATTEMPT, { id })).toBe('NOT_FOUND');
    expect(await s.code(START_MOCK, { cohortId: (await t.factories.chapter()).id })).toBe('NOT_FOUND');
  });

  describe('blueprint editions', () => {
    const input = (over: Record<string, unknown> = {}) => ({
      edition: '2026-test',
      effectiveFrom: DateTime.utc().toISODate(),
      questionCount: 165,
      minutes: 180,
      provisional: false,
      weights: doms.map((d) => ({ domainId: d.id, weight: d.code === 'SAFETY' ? 100 : 0 })),
      ...over,
    });

    it('is published by platform admins only, after the latest edition, and never rewritten', async () => {
      const admin = (await t.factories.asPlatformAdmin()).client;
      expect(await hc.mentor.client.code(PUBLISH, { input: input() })).toBe('FORBIDDEN');
      expect(await hc.students[0].client.code(`query { examBlueprints { edition } }`)).toBe('FORBIDDEN');
      const early = await admin.gql(PUBLISH, { input: input({ effectiveFrom: '2025-06-01' }) });
      expect(Object.keys(early.errors![0].extensions!.fields as object)).toEqual(['effectiveFrom']);
      const zero = await admin.gql(PUBLISH, { input: input({ weights: [{ domainId: doms[0].id, weight: 0 }] }) });
      expect(zero.errors![0].extensions!.fields).toEqual({ weights: ['At least one domain needs a weight above 0.'] });
      const b = (await admin.ok(PUBLISH, { input: input() })).publishExamBlueprint;
      expect(b.weights.find((w: { domain: { code: string } }) => w.domain.code === 'SAFETY')).toEqual({ domain: { code: 'SAFETY' }, weight: 100, percent: 100, questionCount: 165 });
      expect(b.weights.filter((w: { questionCount: number }) => w.questionCount === 0)).toHaveLength(5);
      expect((await admin.ok(`query { examBlueprints { edition } }`)).examBlueprints.map((e: { edition: string }) => e.edition)).toEqual(['2026-test', '2025-06']);
      const dup = await admin.gql(PUBLISH, { input: input({ effectiveFrom: DateTime.utc().plus({ days: 1 }).toISODate() }) });
      expect(Object.keys(dup.errors![0].extensions!.fields as object)).toEqual(['edition']);
    });

    it('refuses to start when a domain has too few reviewed questions, naming it', async () => {
      const res = await hc.students[0].client.gql(START_MOCK, {});
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toBe(
        'The mock exam cannot start yet: Safety and regulatory compliance has 30 reviewed questions you can practise; the exam needs 165. Ask your mentors to review more questions.',
      );
    });
  });
});
