import { startTestApp, type TestApp } from '../testing/test-app';

const LIST = `query L($kind: TaxonomyKind!) { taxonomy(kind: $kind) { id code name description sortOrder retiredAt version usage } }`;
const CREATE = `mutation C($input: CreateTaxonomyEntryInput!) { createTaxonomyEntry(input: $input) { id code name version usage retiredAt } }`;
const UPDATE = `mutation U($input: UpdateTaxonomyEntryInput!) { updateTaxonomyEntry(input: $input) { id code name description sortOrder version } }`;
const RETIRE = `mutation R($kind: TaxonomyKind!, $id: ID!, $retired: Boolean!, $v: Int!) { setTaxonomyEntryRetired(kind: $kind, id: $id, retired: $retired, expectedVersion: $v) { id retiredAt version } }`;
const READING = `mutation M($input: MaterialInput!) { createMaterial(input: $input) { id } }`;

describe('taxonomy (modalities and exam domains as data)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the seeded entries with how much uses them, for platform admins only', async () => {
    const { client: admin } = await t.factories.asPlatformAdmin();
    const { taxonomy } = await admin.ok(LIST, { kind: 'EXAM_DOMAIN' });
    expect(taxonomy.map((d: { code: string }) => d.code)).toEqual(['ANATOMY', 'ELECTRONICS', 'IT_NETWORK', 'IMAGING_EQUIPMENT', 'MAINTENANCE', 'SAFETY']);
    const { client: mentor } = await t.factories.asMentor();
    const { client: chair } = await t.factories.asChapterAdmin();
    const { client: student } = await t.factories.asStudent();
    for (const c of [mentor, chair, student]) {
      expect(await c.code(LIST, { kind: 'MODALITY' })).toBe('FORBIDDEN');
      expect(await c.code(CREATE, { input: { kind: 'MODALITY', code: 'DEXA2', name: 'Bone density', sortOrder: 5 } })).toBe('FORBIDDEN');
    }
    expect(await t.anon().code(LIST, { kind: 'MODALITY' })).toBe('UNAUTHENTICATED');
  });

  it('adds an entry that pickers then offer, with field errors for bad input and a unique code', async () => {
    const { client: admin } = await t.factories.asPlatformAdmin();
    const created = (await admin.ok(CREATE, { input: { kind: 'MODALITY', code: ' hybrid_or ', name: 'Hybrid operating room', sortOrder: 200 } })).createTaxonomyEntry;
    expect(created).toMatchObject({ code: 'HYBRID_OR', name: 'Hybrid operating room', version: 1, usage: 0, retiredAt: null });
    const { modalities } = await t.anon().ok(`{ modalities { code } }`);
    expect(modalities.map((m: { code: string }) => m.code)).toContain('HYBRID_OR');

    const bad = await admin.gql(CREATE, { input: { kind: 'MODALITY', code: '1-bad', name: 'X', sortOrder: -1 } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['code', 'name', 'sortOrder']);

    const dup = await admin.gql(CREATE, { input: { kind: 'MODALITY', code: 'hybrid_or', name: 'Again', sortOrder: 1 } });
    expect(dup.errors?.[0].extensions?.fields).toEqual({ code: [expect.stringContaining('already in use')] });
    expect((await admin.ok(LIST, { kind: 'MODALITY' })).taxonomy.filter((m: { code: string }) => m.code === 'HYBRID_OR')).toHaveLength(1);
  });

  it('edits with optimistic locking and never changes the code', async () => {
    const { client: admin } = await t.factories.asPlatformAdmin();
    const [safety] = (await admin.ok(LIST, { kind: 'EXAM_DOMAIN' })).taxonomy.filter((d: { code: string }) => d.code === 'SAFETY');
    const input = { kind: 'EXAM_DOMAIN', id: safety.id, name: 'Safety, regulation and compliance', description: 'Electrical and radiation safety; CMS; FDA', sortOrder: 5, expectedVersion: safety.version };
    const saved = (await admin.ok(UPDATE, { input })).updateTaxonomyEntry;
    expect(saved).toMatchObject({ code: 'SAFETY', name: 'Safety, regulation and compliance', sortOrder: 5, version: safety.version + 1 });
    // A second admin working from the old version is refused, and nothing changes.
    expect(await admin.code(UPDATE, { input: { ...input, name: 'Stale' } })).toBe('CONFLICT');
    expect(await admin.code(UPDATE, { input: { ...input, id: '00000000-0000-4000-8000-000000000000' } })).toBe('NOT_FOUND');
    expect(await admin.code(UPDATE, { input: { ...input, id: 'nope' } })).toBe('NOT_FOUND');
    const { examDomains } = await t.anon().ok(`{ examDomains { code name } }`);
    expect(examDomains[0]).toEqual({ code: 'SAFETY', name: 'Safety, regulation and compliance' });
  });

  it('retires an entry: kept on what it tags, no longer offered, refused for new tags; and brings it back', async () => {
    const { client: admin } = await t.factories.asPlatformAdmin();
    const { client: mentor } = await t.factories.asMentor();
    const mod = (await admin.ok(CREATE, { input: { kind: 'MODALITY', code: 'LITHO', name: 'Lithotripsy', sortOrder: 300 } })).createTaxonomyEntry;
    const reading = { kind: 'READING', scope: 'DRAFT', title: 'Shock wave basics', minutes: 5, bodyMarkdown: 'Spark gaps and water cushions.', modalityCodes: ['LITHO'], domainCodes: ['IMAGING_EQUIPMENT'] };
    await mentor.ok(READING, { input: reading });
    expect((await admin.ok(LIST, { kind: 'MODALITY' })).taxonomy.find((m: { code: string }) => m.code === 'LITHO').usage).toBe(1);

    const retired = (await admin.ok(RETIRE, { kind: 'MODALITY', id: mod.id, retired: true, v: 1 })).setTaxonomyEntryRetired;
    expect(retired.retiredAt).not.toBeNull();
    // Retrying the same request (now stale) is refused rather than toggling twice.
    expect(await admin.code(RETIRE, { kind: 'MODALITY', id: mod.id, retired: true, v: 1 })).toBe('CONFLICT');
    expect((await t.anon().ok(`{ modalities { code } }`)).modalities.map((m: { code: string }) => m.code)).not.toContain('LITHO');
    const refused = await mentor.gql(READING, { input: reading });
    expect(refused.errors?.[0].extensions?.fields).toHaveProperty('modalityCodes');
    const list = (await admin.ok(LIST, { kind: 'MODALITY' })).taxonomy;
    expect(list[list.length - 1].code).toBe('LITHO'); // retired entries last

    const back = (await admin.ok(RETIRE, { kind: 'MODALITY', id: mod.id, retired: false, v: retired.version })).setTaxonomyEntryRetired;
    expect(back.retiredAt).toBeNull();
    await mentor.ok(READING, { input: reading });
  });
});
