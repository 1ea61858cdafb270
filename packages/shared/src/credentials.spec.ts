import {
  CRES_PATHS_2025,
  ceEntrySchema,
  certificationProfileSchema,
  checkEligibility,
  credentialRulesSchema,
  cycleProgress,
  recertificationCycle,
  todayIn,
  type CredentialRules,
  type EligibilityProfile,
} from './credentials';
import { DateTime } from './time';

const RULES: CredentialRules = {
  edition: '2025-06',
  effectiveFrom: '2025-06-01',
  provisional: true,
  cycleYears: 3,
  requiredUnits: 30,
  unitsPerContactHour: 1,
  minImagingPercent: 40,
  candidateYears: 5,
  paths: [...CRES_PATHS_2025],
};

const profile = (over: Partial<EligibilityProfile> = {}): EligibilityProfile => ({
  degree: 'BMET_ASSOCIATE',
  bmetYears: 3,
  experienceAsOf: '2026-01-01',
  imagingPercent: 60,
  ...over,
});

describe('recertificationCycle', () => {
  it('counts three-year cycles from the certification date', () => {
    expect(recertificationCycle('2024-05-15', '2026-06-01', RULES)).toEqual({ index: 0, startsOn: '2024-05-15', endsOn: '2027-05-14', daysLeft: 347 });
    expect(recertificationCycle('2020-05-15', '2026-06-01', RULES)).toMatchObject({ index: 2, startsOn: '2026-05-15', endsOn: '2029-05-14' });
  });

  it('puts the boundary days on the right side', () => {
    expect(recertificationCycle('2024-05-15', '2027-05-14', RULES)).toMatchObject({ index: 0, endsOn: '2027-05-14', daysLeft: 0 });
    expect(recertificationCycle('2024-05-15', '2027-05-15', RULES)).toMatchObject({ index: 1, startsOn: '2027-05-15', endsOn: '2030-05-14', daysLeft: 1095 });
    expect(recertificationCycle('2024-05-15', '2024-05-15', RULES)).toMatchObject({ index: 0, startsOn: '2024-05-15' });
  });

  it('is the first cycle before the certification date', () => {
    expect(recertificationCycle('2026-09-01', '2026-06-01', RULES)).toMatchObject({ index: 0, startsOn: '2026-09-01', endsOn: '2029-08-31' });
  });

  it('does not drift from a 29 February certification', () => {
    expect(recertificationCycle('2024-02-29', '2027-03-01', RULES)).toMatchObject({ index: 1, startsOn: '2027-02-28', endsOn: '2030-02-27' });
    expect(recertificationCycle('2024-02-29', '2030-03-01', RULES)).toMatchObject({ index: 2, startsOn: '2030-02-28', endsOn: '2033-02-27' });
    // Twelve years on, a leap year again: back on the 29th.
    expect(recertificationCycle('2024-02-29', '2036-03-01', RULES)).toMatchObject({ index: 4, startsOn: '2036-02-29' });
  });

  it('follows the edition’s cycle length', () => {
    expect(recertificationCycle('2024-05-15', '2026-06-01', { cycleYears: 2 })).toMatchObject({ index: 1, startsOn: '2026-05-15', endsOn: '2028-05-14' });
  });

  it('sums units inside the cycle only, at the edition’s ratio', () => {
    const cycle = { startsOn: '2024-05-15', endsOn: '2027-05-14' };
    const entries = [
      { completedOn: '2024-05-14', hours: 50 },
      { completedOn: '2024-05-15', hours: 10 },
      { completedOn: '2027-05-14', hours: 4.5 },
      { completedOn: '2027-05-15', hours: 50 },
    ];
    expect(cycleProgress(entries, cycle, RULES)).toEqual({ earnedUnits: 14.5, percent: 48 });
    expect(cycleProgress(entries, cycle, { ...RULES, unitsPerContactHour: 0.1 })).toEqual({ earnedUnits: 1.45, percent: 4 });
    expect(cycleProgress([{ completedOn: '2025-01-01', hours: 45 }], cycle, RULES)).toEqual({ earnedUnits: 45, percent: 100 });
  });

  it('knows today in a zone', () => {
    const at = DateTime.fromISO('2026-06-01T03:00:00Z');
    expect(todayIn('America/Denver', at)).toBe('2026-05-31');
    expect(todayIn('Europe/Berlin', at)).toBe('2026-06-01');
  });
});

describe('checkEligibility', () => {
  const today = '2026-06-01';

  it('finds each published path', () => {
    expect(checkEligibility(profile(), RULES, today)).toMatchObject({ eligible: true, path: { id: 'bmet-associate' }, missing: [], eligibleOn: null });
    expect(checkEligibility(profile({ degree: 'MILITARY_BMET', bmetYears: 2 }), RULES, today).path?.id).toBe('military-bmet');
    expect(checkEligibility(profile({ degree: 'ELECTRONICS_ASSOCIATE', bmetYears: 3 }), RULES, today).path?.id).toBe('electronics-associate');
    expect(checkEligibility(profile({ degree: 'NONE', bmetYears: 4 }), RULES, today)).toMatchObject({ eligible: true, path: { id: 'experience' } });
  });

  it('lets anyone take the no-degree path when it comes first', () => {
    // Electronics needs 3 years; with 4 the no-degree path also holds, the electronics one is first in the edition.
    expect(checkEligibility(profile({ degree: 'ELECTRONICS_ASSOCIATE', bmetYears: 4.5 }), RULES, today).path?.id).toBe('electronics-associate');
  });

  it('counts experience accrued since experienceAsOf', () => {
    // 1.5 years on 2025-01-01 + 17 months: past 2 years.
    expect(checkEligibility(profile({ bmetYears: 1.5, experienceAsOf: '2025-01-01' }), RULES, today).eligible).toBe(true);
  });

  it('says when only experience is missing, with the date', () => {
    const r = checkEligibility(profile({ bmetYears: 1, experienceAsOf: '2026-03-01' }), RULES, today);
    expect(r).toMatchObject({ eligible: false, path: { id: 'bmet-associate' }, eligibleOn: '2027-03-01', candidateUntil: '2031-06-01' });
    expect(r.missing).toEqual([expect.stringContaining('on March 1, 2027')]);
    // Fractions of a year in days.
    expect(checkEligibility(profile({ degree: 'NONE', bmetYears: 3.5, experienceAsOf: '2026-03-01' }), RULES, today).eligibleOn).toBe('2026-08-31');
    // Eligible the very day.
    expect(checkEligibility(profile({ bmetYears: 1, experienceAsOf: '2025-06-01' }), RULES, today).eligible).toBe(true);
    expect(checkEligibility(profile({ bmetYears: 1, experienceAsOf: '2025-06-02' }), RULES, today).eligibleOn).toBe('2026-06-02');
  });

  it('gives no candidate deadline when experience is more than the candidate years away', () => {
    const r = checkEligibility(profile({ degree: 'NONE', bmetYears: 0, experienceAsOf: today }), { ...RULES, candidateYears: 3 }, today);
    expect(r).toMatchObject({ eligibleOn: '2030-06-01', candidateUntil: null });
  });

  it('refuses below the imaging share, and then gives no date', () => {
    const r = checkEligibility(profile({ imagingPercent: 39 }), RULES, today);
    expect(r).toMatchObject({ eligible: false, eligibleOn: null, path: null });
    expect(r.missing).toEqual([expect.stringContaining('At least 40 %')]);
    const both = checkEligibility(profile({ imagingPercent: 10, bmetYears: 0, experienceAsOf: today }), RULES, today);
    expect(both.missing).toHaveLength(2);
    expect(both.eligibleOn).toBeNull();
    expect(checkEligibility(profile({ imagingPercent: 40 }), RULES, today).eligible).toBe(true);
  });

  it('lists what the profile lacks', () => {
    const r = checkEligibility({ degree: null, bmetYears: null, experienceAsOf: null, imagingPercent: null }, RULES, today);
    expect(r.eligible).toBe(false);
    expect(r.missing).toHaveLength(3);
  });

  it('applies the edition it is given', () => {
    const stricter = { ...RULES, minImagingPercent: 70, paths: RULES.paths.map((p) => ({ ...p, minYears: p.minYears + 1 })) };
    expect(checkEligibility(profile(), stricter, today).eligible).toBe(false);
    expect(checkEligibility(profile({ imagingPercent: 75 }), stricter, today).eligible).toBe(true);
    expect(checkEligibility(profile({ degree: 'MILITARY_BMET' }), { ...RULES, paths: RULES.paths.filter((p) => p.degree === 'BMET_ASSOCIATE') }, today).missing).toEqual([
      'No path of the current rules starts from your education.',
    ]);
  });
});

describe('validation', () => {
  const today = '2026-06-01';
  const entry = { title: 'AAMI webinar', completedOn: '2026-05-01', hours: 1.5 };
  const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

  it('checks CE entries per field', () => {
    expect(ceEntrySchema(today).parse({ ...entry, provider: '  ', note: '' })).toMatchObject({ provider: null, note: null });
    expect(fieldsOf(ceEntrySchema(today).safeParse({ ...entry, hours: 0 }))).toEqual(['hours']);
    expect(fieldsOf(ceEntrySchema(today).safeParse({ ...entry, hours: 101 }))).toEqual(['hours']);
    expect(fieldsOf(ceEntrySchema(today).safeParse({ ...entry, hours: 1.234 }))).toEqual(['hours']);
    expect(fieldsOf(ceEntrySchema(today).safeParse({ ...entry, completedOn: '2026-06-02' }))).toEqual(['completedOn']);
    expect(fieldsOf(ceEntrySchema(today).safeParse({ ...entry, completedOn: '2026-02-30' }))).toEqual(['completedOn']);
    expect(fieldsOf(ceEntrySchema(today).safeParse({ ...entry, title: ' ' }))).toEqual(['title']);
    expect(ceEntrySchema(today).safeParse({ ...entry, completedOn: today }).success).toBe(true);
  });

  it('checks the profile per field', () => {
    const p = certificationProfileSchema(today);
    expect(p.parse({})).toEqual({ certifiedOn: null, degree: null, bmetYears: null, experienceAsOf: null, imagingPercent: null });
    expect(fieldsOf(p.safeParse({ imagingPercent: 120 }))).toEqual(['imagingPercent']);
    expect(fieldsOf(p.safeParse({ degree: 'PHD' }))).toEqual(['degree']);
    expect(fieldsOf(p.safeParse({ bmetYears: 2.25 }))).toEqual(['bmetYears']);
    expect(fieldsOf(p.safeParse({ certifiedOn: '2027-01-01' }))).toEqual(['certifiedOn']);
    expect(fieldsOf(p.safeParse({ experienceAsOf: 'yesterday' }))).toEqual(['experienceAsOf']);
  });

  it('checks a rule edition', () => {
    const base = { ...RULES, paths: RULES.paths.map((p) => ({ ...p })) };
    expect(credentialRulesSchema.safeParse(base).success).toBe(true);
    expect(fieldsOf(credentialRulesSchema.safeParse({ ...base, cycleYears: 0 }))).toEqual(['cycleYears']);
    expect(fieldsOf(credentialRulesSchema.safeParse({ ...base, paths: [base.paths[0], base.paths[0]] }))).toEqual(['paths']);
    expect(fieldsOf(credentialRulesSchema.safeParse({ ...base, edition: 'bad edition' }))).toEqual(['edition']);
  });
});
