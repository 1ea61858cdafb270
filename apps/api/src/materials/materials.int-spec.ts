import { startTestApp, type TestApp } from '../testing/test-app';

const CREATE = `mutation C($input: MaterialInput!) { createMaterial(input: $input) { id version scope bodyHtml title modalities { code } domains { code } } }`;
const UPDATE = `mutation U($input: UpdateMaterialInput!) { updateMaterial(input: $input) { id version title bodyHtml } }`;
const SEARCH = `query S($filter: MaterialFilterInput, $first: Int) { materials(filter: $filter, first: $first) { totalCount nodes { headline material { id title } } } }`;

function reading(over: Record<string, unknown> = {}) {
  return {
    kind: 'READING',
    scope: 'DRAFT',
    title: 'CT tube arcing',
    summary: 'Why tubes arc and what to check.',
    minutes: 8,
    bodyMarkdown: '## Arcing\n\nHigh-voltage **arcing** in the CT tube shows as spikes in mA.',
    modalityCodes: ['CT'],
    domainCodes: ['IMAGING_EQUIPMENT'],
    ...over,
  };
}

describe('material library', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a sanitized, tagged reading and keeps every version', async () => {
    const { client } = await t.factories.asMentor();
    const created = (await client.ok(CREATE, { input: reading({ bodyMarkdown: 'Hi <script>alert(1)</script> [x](javascript:alert(1)) **ok**' }) })).createMaterial;
    expect(created.version).toBe(1);
    expect(created.bodyHtml).not.toMatch(/script|javascript:/);
    expect(created.bodyHtml).toContain('<strong>ok</strong>');
    expect(created.modalities).toEqual([{ code: 'CT' }]);

    const v2 = (await client.ok(UPDATE, { input: { ...reading({ title: 'CT tube arcing, revised' }), id: created.id, expectedVersion: 1 } })).updateMaterial;
    expect(v2.version).toBe(2);
    // Saving the same content again makes no new version.
    expect((await client.ok(UPDATE, { input: { ...reading({ title: 'CT tube arcing, revised' }), id: created.id, expectedVersion: 2 } })).updateMaterial.version).toBe(2);
    // A stale editor is told, not overwritten.
    expect(await client.code(UPDATE, { input: { ...reading({ title: 'Stale' }), id: created.id, expectedVersion: 1 } })).toBe('CONFLICT');
    const { material } = await client.ok(`query($id: ID!) { material(id: $id) { versions { version title } } }`, { id: created.id });
    expect(material.versions).toEqual([
      { version: 2, title: 'CT tube arcing, revised' },
      { version: 1, title: 'CT tube arcing' },
    ]);
    const restored = (await client.ok(`mutation($id: ID!) { restoreMaterialVersion(id: $id, version: 1, expectedVersion: 2) { version title } }`, { id: created.id })).restoreMaterialVersion;
    expect(restored).toEqual({ version: 3, title: 'CT tube arcing' });
  });

  it('searches with ranking, filters and a headline, within what the viewer may use', async () => {
    const { client: a, chapter } = await t.factories.asMentor();
    const { client: other } = await t.factories.asMentor();
    await a.ok(CREATE, { input: reading({ scope: 'CHAPTER', chapterId: chapter.id, title: 'Gradient coil faults', summary: 'MRI gradient amplifier checks', bodyMarkdown: 'The gradient amplifier drives the coils.', modalityCodes: ['MRI'] }) });
    await a.ok(CREATE, { input: reading({ scope: 'CHAPTER', chapterId: chapter.id, title: 'Quench pipes', summary: 'Cryogen venting', bodyMarkdown: 'A gradient is not involved here, but the quench pipe is.', modalityCodes: ['MRI'], domainCodes: ['SAFETY'] }) });
    const hits = (await a.ok(SEARCH, { filter: { query: 'gradient', modalityCodes: ['MRI'] } })).materials;
    expect(hits.totalCount).toBe(2);
    // The title match ranks above a mention in the text.
    expect(hits.nodes[0].material.title).toBe('Gradient coil faults');
    expect(hits.nodes[0].headline).toMatch(/«Gradient»/i);
    const safety = (await a.ok(SEARCH, { filter: { query: 'gradient', domainCodes: ['SAFETY'] } })).materials;
    expect(safety.nodes.map((n: { material: { title: string } }) => n.material.title)).toEqual(['Quench pipes']);
    // Another chapter's mentor does not see this chapter's library.
    expect((await other.ok(SEARCH, { filter: { query: 'gradient' } })).materials.totalCount).toBe(0);
  });

  it('refuses bad input with field errors and keeps drafts and scopes private', async () => {
    const { client } = await t.factories.asMentor();
    const bad = await client.gql(CREATE, { input: reading({ title: 'x', minutes: 0, modalityCodes: ['NOPE'], bodyMarkdown: '' }) });
    expect(Object.keys(bad.errors![0].extensions!.fields!).sort()).toEqual(['bodyMarkdown', 'minutes', 'title']);
    const unknownTag = await client.gql(CREATE, { input: reading({ modalityCodes: ['NOPE'] }) });
    expect(unknownTag.errors![0].extensions!.fields!.modalityCodes).toBeDefined();
    expect((await client.gql(CREATE, { input: reading({ scope: 'PLATFORM' }) })).errors![0].extensions!.fields!.scope).toBeDefined();
    const link = await client.gql(CREATE, { input: reading({ kind: 'LINK', url: 'javascript:alert(1)', bodyMarkdown: '' }) });
    expect(link.errors![0].extensions!.fields!.url).toBeDefined();

    const draft = (await client.ok(CREATE, { input: reading() })).createMaterial;
    const { client: someoneElse } = await t.factories.asMentor();
    expect(await someoneElse.code(`query($id: ID!) { material(id: $id) { id } }`, { id: draft.id })).toBe('NOT_FOUND');
    const { client: student } = await t.factories.asStudent();
    expect(await student.code(`query($id: ID!) { material(id: $id) { id } }`, { id: draft.id })).toBe('FORBIDDEN');
    expect(await student.code(SEARCH, {})).toBe('FORBIDDEN');
  });
});
