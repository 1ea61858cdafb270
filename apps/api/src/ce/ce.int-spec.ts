import { DateTime, formatLocalDate, todayIn } from '@gantry/shared';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { ISSUE, REVOKE, pastCohort } from '../testing/certificates';
import { ENTRY_CONFLICT, PROFILE_CONFLICT } from './ce.service';

const PROFILE = `certifiedOn degree bmetYears experienceAsOf imagingPercent version`;
const ENTRY = `id title provider completedOn hours units note version source certificateId`;
const LEDGER = `profile { ${PROFILE} } rules { edition effectiveFrom provisional cycleYears requiredUnits unitsPerContactHour minImagingPercent candidateYears
  paths { id label degree minYears } } cycle { startsOn endsOn requiredUnits earnedUnits percent daysLeft } entries { ${ENTRY} }`;
const MY_LEDGER = `{ myCeLedger { ${LEDGER} } }`;
const SAVE_PROFILE = `mutation P($input: CertificationProfileInput!) { saveCertificationProfile(input: $input) { ${LEDGER} } }`;
const ADD = `mutation A($input: CeEntryInput!) { addCeEntry(input: $input) { ${ENTRY} } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateCeEntryInput!) { updateCeEntry(id: $id, input: $input) { ${ENTRY} } }`;
const DELETE = `mutation D($id: ID!) { deleteCeEntry(id: $id) }`;
const ELIGIBILITY = `{ myEligibility { eligible path { id label degree minYears } missing eligibleOn candidateUntil } }`;

/** Everyone the factories create lives in Denver. */
const today = () => todayIn('America/Denver');
const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
const iso = (d: DateTime) => d.toISODate()!;

describe('CE ledger, profile and eligibility', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const add = (client: GqlClient, over: Record<string, unknown> = {}) =>
    client.ok(ADD, { input: { title: 'AAMI webinar: DR detector calibration', provider: 'AAMI', completedOn: today(), hours: 1.5, note: 'Certificate on file', ...over } }).then((d) => d.addCeEntry);
  const fieldsOf = async (client: GqlClient, query: string, variables: Record<string, unknown>) => {
    const res = await client.gql(query, variables);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return Object.keys(res.errors?.[0].extensions?.fields ?? {});
  };

  it('starts empty, with the rules in force', async () => {
    const { client } = await t.factories.asStudent();
    const ledger = (await client.ok(MY_LEDGER)).myCeLedger;
    expect(ledger).toMatchObject({
      profile: { certifiedOn: null, degree: null, bmetYears: null, experienceAsOf: null, imagingPercent: null, version: 0 },
      rules: { edition: '2025-06', effectiveFrom: '2025-06-01', provisional: true, cycleYears: 3, requiredUnits: 30, unitsPerContactHour: 1, minImagingPercent: 40, candidateYears: 5 },
      cycle: null,
      entries: [],
    });
    expect(ledger.rules.paths.map((p: any) => [p.id, p.degree, p.minYears])).toEqual([
      ['bmet-associate', 'BMET_ASSOCIATE', 2],
      ['military-bmet', 'MILITARY_BMET', 2],
      ['electronics-associate', 'ELECTRONICS_ASSOCIATE', 3],
      ['experience', 'NONE', 4],
    ]);
    expect(await t.anon().code(MY_LEDGER)).toBe('UNAUTHENTICATED');
  });

  describe('the ledger', () => {
    it('adds Gantry certificates and logged hours inside the current cycle, current cycle first', async () => {
      // Three cohorts' worth of history: one certificate (10 h) from last week's cohort.
      const pc = await pastCohort(t, { attended: [[120, 120, 120, 120, 120]] });
      const cert = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates[0];
      const student = pc.students[0];
      // Certified so that the second cycle began 10 days ago.
      const cycleStart = day(today()).minus({ days: 10 });
      const certifiedOn = iso(cycleStart.minus({ years: 3 }));
      const saved = (await student.client.ok(SAVE_PROFILE, { input: { certifiedOn, expectedVersion: 0 } })).saveCertificationProfile;
      expect(saved.profile).toMatchObject({ certifiedOn, version: 1 });

      const before = await add(student.client, { title: 'Before the cycle', completedOn: iso(cycleStart.minus({ days: 1 })), hours: 7 });
      const first = await add(student.client, { title: 'First day of the cycle', completedOn: iso(cycleStart), hours: 2.5, provider: null, note: null });
      const todays = await add(student.client, { title: 'Today', hours: 4 });
      expect(first).toMatchObject({ source: 'MANUAL', certificateId: null, provider: null, note: null, version: 1, units: 2.5 });

      const ledger = (await student.client.ok(MY_LEDGER)).myCeLedger;
      const endsOn = iso(cycleStart.plus({ years: 3 }).minus({ days: 1 }));
      expect(ledger.cycle).toEqual({
        startsOn: iso(cycleStart),
        endsOn,
        requiredUnits: 30,
        earnedUnits: 16.5,
        percent: 55,
        daysLeft: Math.round(day(endsOn).diff(day(today()), 'days').days),
      });
      expect(ledger.entries.map((e: any) => [e.title, e.source])).toEqual([
        ['Today', 'MANUAL'],
        [pc.title, 'GANTRY'],
        ['First day of the cycle', 'MANUAL'],
        ['Before the cycle', 'MANUAL'],
      ]);
      const gantry = ledger.entries[1];
      expect(gantry).toMatchObject({ id: cert.id, certificateId: cert.id, hours: 10, units: 10, completedOn: pc.lastOn, provider: pc.mentor.chapter.name, note: `Certificate ${cert.code}` });
      expect(todays.id).toBe(ledger.entries[0].id);
      expect(before.id).toBe(ledger.entries[3].id);

      // A revoked certificate drops out.
      await pc.mentor.client.ok(REVOKE, { id: cert.id, reason: 'Recorded for the wrong person.' });
      const after = (await student.client.ok(MY_LEDGER)).myCeLedger;
      expect(after.cycle.earnedUnits).toBe(6.5);
      expect(after.entries.some((e: any) => e.source === 'GANTRY')).toBe(false);
    });

    it('moves to the next cycle on its first day', async () => {
      const { client } = await t.factories.asStudent();
      const certifiedOn = iso(day(today()).minus({ years: 3 }));
      await add(client, { completedOn: iso(day(today()).minus({ days: 1 })), hours: 30 });
      const ledger = (await client.ok(SAVE_PROFILE, { input: { certifiedOn } })).saveCertificationProfile;
      expect(ledger.cycle).toMatchObject({ startsOn: today(), earnedUnits: 0, percent: 0, daysLeft: Math.round(day(iso(day(today()).plus({ years: 3 }).minus({ days: 1 }))).diff(day(today()), 'days').days) });
      // The day before, it was the last day of the first cycle: all 30 units counted there.
      const lastDay = (await client.ok(SAVE_PROFILE, { input: { certifiedOn: iso(day(certifiedOn).minus({ days: 1 })), expectedVersion: 1 } })).saveCertificationProfile;
      expect(lastDay.cycle).toMatchObject({ endsOn: iso(day(today()).plus({ years: 3 }).minus({ days: 2 })) });
      const prev = (await client.ok(SAVE_PROFILE, { input: { certifiedOn: iso(day(certifiedOn).plus({ days: 1 })), expectedVersion: 2 } })).saveCertificationProfile;
      expect(prev.cycle).toMatchObject({ endsOn: today(), daysLeft: 0, earnedUnits: 30, percent: 100 });
    });

    it('edits and deletes only your own entries, guarded by version', async () => {
      const me = await t.factories.asStudent();
      const other = await t.factories.asStudent();
      const e = await add(me.client);
      const input = { title: 'AAMI webinar (part 2)', provider: 'AAMI', completedOn: today(), hours: 2, note: null };
      const updated = (await me.client.ok(UPDATE, { id: e.id, input: { ...input, expectedVersion: 1 } })).updateCeEntry;
      expect(updated).toMatchObject({ title: 'AAMI webinar (part 2)', hours: 2, version: 2, note: null });
      const stale = await me.client.gql(UPDATE, { id: e.id, input: { ...input, hours: 3, expectedVersion: 1 } });
      expect(stale.errors?.[0]).toMatchObject({ message: ENTRY_CONFLICT, extensions: { code: 'CONFLICT' } });
      expect(await other.client.code(UPDATE, { id: e.id, input: { ...input, expectedVersion: 2 } })).toBe('NOT_FOUND');
      expect(await other.client.code(DELETE, { id: e.id })).toBe('NOT_FOUND');
      expect((await other.client.ok(MY_LEDGER)).myCeLedger.entries).toEqual([]);
      expect((await me.client.ok(DELETE, { id: e.id })).deleteCeEntry).toBe(true);
      expect(await me.client.code(DELETE, { id: e.id })).toBe('NOT_FOUND');
      expect(await me.client.code(DELETE, { id: 'nope' })).toBe('NOT_FOUND');
    });

    it('guards the profile by version', async () => {
      const { client } = await t.factories.asStudent();
      await client.ok(SAVE_PROFILE, { input: { imagingPercent: 50, expectedVersion: 0 } });
      const res = await client.gql(SAVE_PROFILE, { input: { imagingPercent: 60, expectedVersion: 0 } });
      expect(res.errors?.[0]).toMatchObject({ message: PROFILE_CONFLICT, extensions: { code: 'CONFLICT' } });
    });

    it('refuses bad input field by field', async () => {
      const { client } = await t.factories.asStudent();
      const entry = { title: 'Webinar', completedOn: today(), hours: 1 };
      expect(await fieldsOf(client, ADD, { input: { ...entry, hours: 0 } })).toEqual(['hours']);
      expect(await fieldsOf(client, ADD, { input: { ...entry, hours: 101 } })).toEqual(['hours']);
      expect(await fieldsOf(client, ADD, { input: { ...entry, completedOn: iso(day(today()).plus({ days: 2 })) } })).toEqual(['completedOn']);
      expect(await fieldsOf(client, ADD, { input: { ...entry, completedOn: '2026-13-01' } })).toEqual(['completedOn']);
      expect(await fieldsOf(client, ADD, { input: { ...entry, title: '' } })).toEqual(['title']);
      expect(await fieldsOf(client, SAVE_PROFILE, { input: { imagingPercent: 120 } })).toEqual(['imagingPercent']);
      expect(await fieldsOf(client, SAVE_PROFILE, { input: { degree: 'PHD_IN_PHYSICS' } })).toEqual(['degree']);
      expect(await fieldsOf(client, SAVE_PROFILE, { input: { bmetYears: -1 } })).toEqual(['bmetYears']);
      expect(await fieldsOf(client, SAVE_PROFILE, { input: { certifiedOn: iso(day(today()).plus({ days: 2 })) } })).toEqual(['certifiedOn']);
      expect((await client.ok(MY_LEDGER)).myCeLedger).toMatchObject({ entries: [], profile: { version: 0 } });
    });

    it('costs the same number of queries for 1 or 12 rows', async () => {
      const few = await pastCohort(t, { attended: [[120, 120, 120, 120, 120]] });
      await few.mentor.client.ok(ISSUE, { id: few.cohortId });
      const a = few.students[0].client;
      await a.ok(SAVE_PROFILE, { input: { certifiedOn: iso(day(today()).minus({ years: 1 })) } });
      const many = await pastCohort(t, { attended: [[120, 120, 120, 120, 120]] });
      await many.mentor.client.ok(ISSUE, { id: many.cohortId });
      const b = many.students[0].client;
      await b.ok(SAVE_PROFILE, { input: { certifiedOn: iso(day(today()).minus({ years: 1 })) } });
      for (let i = 0; i < 11; i++) await add(b, { title: `Course ${i}`, completedOn: iso(day(today()).minus({ days: i * 30 })) });
      expect((await b.ok(MY_LEDGER)).myCeLedger.entries).toHaveLength(12);
      const qa = await a.countQueries(MY_LEDGER);
      const qb = await b.countQueries(MY_LEDGER);
      expect(qb).toBe(qa);
      expect(qb).toBeLessThanOrEqual(6);
    });
  });

  describe('eligibility', () => {
    const check = async (input: Record<string, unknown>) => {
      const { client } = await t.factories.asStudent();
      await client.ok(SAVE_PROFILE, { input });
      return (await client.ok(ELIGIBILITY)).myEligibility;
    };
    const asOf = iso(day(today()).minus({ months: 1 }));

    it('finds each path', async () => {
      expect(await check({ degree: 'BMET_ASSOCIATE', bmetYears: 2, experienceAsOf: asOf, imagingPercent: 40 })).toMatchObject({ eligible: true, path: { id: 'bmet-associate' }, missing: [], eligibleOn: null });
      expect(await check({ degree: 'MILITARY_BMET', bmetYears: 2.5, experienceAsOf: asOf, imagingPercent: 80 })).toMatchObject({ eligible: true, path: { id: 'military-bmet' } });
      expect(await check({ degree: 'ELECTRONICS_ASSOCIATE', bmetYears: 3, experienceAsOf: asOf, imagingPercent: 50 })).toMatchObject({ eligible: true, path: { id: 'electronics-associate' } });
      expect(await check({ degree: 'NONE', bmetYears: 4, experienceAsOf: asOf, imagingPercent: 100 })).toMatchObject({ eligible: true, path: { id: 'experience', degree: 'NONE' } });
    });

    it('says when only experience is missing: eligible on a date', async () => {
      const r = await check({ degree: 'ELECTRONICS_ASSOCIATE', bmetYears: 2, experienceAsOf: asOf, imagingPercent: 60 });
      const on = iso(day(asOf).plus({ years: 1 }));
      expect(r).toMatchObject({ eligible: false, path: { id: 'electronics-associate' }, eligibleOn: on, candidateUntil: iso(day(today()).plus({ years: 5 })) });
      expect(r.missing).toEqual([expect.stringContaining(`on ${formatLocalDate(on)}`)]);
    });

    it('says what else is missing, without a date', async () => {
      const low = await check({ degree: 'BMET_ASSOCIATE', bmetYears: 5, experienceAsOf: asOf, imagingPercent: 30 });
      expect(low).toMatchObject({ eligible: false, eligibleOn: null, path: null });
      expect(low.missing).toEqual([expect.stringContaining('40 %')]);
      const empty = await check({});
      expect(empty).toMatchObject({ eligible: false, eligibleOn: null });
      expect(empty.missing).toHaveLength(3);
    });
  });
});
