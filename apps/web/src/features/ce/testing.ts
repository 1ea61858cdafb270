/** CE-shaped API answers for tests, with the __typename fields the cache relies on. */
import { CRES_PATHS_2025 } from '@gantry/shared';

export function rules(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CredentialRules' as const,
    edition: '2025-06',
    effectiveFrom: '2025-06-01',
    provisional: true,
    cycleYears: 3,
    requiredUnits: 30,
    unitsPerContactHour: 1,
    minImagingPercent: 40,
    candidateYears: 5,
    paths: CRES_PATHS_2025.map((p) => ({ __typename: 'EligibilityPath' as const, pathId: p.id, label: p.label, degree: p.degree, minYears: p.minYears })),
    ...overrides,
  };
}

export function profile(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CertificationProfile' as const,
    certifiedOn: '2024-03-04',
    degree: 'BMET_ASSOCIATE',
    bmetYears: 3,
    experienceAsOf: '2024-01-01',
    imagingPercent: 60,
    version: 2,
    ...overrides,
  };
}

export function entry(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CeEntry' as const,
    id: 'ce-1',
    title: 'AAMI eXchange: imaging track',
    provider: 'AAMI',
    completedOn: '2025-06-14',
    hours: 9,
    units: 9,
    note: null,
    version: 1,
    source: 'MANUAL',
    certificateId: null,
    ...overrides,
  };
}

export const gantryEntry = entry({
  id: 'ce-cert-1',
  title: 'CRES study group — CT and MRI',
  provider: 'CABMET',
  completedOn: '2026-10-06',
  hours: 9.5,
  units: 9.5,
  source: 'GANTRY',
  certificateId: 'cert-1',
});

export function ledger(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CeLedger' as const,
    profile: profile(),
    rules: rules(),
    cycle: {
      __typename: 'RecertificationCycle' as const,
      startsOn: '2024-03-04',
      endsOn: '2027-03-03',
      requiredUnits: 30,
      earnedUnits: 18.5,
      percent: 61,
      daysLeft: 101,
    },
    entries: [gantryEntry, entry()],
    ...overrides,
  };
}
