import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { UpdateCohortInput } from '@/gql/graphql';

/**
 * Everything `updateCohort` needs. The API replaces the whole setting set on each update,
 * so every editor (details form, close/reopen enrollment) starts from the same fields.
 */
export const CohortSettingsFragment = graphql(`
  fragment CohortSettings_cohort on Cohort {
    id
    version
    title
    description
    capacity
    timeZone
    requiresApproval
    enrollmentClosed
    enrollmentOpensAt
    enrollmentClosesAt
    meeting {
      url
      passcode
    }
    modalities {
      id
      code
    }
  }
`);

export type CohortSettings = ReturnType<typeof readSettings>;

export function readSettings(ref: FragmentType<typeof CohortSettingsFragment>) {
  return getFragmentData(CohortSettingsFragment, ref);
}

export function toUpdateInput(c: CohortSettings, changes: Partial<UpdateCohortInput> = {}): UpdateCohortInput {
  return {
    id: c.id,
    expectedVersion: c.version,
    title: c.title,
    description: c.description,
    capacity: c.capacity,
    timeZone: c.timeZone,
    requiresApproval: c.requiresApproval,
    enrollmentClosed: c.enrollmentClosed,
    enrollmentOpensAt: c.enrollmentOpensAt ?? null,
    enrollmentClosesAt: c.enrollmentClosesAt ?? null,
    meetingUrl: c.meeting?.url ?? null,
    meetingPasscode: c.meeting?.passcode ?? null,
    modalityCodes: c.modalities.map((m) => m.code),
    ...changes,
  };
}
