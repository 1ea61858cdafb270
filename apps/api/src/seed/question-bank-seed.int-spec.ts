import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo-seed';
import { seedQuestionBank } from './question-bank-seed';
import { STARTER_QUESTIONS } from './question-bank-content';

describe('demo data: the starter question bank', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loads 180 reviewed platform questions once, by the platform admin, with rendered HTML and one correct option each', async () => {
    expect(await seedDemoData(t.app)).toBe(true);
    expect(await seedQuestionBank(t.app)).toBe(0);

    const [admin] = await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [DEMO_ACCOUNTS.platformAdmin.email]);
    const rows: { status: string; scope: string; author_ok: boolean; reviewer_ok: boolean; reviewed: boolean; n: number }[] = await t.db.query(
      `SELECT status, scope, author_id = $1 AS author_ok, reviewed_by = $1 AS reviewer_ok, reviewed_at IS NOT NULL AS reviewed, count(*)::int AS n
         FROM question WHERE source LIKE 'starter bank: %' GROUP BY 1, 2, 3, 4, 5`,
      [admin.id],
    );
    expect(rows).toEqual([{ status: 'REVIEWED', scope: 'PLATFORM', author_ok: true, reviewer_ok: true, reviewed: true, n: 180 }]);

    const perDomain: { code: string; n: number }[] = await t.db.query(
      `SELECT d.code, count(*)::int AS n FROM question q JOIN exam_domain d ON d.id = q.exam_domain_id GROUP BY d.code ORDER BY d.code`,
    );
    expect(perDomain.every((r) => r.n === 30)).toBe(true);
    expect(perDomain).toHaveLength(6);
    const [{ general, tagged }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE modality_id IS NULL)::int AS general, count(*) FILTER (WHERE modality_id IS NOT NULL)::int AS tagged FROM question`,
    );
    expect({ general, tagged }).toEqual({
      general: STARTER_QUESTIONS.filter((q) => !q.modality).length,
      tagged: STARTER_QUESTIONS.filter((q) => q.modality).length,
    });
    const [{ bad }] = await t.db.query(
      `SELECT count(*)::int AS bad FROM question q
        WHERE (SELECT count(*) FROM question_option o WHERE o.question_id = q.id AND o.is_correct) <> 1
           OR (SELECT count(*) FROM question_option o WHERE o.question_id = q.id) NOT BETWEEN 4 AND 5
           OR q.stem_html = '' OR q.rationale_html = ''`,
    );
    expect(bad).toBe(0);
    // Markdown became HTML (the PA chest question has bold text).
    const [pa] = await t.db.query(`SELECT stem_html FROM question WHERE source = 'starter bank: ANATOMY-02'`);
    expect(pa.stem_html).toContain('<strong>PA</strong>');

    // Mentors see the bank through the API.
    const mentor = t.anon();
    await mentor.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: DEMO_ACCOUNTS.mentor.email, password: DEMO_PASSWORD } });
    const { questions } = await mentor.ok(`{ questions(filter: { statuses: [REVIEWED], scopes: [PLATFORM] }, first: 5) { totalCount nodes { status author } } }`);
    expect(questions.totalCount).toBe(180);
    expect(questions.nodes[0]).toEqual({ status: 'REVIEWED', author: DEMO_ACCOUNTS.platformAdmin.displayName });
  });

  it('fills in only what is missing when run again', async () => {
    await t.db.query(`DELETE FROM question WHERE source IN ('starter bank: SAFETY-01', 'starter bank: ANATOMY-30')`);
    expect(await seedQuestionBank(t.app)).toBe(2);
    expect(await seedQuestionBank(t.app)).toBe(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM question WHERE source LIKE 'starter bank: %'`);
    expect(n).toBe(180);
  });
});
