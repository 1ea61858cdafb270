import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';

const FIELDS = `id version status scope chapterId stemHtml stemMarkdown rationaleHtml rationaleMarkdown difficulty author reviewedBy usedInAttempts viewerCanEdit source
  domain { code } modality { code } options { id position textHtml textMarkdown isCorrect }`;
const CREATE = `mutation C($input: QuestionInput!) { createQuestion(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: QuestionInput!, $v: Int!) { updateQuestion(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const STATUS = `mutation S($id: ID!, $s: QuestionStatus!, $v: Int!) { setQuestionStatus(id: $id, status: $s, expectedVersion: $v) { id version status reviewedBy reviewedAt } }`;
const ONE = `query Q($id: ID!) { question(id: $id) { ${FIELDS} } }`;
const LIST = `query L($filter: QuestionFilter, $first: Int, $after: String) { questions(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id stemMarkdown status scope difficulty author usedInAttempts domain { code } modality { code } options { id textHtml isCorrect } } } }`;
const PREVIEW = `mutation P($input: QuestionImportInput!) { previewQuestionImport(input: $input) { ok errors { line message } questions { line stem options correctIndex rationale domainCode modalityCode difficulty } } }`;
const IMPORT = `mutation I($input: QuestionImportInput!) { importQuestions(input: $input) { imported questions { id status scope source stemMarkdown domain { code } modality { code } difficulty options { textMarkdown isCorrect } } } }`;

/** A word no other test uses, to find this test's questions by full-text search. */
function word(): string {
  return Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

describe('question bank', () => {
  let t: TestApp;
  let domains: Record<string, string>;
  let modalities: Record<string, string>;

  function input(over: Record<string, unknown> = {}) {
    return {
      stemMarkdown: 'Which DICOM service verifies that a remote node answers?',
      options: [
        { textMarkdown: 'C-STORE', isCorrect: false },
        { textMarkdown: 'C-ECHO', isCorrect: true },
        { textMarkdown: 'C-FIND', isCorrect: false },
        { textMarkdown: 'C-MOVE', isCorrect: false },
      ],
      rationaleMarkdown: 'C-ECHO is the DICOM **verification** service.',
      domainId: domains.IT_NETWORK,
      modalityId: modalities.CT,
      difficulty: 'EASY',
      scope: 'DRAFT',
      ...over,
    };
  }

  async function create(client: GqlClient, over: Record<string, unknown> = {}) {
    return (await client.ok(CREATE, { input: input(over) })).createQuestion;
  }

  async function count(client: GqlClient, filter: Record<string, unknown>) {
    return (await client.ok(LIST, { filter })).questions.totalCount as number;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const anon = t.anon();
    const tax = await anon.ok(`{ examDomains { id code } modalities { id code } }`);
    domains = Object.fromEntries(tax.examDomains.map((d: { id: string; code: string }) => [d.code, d.id]));
    modalities = Object.fromEntries(tax.modalities.map((d: { id: string; code: string }) => [d.code, d.id]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a sanitized draft, edits it with optimistic locking and keeps option ids', async () => {
    const { client, user } = await t.factories.asMentor();
    const q = await create(client, { stemMarkdown: 'Hi <script>alert(1)</script> [x](javascript:alert(1)) **ok**' });
    expect(q).toMatchObject({ version: 1, status: 'DRAFT', scope: 'DRAFT', author: user.displayName, usedInAttempts: 0, viewerCanEdit: true, domain: { code: 'IT_NETWORK' }, modality: { code: 'CT' } });
    expect(q.stemHtml).not.toMatch(/script|javascript:/);
    expect(q.stemHtml).toContain('<strong>ok</strong>');
    expect(q.rationaleHtml).toContain('<strong>verification</strong>');
    expect(q.options.map((o: { position: number; isCorrect: boolean }) => [o.position, o.isCorrect])).toEqual([[0, false], [1, true], [2, false], [3, false]]);

    const v2 = (await client.ok(UPDATE, { id: q.id, v: 1, input: input({ stemMarkdown: 'Reworded?', modalityId: null, options: [...input().options.slice(0, 3), { textMarkdown: 'C-GET', isCorrect: false }] }) })).updateQuestion;
    expect(v2).toMatchObject({ version: 2, stemMarkdown: 'Reworded?', modality: null });
    expect(v2.options.map((o: { id: string }) => o.id)).toEqual(q.options.map((o: { id: string }) => o.id));
    expect(v2.options[3].textMarkdown).toBe('C-GET');
    // Saving the same content again changes nothing; a stale editor is told, not overwritten.
    expect((await client.ok(UPDATE, { id: q.id, v: 2, input: input({ stemMarkdown: 'Reworded?', modalityId: null, options: v2.options.map((o: { textMarkdown: string; isCorrect: boolean }) => ({ textMarkdown: o.textMarkdown, isCorrect: o.isCorrect })) }) })).updateQuestion.version).toBe(2);
    expect(await client.code(UPDATE, { id: q.id, v: 1, input: input({ stemMarkdown: 'Stale' }) })).toBe('CONFLICT');
    expect(await client.code(STATUS, { id: q.id, s: 'RETIRED', v: 1 })).toBe('CONFLICT');
    // Five options, the answer moved: fine while no attempt used it.
    const five = [...input().options.map((o) => ({ ...o, isCorrect: false })), { textMarkdown: 'N-ACTION', isCorrect: true }];
    const v3 = (await client.ok(UPDATE, { id: q.id, v: 2, input: input({ options: five }) })).updateQuestion;
    expect(v3.options.map((o: { isCorrect: boolean }) => o.isCorrect)).toEqual([false, false, false, false, true]);
    expect((await client.ok(ONE, { id: q.id })).question.version).toBe(3);
  });

  it('refuses bad input with a message per field', async () => {
    const { client } = await t.factories.asMentor();
    const bad = await client.gql(CREATE, {
      input: input({
        stemMarkdown: 'x'.repeat(4001),
        rationaleMarkdown: ' ',
        options: [
          { textMarkdown: 'Same', isCorrect: true },
          { textMarkdown: 'Other', isCorrect: true },
          { textMarkdown: ' same ', isCorrect: false },
          { textMarkdown: '', isCorrect: false },
        ],
      }),
    });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0].extensions!.fields!;
    expect(Object.keys(fields).sort()).toEqual(['options', 'options.2.textMarkdown', 'options.3.textMarkdown', 'rationaleMarkdown', 'stemMarkdown']);
    expect(fields.options).toEqual(['Only one option can be correct.']);
    expect(fields['options.2.textMarkdown']).toEqual(['Same text as option A.']);
    const three = await client.gql(CREATE, { input: input({ options: input().options.slice(0, 3) }) });
    expect(three.errors![0].extensions!.fields).toEqual({ options: ['A question has 4 or 5 options.'] });
    const none = await client.gql(CREATE, { input: input({ options: input().options.map((o) => ({ ...o, isCorrect: false })) }) });
    expect(none.errors![0].extensions!.fields).toEqual({ options: ['Mark the correct answer.'] });
    const noDomain = await client.gql(CREATE, { input: input({ domainId: crypto.randomUUID() }) });
    expect(noDomain.errors![0].extensions!.fields!.domainId).toBeDefined();
    expect((await client.gql(CREATE, { input: input({ scope: 'PLATFORM' }) })).errors![0].extensions!.fields!.scope).toBeDefined();
    const other = await t.factories.chapter();
    expect((await client.gql(CREATE, { input: input({ scope: 'CHAPTER', chapterId: other.id }) })).errors![0].extensions!.fields!.chapterId).toBeDefined();
    expect((await client.gql(CREATE, { input: input({ scope: 'CHAPTER' }) })).errors![0].extensions!.fields!.chapterId).toBeDefined();
  });

  it('applies scopes: drafts are private, chapter banks are the chapter’s, the platform bank is read by all mentors', async () => {
    const w = word();
    const author = await t.factories.asMentor();
    const coMentor = await t.factories.asMentor(author.chapter);
    const chapterAdmin = await t.factories.asChapterAdmin(author.chapter);
    const outsider = await t.factories.asMentor();
    const admin = await t.factories.asPlatformAdmin();
    const student = await t.factories.asStudent();

    const draft = await create(author.client, { stemMarkdown: `Draft ${w}?` });
    const chapterQ = await create(author.client, { stemMarkdown: `Chapter ${w}?`, scope: 'CHAPTER', chapterId: author.chapter.id });
    const platformQ = await create(admin.client, { stemMarkdown: `Platform ${w}?`, scope: 'PLATFORM' });

    // Reading: who sees what, in the list and by id.
    const seen = async (c: GqlClient) => ((await c.ok(LIST, { filter: { q: w } })).questions.nodes as { stemMarkdown: string }[]).map((n) => n.stemMarkdown.split(' ')[0]).sort();
    expect(await seen(author.client)).toEqual(['Chapter', 'Draft', 'Platform']);
    expect(await seen(coMentor.client)).toEqual(['Chapter', 'Platform']);
    expect(await seen(chapterAdmin.client)).toEqual(['Chapter', 'Platform']);
    expect(await seen(outsider.client)).toEqual(['Platform']);
    expect(await seen(admin.client)).toEqual(['Chapter', 'Platform']);
    expect(await coMentor.client.code(ONE, { id: draft.id })).toBe('NOT_FOUND');
    expect(await admin.client.code(ONE, { id: draft.id })).toBe('NOT_FOUND');
    expect(await outsider.client.code(ONE, { id: chapterQ.id })).toBe('NOT_FOUND');
    expect(await outsider.client.code(ONE, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
    expect((await outsider.client.ok(ONE, { id: platformQ.id })).question).toMatchObject({ viewerCanEdit: false, options: expect.arrayContaining([expect.objectContaining({ isCorrect: true })]) });

    // Students and anonymous callers never reach the bank.
    for (const [query, vars] of [[LIST, {}], [ONE, { id: platformQ.id }], [CREATE, { input: input() }], [STATUS, { id: chapterQ.id, s: 'REVIEWED', v: 1 }]] as const) {
      expect(await student.client.code(query, vars)).toBe('FORBIDDEN');
      expect(await t.anon().code(query, vars)).toBe('UNAUTHENTICATED');
    }

    // Editing: chapter questions by the chapter's mentors and admins; platform ones by platform admins.
    const edited = (await coMentor.client.ok(UPDATE, { id: chapterQ.id, v: 1, input: input({ stemMarkdown: `Chapter ${w} edited?`, scope: 'CHAPTER', chapterId: author.chapter.id }) })).updateQuestion;
    expect(edited.version).toBe(2);
    expect(await outsider.client.code(UPDATE, { id: chapterQ.id, v: 2, input: input({ scope: 'CHAPTER', chapterId: author.chapter.id }) })).toBe('NOT_FOUND');
    expect(await author.client.code(UPDATE, { id: platformQ.id, v: 1, input: input({ scope: 'PLATFORM' }) })).toBe('FORBIDDEN');
    expect(await author.client.code(STATUS, { id: platformQ.id, s: 'REVIEWED', v: 1 })).toBe('FORBIDDEN');
    expect(await coMentor.client.code(UPDATE, { id: draft.id, v: 1, input: input() })).toBe('NOT_FOUND');
    // Only its author takes a question back into their drafts.
    expect((await coMentor.client.gql(UPDATE, { id: chapterQ.id, v: 2, input: input({ scope: 'DRAFT' }) })).errors![0].extensions!.fields!.scope).toBeDefined();

    // Reviewing: not a private draft; any editor of the scope; recorded.
    expect((await author.client.gql(STATUS, { id: draft.id, s: 'REVIEWED', v: 1 })).errors![0].extensions!.fields!.status).toBeDefined();
    const reviewed = (await chapterAdmin.client.ok(STATUS, { id: chapterQ.id, s: 'REVIEWED', v: 2 })).setQuestionStatus;
    expect(reviewed).toMatchObject({ status: 'REVIEWED', version: 3, reviewedBy: chapterAdmin.user.displayName });
    expect(reviewed.reviewedAt).toBeTruthy();
    // A second click changes nothing.
    expect((await chapterAdmin.client.ok(STATUS, { id: chapterQ.id, s: 'REVIEWED', v: 2 })).setQuestionStatus.version).toBe(3);
    expect((await admin.client.ok(STATUS, { id: platformQ.id, s: 'REVIEWED', v: 1 })).setQuestionStatus.status).toBe('REVIEWED');

    // Retired questions leave the default list but stay readable.
    await author.client.ok(STATUS, { id: chapterQ.id, s: 'RETIRED', v: 3 });
    expect(await seen(coMentor.client)).toEqual(['Platform']);
    expect((await coMentor.client.ok(LIST, { filter: { q: w, statuses: ['RETIRED'] } })).questions.totalCount).toBe(1);
    expect((await coMentor.client.ok(ONE, { id: chapterQ.id })).question.status).toBe('RETIRED');
  });

  it('searches stem and rationale, filters, and pages', async () => {
    const w = word();
    const r = word();
    const { client } = await t.factories.asMentor();
    await create(client, { stemMarkdown: `Gradient ${w} amplifier faults?`, domainId: domains.IMAGING_EQUIPMENT, modalityId: modalities.MRI, difficulty: 'HARD' });
    await create(client, { stemMarkdown: `Quench ${w} pipe?`, rationaleMarkdown: `Cryogen ${r} venting.`, domainId: domains.SAFETY, modalityId: modalities.MRI });
    await create(client, { stemMarkdown: `Tube ${w} arcing?`, domainId: domains.IMAGING_EQUIPMENT, modalityId: modalities.CT });
    expect(await count(client, { q: w })).toBe(3);
    expect(await count(client, { q: r })).toBe(1);
    expect(await count(client, { q: w, domainIds: [domains.IMAGING_EQUIPMENT] })).toBe(2);
    expect(await count(client, { q: w, modalityIds: [modalities.MRI] })).toBe(2);
    expect(await count(client, { q: w, difficulty: 'HARD' })).toBe(1);
    expect(await count(client, { q: w, scopes: ['CHAPTER'] })).toBe(0);
    expect(await count(client, { q: w, statuses: ['REVIEWED'] })).toBe(0);
    const page1 = (await client.ok(LIST, { filter: { q: w }, first: 2 })).questions;
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await client.ok(LIST, { filter: { q: w }, first: 2, after: page1.pageInfo.endCursor })).questions;
    expect(page2.nodes).toHaveLength(1);
    expect((await client.gql(LIST, { filter: { domainIds: ['nope'] } })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lists questions with a constant number of SQL statements', async () => {
    const w = word();
    const { client } = await t.factories.asMentor();
    const add = async (n: number, k: number) => {
      for (let i = 0; i < n; i++) {
        await create(client, { stemMarkdown: `Q${k}-${i} ${w}?`, modalityId: i % 2 ? modalities.CT : modalities.MRI, domainId: i % 3 ? domains.SAFETY : domains.IT_NETWORK });
      }
    };
    await add(2, 1);
    const small = await client.countQueries(LIST, { filter: { q: w } });
    await add(12, 2);
    expect((await client.ok(LIST, { filter: { q: w } })).questions.nodes).toHaveLength(14);
    const large = await client.countQueries(LIST, { filter: { q: w } });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });

  it('keeps the options of a question that attempts used', async () => {
    const { client } = await t.factories.asMentor();
    const q = await create(client);
    const [{ present }] = await t.db.query(`SELECT to_regclass('attempt_item') IS NOT NULL AS present`);
    if (present) {
      // The practice module's tables: a (mock exam) attempt that shows the question.
      const user = await t.factories.user();
      const [{ id: blueprintId }] = await t.db.query(`SELECT id FROM exam_blueprint LIMIT 1`);
      const [{ id: attemptId }] = await t.db.query(
        `INSERT INTO attempt (user_id, kind, blueprint_id, feedback, status) VALUES ($1, 'MOCK', $2, 'AT_END', 'IN_PROGRESS') RETURNING id`,
        [user.id, blueprintId],
      );
      await t.db.query(`INSERT INTO attempt_item (attempt_id, position, question_id, option_order) VALUES ($1, 0, $2, ARRAY[]::uuid[])`, [attemptId, q.id]);
    } else {
      // Until the practice migration exists: a stand-in with the column the bank reads.
      await t.db.query(`CREATE TABLE attempt_item (question_id uuid NOT NULL)`);
      await t.db.query(`INSERT INTO attempt_item (question_id) VALUES ($1)`, [q.id]);
    }
    expect((await client.ok(ONE, { id: q.id })).question.usedInAttempts).toBe(1);
    const rekeyed = input().options.map((o, i) => ({ ...o, isCorrect: i === 0 }));
    const res = await client.gql(UPDATE, { id: q.id, v: 1, input: input({ options: rekeyed }) });
    expect(res.errors![0].extensions!.code).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/Retire it and create a new one/);
    expect(await client.code(UPDATE, { id: q.id, v: 1, input: input({ options: [...input().options, { textMarkdown: 'C-GET', isCorrect: false }] }) })).toBe('CONFLICT');
    // Rewording is fine.
    const reworded = input().options.map((o, i) => (i === 2 ? { ...o, textMarkdown: 'C-FIND (query)' } : o));
    expect((await client.ok(UPDATE, { id: q.id, v: 1, input: input({ stemMarkdown: 'Reworded?', options: reworded }) })).updateQuestion.version).toBe(2);
  });

  describe('import', () => {
    const gift = (w: string) =>
      [
        '// Starter questions',
        '$CATEGORY: $course$/IT_NETWORK/CT',
        '',
        `::Echo:: Which service verifies a DICOM node ${w}? {`,
        '  ~C-STORE ~C-FIND',
        '  =C-ECHO #The verification service.',
        '  ~C-MOVE',
        '}',
        '',
        '$CATEGORY: SAFETY/GENERAL/HARD',
        '',
        `What limits leakage current ${w}\\: the {~fuse ~breaker =isolation transformer ~switch ####An isolation transformer limits it.} in a medical system?`,
      ].join('\n');

    it('previews what it read, with tags from the categories, and imports all of it', async () => {
      const w = word();
      const { client, chapter } = await t.factories.asMentor();
      const preview = (await client.ok(PREVIEW, { input: { format: 'GIFT', text: gift(w), filename: 'bank.gift' } })).previewQuestionImport;
      expect(preview.ok).toBe(true);
      expect(preview.errors).toEqual([]);
      expect(preview.questions).toEqual([
        { line: 4, stem: `Which service verifies a DICOM node ${w}?`, options: ['C-STORE', 'C-FIND', 'C-ECHO', 'C-MOVE'], correctIndex: 2, rationale: 'The verification service.', domainCode: 'IT_NETWORK', modalityCode: 'CT', difficulty: 'MEDIUM' },
        { line: 12, stem: `What limits leakage current ${w}: the _____ in a medical system?`, options: ['fuse', 'breaker', 'isolation transformer', 'switch'], correctIndex: 2, rationale: 'An isolation transformer limits it.', domainCode: 'SAFETY', modalityCode: null, difficulty: 'HARD' },
      ]);
      expect(await count(client, { q: w })).toBe(0);

      const result = (await client.ok(IMPORT, { input: { format: 'GIFT', text: gift(w), filename: 'bank.gift', defaults: { scope: 'CHAPTER', chapterId: chapter.id } } })).importQuestions;
      expect(result.imported).toBe(2);
      expect(result.questions.map((q: { status: string; scope: string; source: string; domain: { code: string }; modality: { code: string } | null }) => [q.status, q.scope, q.source, q.domain.code, q.modality?.code ?? null])).toEqual([
        ['DRAFT', 'CHAPTER', 'import: bank.gift line 4', 'IT_NETWORK', 'CT'],
        ['DRAFT', 'CHAPTER', 'import: bank.gift line 12', 'SAFETY', null],
      ]);
      expect(await count(client, { q: w })).toBe(2);
    });

    it('imports nothing when one question is bad, naming its line', async () => {
      const w = word();
      const { client } = await t.factories.asMentor();
      const text = `${gift(w)}\n\nTwo right answers ${w} {=a =b ~c ~d}\n`;
      const preview = (await client.ok(PREVIEW, { input: { format: 'GIFT', text, filename: 'bad.gift' } })).previewQuestionImport;
      expect(preview.ok).toBe(false);
      expect(preview.questions).toHaveLength(2);
      expect(preview.errors).toEqual([{ line: 14, message: 'Line 14: 2 answers are marked correct (=); a question has exactly one.' }]);
      const res = await client.gql(IMPORT, { input: { format: 'GIFT', text, filename: 'bad.gift' } });
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe('Nothing was imported: 1 line needs fixing.');
      expect(res.errors![0].extensions!.fields!.text).toEqual(['Line 14: 2 answers are marked correct (=); a question has exactly one.']);
      expect(await count(client, { q: w })).toBe(0);
    });

    it('reads Aiken with default tags and CSV with codes, and reports unknown codes and content problems per line', async () => {
      const w = word();
      const { client } = await t.factories.asMentor();
      const aiken = `Aiken ${w} one?\nA. a\nB. b\nC. c\nD. d\nANSWER: C\n\nAiken ${w} two?\nA) a\nB) b\nC) c\nD) d\nANSWER: E\n`;
      const p1 = (await client.ok(PREVIEW, { input: { format: 'AIKEN', text: aiken, filename: 'a.txt', defaults: { domainId: domains.MAINTENANCE, modalityId: modalities.MRI, difficulty: 'EASY' } } })).previewQuestionImport;
      expect(p1.errors).toEqual([{ line: 13, message: 'Line 13: ANSWER must be one of A–D.' }]);
      expect(p1.questions[0]).toMatchObject({ domainCode: 'MAINTENANCE', modalityCode: 'MRI', difficulty: 'EASY', rationale: null });
      // Without a default domain, Aiken questions have none.
      const p2 = (await client.ok(PREVIEW, { input: { format: 'AIKEN', text: aiken.split('\n\n')[0], filename: 'a.txt' } })).previewQuestionImport;
      expect(p2.errors[0].message).toBe('Line 1: No exam domain: add one to the file or choose a default domain.');
      // Imported as REVIEWED, a question needs a rationale (Aiken has none); REVIEWED needs a shared bank.
      const asReviewed = await client.gql(PREVIEW, { input: { format: 'AIKEN', text: aiken.split('\n\n')[0], filename: 'a.txt', defaults: { domainId: domains.SAFETY, status: 'REVIEWED' } } });
      expect(asReviewed.errors![0].extensions!.fields!['defaults.status']).toBeDefined();

      const csv =
        '\uFEFFStem,Option_A,Option_B,Option_C,Option_D,Option_E,Correct,Rationale,Domain,Modality,Difficulty\r\n' +
        `CSV ${w} one?,a,b,c,d,,B,Because.,safety,ct,hard\r\n` +
        `CSV ${w} two?,a,b,c,d,e,A,Because.,NOPE,,\r\n` +
        `CSV ${w} three?,same,Same,c,d,,A,Because.,SAFETY,XRAY_NOPE,\r\n`;
      const p3 = (await client.ok(PREVIEW, { input: { format: 'CSV', text: csv, filename: 'q.csv' } })).previewQuestionImport;
      expect(p3.questions[0]).toMatchObject({ line: 2, domainCode: 'SAFETY', modalityCode: 'CT', difficulty: 'HARD', correctIndex: 1 });
      expect(p3.errors.map((e: { message: string }) => e.message)).toEqual([
        expect.stringMatching(/^Line 3: Unknown exam domain “NOPE” \(use one of ANATOMY, /),
        'Line 4: Unknown modality “XRAY_NOPE”.',
        'Line 4: Option B: Same text as option A.',
      ]);
      const good = csv.split('\r\n').slice(0, 2).join('\r\n');
      expect((await client.ok(IMPORT, { input: { format: 'CSV', text: good, filename: 'q.csv' } })).importQuestions.imported).toBe(1);
    });

    it('refuses a file that is too large, and scopes the importer may not write to', async () => {
      const { client } = await t.factories.asMentor();
      const big = await client.gql(PREVIEW, { input: { format: 'AIKEN', text: 'x'.repeat(200_001), filename: 'big.txt' } });
      expect(big.errors![0].extensions!.fields!.text).toEqual(['The file is larger than 200 KB. Split it into smaller files.']);
      const platform = await client.gql(IMPORT, { input: { format: 'GIFT', text: gift(word()), filename: 'x.gift', defaults: { scope: 'PLATFORM' } } });
      expect(platform.errors![0].extensions!.fields!['defaults.scope']).toBeDefined();
      const { client: student } = await t.factories.asStudent();
      expect(await student.code(PREVIEW, { input: { format: 'GIFT', text: gift(word()), filename: 'x.gift' } })).toBe('FORBIDDEN');
    });

    it('lets a platform admin import reviewed questions into the platform bank', async () => {
      const w = word();
      const { client } = await t.factories.asPlatformAdmin();
      const res = (await client.ok(IMPORT, { input: { format: 'GIFT', text: gift(w), filename: 'p.gift', defaults: { scope: 'PLATFORM', status: 'REVIEWED' } } })).importQuestions;
      expect(res.questions.map((q: { status: string; scope: string }) => [q.status, q.scope])).toEqual([['REVIEWED', 'PLATFORM'], ['REVIEWED', 'PLATFORM']]);
    });
  });

  describe('export', () => {
    const get = (path: string, client?: GqlClient) => {
      const r = request(t.server).get(path).buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      return client?.cookie ? r.set('cookie', client.cookie) : r;
    };

    it('exports what the viewer may read, in each format, and reads back the same questions', async () => {
      const w = word();
      const author = await t.factories.asMentor();
      const outsider = await t.factories.asMentor();
      await create(author.client, { stemMarkdown: `Export ${w} one = {braces} # hash: colon?`, scope: 'CHAPTER', chapterId: author.chapter.id, rationaleMarkdown: 'Multi\n\nline *rationale*.' });
      await create(author.client, {
        stemMarkdown: `=HYPERLINK("x") ${w} two?`,
        scope: 'CHAPTER',
        chapterId: author.chapter.id,
        domainId: domains.SAFETY,
        modalityId: null,
        difficulty: 'HARD',
        options: [...input().options, { textMarkdown: '-1', isCorrect: false }],
      });

      const csv = await get(`/exports/questions.csv?q=${w}`, author.client);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="questions\.csv"/);
      const bytes = csv.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.split('\r\n')[0]).toBe('stem,option_a,option_b,option_c,option_d,option_e,correct,rationale,domain,modality,difficulty');
      expect(text).toContain(`"'=HYPERLINK(""x"") ${w} two?"`);
      expect(text).toContain(`,'-1,`);

      const gift = await get(`/exports/questions.gift?q=${w}&domain=IT_NETWORK,SAFETY`, author.client);
      expect(gift.status).toBe(200);
      expect(gift.headers['content-type']).toBe('text/plain; charset=utf-8');
      const aiken = await get(`/exports/questions.aiken?q=${w}&domain=${domains.SAFETY}`, author.client);
      expect((aiken.body as Buffer).toString('utf8')).toBe(`=HYPERLINK("x") ${w} two?\nA. C-STORE\nB. C-ECHO\nC. C-FIND\nD. C-MOVE\nE. -1\nANSWER: B\n`);

      // Round trip: exported GIFT and CSV import as the same questions.
      const original = (await author.client.ok(LIST, { filter: { q: w } })).questions.nodes;
      const shape = (q: { stemMarkdown: string; difficulty: string; domain: { code: string }; modality: { code: string } | null; options: { textMarkdown?: string; textHtml?: string; isCorrect: boolean }[] }) => ({
        stem: q.stemMarkdown,
        difficulty: q.difficulty,
        domain: q.domain.code,
        modality: q.modality?.code ?? null,
        correct: q.options.findIndex((o) => o.isCorrect),
        count: q.options.length,
      });
      for (const [format, body] of [['GIFT', (gift.body as Buffer).toString('utf8')], ['CSV', text]] as const) {
        const preview = (await author.client.ok(PREVIEW, { input: { format, text: body, filename: `x.${format}` } })).previewQuestionImport;
        expect(preview.errors).toEqual([]);
        const imported = (await author.client.ok(IMPORT, { input: { format, text: body, filename: `x.${format}` } })).importQuestions.questions;
        expect(imported.map(shape).sort((a: { stem: string }, b: { stem: string }) => a.stem.localeCompare(b.stem))).toEqual(original.map(shape).sort((a: { stem: string }, b: { stem: string }) => a.stem.localeCompare(b.stem)));
      }

      // Another chapter's mentor gets an empty file; students and strangers get nothing.
      const empty = await get(`/exports/questions.csv?q=${w}`, outsider.client);
      expect((empty.body as Buffer).subarray(3).toString('utf8').trim().split('\r\n')).toHaveLength(1);
      const { client: student } = await t.factories.asStudent();
      expect((await get(`/exports/questions.csv?q=${w}`, student)).status).toBe(403);
      expect((await get(`/exports/questions.csv?q=${w}`)).status).toBe(401);
      expect((await get(`/exports/questions.pdf`, author.client)).status).toBe(404);
      expect((await get(`/exports/questions.csv?domain=NOPE`, author.client)).status).toBe(400);
    });
  });
});
