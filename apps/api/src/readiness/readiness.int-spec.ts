import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { ReadinessData, items, type ReadinessCohort } from '../testing/readiness';
import type { Person } from '../testing/homework';

const CELL = `domain { code } correct total percent`;
const MY = `query { myReadiness {
  byDomain { ${CELL} }
  byModality { modality { code } correct total percent }
  trend { attemptId at kind percent correct total title }
  studyNext { domain { code } percent correct total links { materialId title agendaItemId } materials { id title bodyHtml } }
  answered coveredDomains coveragePercent } }`;
const COHORT = `query C($id: ID!, $first: Int, $after: String) { cohortReadiness(cohortId: $id, first: $first, after: $after) {
  domains { code } rows { student { id displayName email } cells { ${CELL} } answered }
  cohortCells { ${CELL} } weakest { ${CELL} } pageInfo { hasNextPage endCursor } totalCount } }`;
const CHAPTER = `query H($id: ID!) { chapterReadiness(chapterId: $id) { domains { code } totalCohorts
  cohorts { cohortId title status students studentsWithData answered cohortCells { ${CELL} } weakest { ${CELL} } } } }`;

type Cell = { domain: { code: string }; correct: number; total: number; percent: number | null };
/** Cells as "CODE correct/total percent" strings: compact, exact, readable in a failure. */
const show = (cells: Cell[]): string[] => cells.map((c) => `${c.domain.code} ${c.correct}/${c.total} ${c.percent ?? '-'}`);

const DOMAINS = ['ANATOMY', 'ELECTRONICS', 'IT_NETWORK', 'IMAGING_EQUIPMENT', 'MAINTENANCE', 'SAFETY'];

describe('readiness (weak-area map)', () => {
  let t: TestApp;
  let data: ReadinessData;
  let c: ReadinessCohort;
  let c2: ReadinessCohort;
  let ada: Person;
  let ben: Person;
  let dee: Person;
  let quizA: string;
  let quizB: string;
  const attempts: Record<string, string> = {};
  const mats: Record<string, string> = {};
  const agendaItems: Record<string, string> = {};
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

  beforeAll(async () => {
    t = await startTestApp();
    data = new ReadinessData(t);
    c = await data.cohort({ names: [`Ada ${uid()}`, `Ben ${uid()}`, `Cy ${uid()}`, `Dee ${uid()}`] });
    [ada, ben, , dee] = c.students;
    c2 = await data.cohort({ mentor: c.mentor, students: [ada], localTime: '07:00' });
    quizA = await data.quiz(c.cohortId, c.sessionIds[0], 'Anatomy quiz');
    quizB = await data.quiz(c2.cohortId, c2.sessionIds[0], 'Maintenance quiz');

    // Ada: two practice quizzes (one per cohort), a mock for cohort c, a mock for no cohort, one unfinished.
    attempts.a1 = await data.attempt(ada.user.id, {
      kind: 'PRACTICE',
      assignmentId: quizA,
      submittedAt: hoursAgo(100),
      items: [...items(4, 'ANATOMY', 'CT', 'right'), ...items(1, 'ANATOMY', 'CT', 'wrong'), ...items(1, 'ELECTRONICS', null, 'right'), ...items(1, 'ELECTRONICS', null, 'wrong'), ...items(1, 'ELECTRONICS', null, 'blank')],
    });
    attempts.a2 = await data.attempt(ada.user.id, {
      kind: 'MOCK',
      cohortId: c.cohortId,
      submittedAt: hoursAgo(90),
      items: [...items(1, 'ANATOMY', 'MRI', 'right'), ...items(2, 'IT_NETWORK', 'CT', 'wrong'), ...items(3, 'SAFETY', null, 'right'), ...items(2, 'SAFETY', null, 'wrong')],
    });
    await data.attempt(ada.user.id, { kind: 'PRACTICE', assignmentId: quizA, inProgress: true, items: items(2, 'ANATOMY', 'CT', 'wrong') });
    attempts.a4 = await data.attempt(ada.user.id, {
      kind: 'PRACTICE',
      assignmentId: quizB,
      submittedAt: hoursAgo(80),
      items: [...items(1, 'MAINTENANCE', 'CT', 'right'), ...items(1, 'MAINTENANCE', 'CT', 'wrong')],
    });
    attempts.a5 = await data.attempt(ada.user.id, { kind: 'MOCK', submittedAt: hoursAgo(70), items: items(1, 'IMAGING_EQUIPMENT', null, 'right') });
    // Ben: one practice quiz. Dee: a perfect quiz, then leaves the cohort (no longer counted there).
    await data.attempt(ben.user.id, { kind: 'PRACTICE', assignmentId: quizA, submittedAt: hoursAgo(60), items: [...items(2, 'ANATOMY', null, 'wrong'), ...items(1, 'IT_NETWORK', null, 'right')] });
    await data.attempt(dee.user.id, { kind: 'PRACTICE', assignmentId: quizA, submittedAt: hoursAgo(50), items: items(5, 'SAFETY', null, 'right') });
    await t.db.query(`UPDATE enrollment SET status = 'LEFT' WHERE cohort_id = $1 AND user_id = $2`, [c.cohortId, dee.user.id]);

    // Library material tagged with Ada's weak domains, on c's agendas released or not.
    const m = c.mentor.client;
    const chapterId = c.mentor.chapter.id;
    mats.netNow = await data.material(m, { title: 'Network basics', domains: ['IT_NETWORK'], chapterId });
    mats.netLater = await data.material(m, { title: 'Network after class', domains: ['IT_NETWORK'], chapterId });
    mats.netEarly = await data.material(m, { title: 'DICOM early read', domains: ['IT_NETWORK', 'SAFETY'], chapterId });
    mats.powerSecret = await data.material(m, { title: 'Power held back', domains: ['ELECTRONICS'], chapterId });
    mats.powerLibrary = await data.material(m, { title: 'Power in the chapter library', domains: ['ELECTRONICS'], chapterId });
    mats.powerDraft = await data.material(m, { title: 'Power draft', domains: ['ELECTRONICS'], scope: 'DRAFT' });
    const admin = await t.factories.asPlatformAdmin();
    mats.powerPlatform = await data.material(admin.client, { title: 'Power for everyone', domains: ['ELECTRONICS'], scope: 'PLATFORM' });
    const stranger = await t.factories.asMentor();
    mats.powerElsewhere = await data.material(stranger.client, { title: 'Power elsewhere', domains: ['ELECTRONICS'], chapterId: stranger.chapter.id });
    [agendaItems.netNow, agendaItems.netLater, agendaItems.powerSecret] = await data.agenda(m, c.sessionIds[0], [
      { materialId: mats.netNow, release: 'NOW' },
      { materialId: mats.netLater, release: 'AFTER_END' },
      { materialId: mats.powerSecret, release: 'DAYS_BEFORE', releaseDays: 1 },
    ]);
    // The second session is 17 days out: released 30 days before, so already readable.
    [agendaItems.netEarly] = await data.agenda(m, c.sessionIds[1], [{ materialId: mats.netEarly, release: 'DAYS_BEFORE', releaseDays: 30 }]);
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('myReadiness on a known data set', () => {
    let r: any;
    beforeAll(async () => {
      r = (await ada.client.ok(MY)).myReadiness;
    });

    it('scores every active domain over submitted attempts only, blanks counting as wrong', () => {
      expect(show(r.byDomain)).toEqual(['ANATOMY 5/6 83', 'ELECTRONICS 1/3 33', 'IT_NETWORK 0/2 0', 'IMAGING_EQUIPMENT 1/1 100', 'MAINTENANCE 1/2 50', 'SAFETY 3/5 60']);
      expect(r.answered).toBe(19);
    });

    it('scores every active modality, then general questions', () => {
      const rows = r.byModality.map((x: any) => `${x.modality?.code ?? 'GENERAL'} ${x.correct}/${x.total} ${x.percent ?? '-'}`);
      expect(rows.at(-1)).toBe('GENERAL 5/9 56');
      expect(rows).toContain('CT 5/9 56');
      expect(rows).toContain('MRI 1/1 100');
      expect(rows).toContain('PACS 0/0 -');
      expect(rows).toHaveLength(12); // 11 seeded modalities + general
    });

    it('counts coverage as active domains with at least 5 answers', () => {
      expect(r.coveredDomains).toBe(2); // ANATOMY (6), SAFETY (5)
      expect(r.coveragePercent).toBe(33);
    });

    it('has one trend point per submitted attempt, oldest first', () => {
      expect(r.trend.map((p: any) => [p.attemptId, p.kind, p.title, `${p.correct}/${p.total}`, p.percent])).toEqual([
        [attempts.a1, 'PRACTICE', 'Anatomy quiz', '5/8', 63],
        [attempts.a2, 'MOCK', 'Mock exam', '4/8', 50],
        [attempts.a4, 'PRACTICE', 'Maintenance quiz', '1/2', 50],
        [attempts.a5, 'MOCK', 'Mock exam', '1/1', 100],
      ]);
      const times = r.trend.map((p: any) => Date.parse(p.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });

    it('names the three weakest domains with material the student can read', () => {
      expect(r.studyNext.map((s: any) => `${s.domain.code} ${s.correct}/${s.total} ${s.percent}`)).toEqual(['IT_NETWORK 0/2 0', 'ELECTRONICS 1/3 33', 'MAINTENANCE 1/2 50']);
      const [net, power, maintenance] = r.studyNext;
      // Released agenda items, in session order, linked through their agenda item.
      expect(net.links).toEqual([
        { materialId: mats.netNow, title: 'Network basics', agendaItemId: agendaItems.netNow },
        { materialId: mats.netEarly, title: 'DICOM early read', agendaItemId: agendaItems.netEarly },
      ]);
      expect(net.materials.map((x: any) => x.title)).toEqual(['Network basics', 'DICOM early read']);
      expect(net.materials[0].bodyHtml).toContain('About Network basics');
      // Nothing released for ELECTRONICS: library titles only (chapter first), never the held-back agenda item,
      // a draft, or another chapter's item.
      expect(power.materials).toEqual([]);
      expect(power.links).toEqual([
        { materialId: mats.powerLibrary, title: 'Power in the chapter library', agendaItemId: null },
        { materialId: mats.powerPlatform, title: 'Power for everyone', agendaItemId: null },
      ]);
      expect(maintenance).toMatchObject({ links: [], materials: [] });
      const everything = JSON.stringify(r);
      for (const hidden of [mats.netLater, mats.powerSecret, mats.powerDraft, mats.powerElsewhere]) expect(everything).not.toContain(hidden);
    });

    it('links open for the student: the agenda item is released to them', async () => {
      const { agendaItem } = await ada.client.ok(`query($id: ID!) { agendaItem(id: $id) { released material { id } } }`, { id: agendaItems.netNow });
      expect(agendaItem).toEqual({ released: true, material: { id: mats.netNow } });
    });

    it('shows each student only their own answers', async () => {
      const own = (await ben.client.ok(MY)).myReadiness;
      expect(show(own.byDomain)).toEqual(['ANATOMY 0/2 0', 'ELECTRONICS 0/0 -', 'IT_NETWORK 1/1 100', 'IMAGING_EQUIPMENT 0/0 -', 'MAINTENANCE 0/0 -', 'SAFETY 0/0 -']);
      expect(own.trend).toHaveLength(1);
      const none = (await (await t.factories.asStudent()).client.ok(MY)).myReadiness;
      expect(none).toMatchObject({ answered: 0, coveredDomains: 0, coveragePercent: 0, trend: [], studyNext: [] });
      expect(none.byDomain.every((x: Cell) => x.total === 0 && x.percent === null)).toBe(true);
    });
  });

  describe('cohortReadiness', () => {
    it('maps enrolled students × domains over the cohort’s quizzes and mocks', async () => {
      const r = (await c.mentor.client.ok(COHORT, { id: c.cohortId })).cohortReadiness;
      expect(r.domains.map((d: any) => d.code)).toEqual(DOMAINS);
      expect(r.totalCount).toBe(3); // Dee left
      expect(r.rows.map((x: any) => x.student.id)).toEqual([c.students[0].user.id, c.students[1].user.id, c.students[2].user.id]);
      expect(r.rows[0].student.email).toBe(ada.user.email);
      // Ada's quiz in the other cohort and her mock for no cohort do not count here.
      expect(show(r.rows[0].cells)).toEqual(['ANATOMY 5/6 83', 'ELECTRONICS 1/3 33', 'IT_NETWORK 0/2 0', 'IMAGING_EQUIPMENT 0/0 -', 'MAINTENANCE 0/0 -', 'SAFETY 3/5 60']);
      expect(r.rows.map((x: any) => x.answered)).toEqual([16, 3, 0]);
      expect(show(r.cohortCells)).toEqual(['ANATOMY 5/8 63', 'ELECTRONICS 1/3 33', 'IT_NETWORK 1/3 33', 'IMAGING_EQUIPMENT 0/0 -', 'MAINTENANCE 0/0 -', 'SAFETY 3/5 60']);
      // A tie (33 % over 3 answers each) goes by the outline's order.
      expect(show(r.weakest)).toEqual(['ELECTRONICS 1/3 33', 'IT_NETWORK 1/3 33', 'SAFETY 3/5 60']);
      expect(r.pageInfo.hasNextPage).toBe(false);
    });

    it('pages the rows but keeps the cohort cells whole', async () => {
      const first = (await c.mentor.client.ok(COHORT, { id: c.cohortId, first: 2 })).cohortReadiness;
      expect(first.rows).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(show(first.cohortCells)[0]).toBe('ANATOMY 5/8 63');
      const next = (await c.mentor.client.ok(COHORT, { id: c.cohortId, first: 2, after: first.pageInfo.endCursor })).cohortReadiness;
      expect(next.rows.map((x: any) => x.student.id)).toEqual([c.students[2].user.id]);
      expect(next.totalCount).toBe(3);
      expect(show(next.weakest)).toEqual(show(first.weakest));
    });

    it('costs the same number of statements for 2 students as for 12', async () => {
      const sizes = [2, 12];
      const counts: number[] = [];
      for (const n of sizes) {
        const k = await data.cohort({ names: Array.from({ length: n }, (_, i) => `S${String(i).padStart(2, '0')} ${uid()}`) });
        const quiz = await data.quiz(k.cohortId, k.sessionIds[0]);
        for (const s of k.students) await data.attempt(s.user.id, { kind: 'PRACTICE', assignmentId: quiz, items: [...items(1, 'SAFETY', 'CT', 'right'), ...items(1, 'ANATOMY', null, 'wrong')] });
        const r = (await k.mentor.client.ok(COHORT, { id: k.cohortId })).cohortReadiness;
        expect(r.rows).toHaveLength(n);
        expect(show(r.cohortCells)[5]).toBe(`SAFETY ${n}/${n} 100`);
        counts.push(await k.mentor.client.countQueries(COHORT, { id: k.cohortId }));
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[0]).toBeLessThanOrEqual(8);
    }, 120_000);
  });

  describe('chapterReadiness', () => {
    it('summarises each cohort of the chapter, newest first', async () => {
      const admin = await t.factories.asChapterAdmin(c.mentor.chapter);
      const r = (await admin.client.ok(CHAPTER, { id: c.mentor.chapter.id })).chapterReadiness;
      expect(r.totalCohorts).toBe(2);
      expect(r.cohorts.map((x: any) => [x.cohortId, x.students, x.studentsWithData, x.answered])).toEqual([
        [c2.cohortId, 1, 1, 2],
        [c.cohortId, 3, 2, 19],
      ]);
      expect(show(r.cohorts[0].weakest)).toEqual(['MAINTENANCE 1/2 50']);
      expect(show(r.cohorts[1].cohortCells)).toEqual(['ANATOMY 5/8 63', 'ELECTRONICS 1/3 33', 'IT_NETWORK 1/3 33', 'IMAGING_EQUIPMENT 0/0 -', 'MAINTENANCE 0/0 -', 'SAFETY 3/5 60']);
      expect(show(r.cohorts[1].weakest)).toEqual(['ELECTRONICS 1/3 33', 'IT_NETWORK 1/3 33', 'SAFETY 3/5 60']);
    });

    it('costs the same number of statements for one cohort as for two', async () => {
      const admin = await t.factories.asPlatformAdmin();
      const small = await data.cohort({ names: [`Solo ${uid()}`] });
      const quiz = await data.quiz(small.cohortId, small.sessionIds[0]);
      await data.attempt(small.students[0].user.id, { kind: 'PRACTICE', assignmentId: quiz, items: items(2, 'SAFETY', null, 'right') });
      const one = await admin.client.countQueries(CHAPTER, { id: small.mentor.chapter.id });
      const two = await admin.client.countQueries(CHAPTER, { id: c.mentor.chapter.id });
      expect(two).toBe(one);
    });
  });

  describe('authorization', () => {
    const codeOf = async (client: GqlClient, query: string, vars: Record<string, unknown>) => {
      const res = await client.gql(query, vars);
      return res.errors?.[0]?.extensions?.code ?? 'OK';
    };

    it('myReadiness needs a session', async () => {
      expect(await codeOf(t.anon(), MY, {})).toBe('UNAUTHENTICATED');
    });

    it('cohortReadiness: the cohort’s managers only', async () => {
      const coMentor = await t.factories.asMentor(c.mentor.chapter); // same chapter, not on this cohort
      const otherMentor = await t.factories.asMentor();
      const chapterAdmin = await t.factories.asChapterAdmin(c.mentor.chapter);
      const otherAdmin = await t.factories.asChapterAdmin();
      const platform = await t.factories.asPlatformAdmin();
      const id = { id: c.cohortId };
      const matrix: [string, GqlClient, Record<string, unknown>, string][] = [
        ['its mentor', c.mentor.client, id, 'OK'],
        ['its chapter’s admin', chapterAdmin.client, id, 'OK'],
        ['a platform admin', platform.client, id, 'OK'],
        ['an enrolled student', ada.client, id, 'FORBIDDEN'],
        ['a mentor of the same chapter, not on the cohort', coMentor.client, id, 'NOT_FOUND'],
        ['another chapter’s mentor', otherMentor.client, id, 'NOT_FOUND'],
        ['another chapter’s admin', otherAdmin.client, id, 'NOT_FOUND'],
        ['a platform admin, unknown cohort', platform.client, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
        ['anyone, for a malformed id', platform.client, { id: 'nope' }, 'NOT_FOUND'],
        ['anonymous', t.anon(), id, 'UNAUTHENTICATED'],
      ];
      const got = await Promise.all(matrix.map(async ([who, client, vars]) => [who, await codeOf(client, COHORT, vars)]));
      expect(got).toEqual(matrix.map(([who, , , want]) => [who, want]));
    });

    it('chapterReadiness: the chapter’s admins and platform admins only', async () => {
      const chapterAdmin = await t.factories.asChapterAdmin(c.mentor.chapter);
      const otherAdmin = await t.factories.asChapterAdmin();
      const platform = await t.factories.asPlatformAdmin();
      const id = { id: c.mentor.chapter.id };
      const matrix: [string, GqlClient, Record<string, unknown>, string][] = [
        ['its admin', chapterAdmin.client, id, 'OK'],
        ['a platform admin', platform.client, id, 'OK'],
        ['another chapter’s admin', otherAdmin.client, id, 'NOT_FOUND'],
        ['a mentor of the chapter', c.mentor.client, id, 'FORBIDDEN'],
        ['a student', ada.client, id, 'FORBIDDEN'],
        ['a platform admin, unknown chapter', platform.client, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
        ['anonymous', t.anon(), id, 'UNAUTHENTICATED'],
      ];
      const got = await Promise.all(matrix.map(async ([who, client, vars]) => [who, await codeOf(client, CHAPTER, vars)]));
      expect(got).toEqual(matrix.map(([who, , , want]) => [who, want]));
    });
  });

  describe('closed book', () => {
    it('names weak domains but no material while the student’s mock exam runs', async () => {
      const running = await data.attempt(ada.user.id, { kind: 'MOCK', inProgress: true, items: items(1, 'SAFETY', null, 'blank') });
      try {
        const r = (await ada.client.ok(MY)).myReadiness;
        expect(r.studyNext.map((s: any) => s.domain.code)).toEqual(['IT_NETWORK', 'ELECTRONICS', 'MAINTENANCE']);
        expect(r.studyNext.every((s: any) => !s.links.length && !s.materials.length)).toBe(true);
        expect(r.answered).toBe(19); // the running attempt does not count
      } finally {
        await t.db.query(`DELETE FROM attempt WHERE id = $1`, [running]);
      }
    });
  });
});
