import { DateTime } from '@gantry/shared';
import { startTestApp, type TestApp } from '../testing/test-app';

const RULES = `edition effectiveFrom provisional cycleYears requiredUnits unitsPerContactHour minImagingPercent candidateYears paths { id label degree minYears }`;
const CURRENT = `{ credentialRules { ${RULES} } }`;
const EDITIONS = `{ credentialRuleEditions { ${RULES} } }`;
const PUBLISH = `mutation P($input: CredentialRulesInput!) { publishCredentialRules(input: $input) { ${RULES} } }`;
const LEDGER = `{ myCeLedger { rules { edition unitsPerContactHour } cycle { earnedUnits requiredUnits } entries { hours units } } }`;

/** Publishing changes what every later test sees, so the rule editions get a database of their own. */
describe('credential rule editions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const utcDay = (days: number) => DateTime.utc().plus({ days }).toISODate()!;
  const edition = (over: Record<string, unknown> = {}) => ({
    edition: '2026-revision',
    effectiveFrom: utcDay(-3),
    provisional: false,
    cycleYears: 3,
    requiredUnits: 40,
    unitsPerContactHour: 0.5,
    minImagingPercent: 40,
    candidateYears: 5,
    paths: [
      { id: 'bmet-associate', label: 'Associate degree in BMET + 2 years', degree: 'BMET_ASSOCIATE', minYears: 2 },
      { id: 'experience', label: '4 years of BMET work', degree: 'NONE', minYears: 4 },
    ],
    ...over,
  });

  it('shows the current edition to anyone, and the history to platform admins only', async () => {
    expect((await t.anon().ok(CURRENT)).credentialRules).toMatchObject({ edition: '2025-06', provisional: true, requiredUnits: 30 });
    const admin = await t.factories.asPlatformAdmin();
    expect((await admin.client.ok(EDITIONS)).credentialRuleEditions.map((e: any) => e.edition)).toEqual(['2025-06']);
    for (const who of [await t.factories.asStudent(), await t.factories.asMentor(), await t.factories.asChapterAdmin()]) {
      expect(await who.client.code(EDITIONS)).toBe('FORBIDDEN');
      expect(await who.client.code(PUBLISH, { input: edition() })).toBe('FORBIDDEN');
    }
    expect(await t.anon().code(PUBLISH, { input: edition() })).toBe('UNAUTHENTICATED');
  });

  it('publishes a new edition without touching the old one; the effective date decides which applies', async () => {
    const admin = await t.factories.asPlatformAdmin();
    const before = (await admin.client.ok(EDITIONS)).credentialRuleEditions;
    const [{ rules: rawBefore }] = await t.db.query(`SELECT rules FROM credential_rule_edition WHERE edition = '2025-06'`);

    // A student's ledger before: 10 logged hours are 10 units.
    const { client } = await t.factories.asStudent();
    await client.ok(`mutation { saveCertificationProfile(input: { certifiedOn: "${utcDay(-400)}" }) { profile { version } } }`);
    await client.ok(`mutation A($input: CeEntryInput!) { addCeEntry(input: $input) { id } }`, { input: { title: 'Vendor course', completedOn: utcDay(-30), hours: 10 } });
    expect((await client.ok(LEDGER)).myCeLedger).toMatchObject({ rules: { edition: '2025-06' }, cycle: { earnedUnits: 10, requiredUnits: 30 }, entries: [{ hours: 10, units: 10 }] });

    const published = (await admin.client.ok(PUBLISH, { input: edition() })).publishCredentialRules;
    expect(published).toMatchObject({ edition: '2026-revision', unitsPerContactHour: 0.5, requiredUnits: 40, provisional: false });
    expect((await t.anon().ok(CURRENT)).credentialRules.edition).toBe('2026-revision');
    expect((await client.ok(LEDGER)).myCeLedger).toMatchObject({ rules: { edition: '2026-revision' }, cycle: { earnedUnits: 5, requiredUnits: 40 }, entries: [{ hours: 10, units: 5 }] });

    // A future edition is listed but not yet in force.
    await admin.client.ok(PUBLISH, { input: edition({ edition: '2099-01', effectiveFrom: '2099-01-01', requiredUnits: 60 }) });
    expect((await t.anon().ok(CURRENT)).credentialRules.edition).toBe('2026-revision');

    const after = (await admin.client.ok(EDITIONS)).credentialRuleEditions;
    expect(after.map((e: any) => e.edition)).toEqual(['2099-01', '2026-revision', '2025-06']);
    expect(after[2]).toEqual(before[0]);
    const [{ rules: rawAfter }] = await t.db.query(`SELECT rules FROM credential_rule_edition WHERE edition = '2025-06'`);
    expect(rawAfter).toEqual(rawBefore);
  });

  it('never rewrites an edition: a taken name or a date not after the latest is refused per field', async () => {
    const admin = await t.factories.asPlatformAdmin();
    const fields = async (input: Record<string, unknown>) => {
      const res = await admin.client.gql(PUBLISH, { input });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return Object.keys(res.errors?.[0].extensions?.fields ?? {});
    };
    expect(await fields(edition({ edition: '2025-06', effectiveFrom: '2100-01-01' }))).toEqual(['edition']);
    expect(await fields(edition({ edition: 'new-one', effectiveFrom: '2099-01-01' }))).toEqual(['effectiveFrom']);
    expect(await fields(edition({ edition: 'new-one', effectiveFrom: '2025-07-01' }))).toEqual(['effectiveFrom']);
    expect(await fields(edition({ edition: 'new-one', effectiveFrom: '2100-01-01', cycleYears: 0 }))).toEqual(['cycleYears']);
    expect(await fields(edition({ edition: 'new-one', effectiveFrom: '2100-01-01', paths: [] }))).toEqual(['paths']);
    expect(await fields(edition({ edition: 'has spaces', effectiveFrom: '2100-01-01' }))).toEqual(['edition']);
    expect((await admin.client.ok(EDITIONS)).credentialRuleEditions).toHaveLength(3);
  });
});
