/**
 * The student's enrollment mutations. Each answer carries the cohort's new seats, the
 * viewer's place and (once enrolled) the meeting link, so the cohort page updates from
 * the cache; lists that depend on it (my cohorts, my schedule, the next session) are
 * dropped from the cache and load fresh where they are shown.
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { getFragmentData, type FragmentType } from '@/gql';
import type { EnrollmentStatus } from '@/gql/graphql';
import { EnrollMutation, EnrollmentResultFields, JoinCohortByCodeMutation, LeaveCohortMutation } from '../api/documents';

function forgetMyLists(cache: ApolloCache) {
  for (const fieldName of ['myCohorts', 'mySchedule', 'nextSession']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export interface EnrollmentOutcome {
  status: EnrollmentStatus;
  waitlistPosition: number | null;
  cohortId: string;
  cohortTitle: string;
}

/** What happened, in a sentence. */
export function outcomeText(o: Pick<EnrollmentOutcome, 'status' | 'waitlistPosition' | 'cohortTitle'>): string {
  switch (o.status) {
    case 'ENROLLED':
      return `You are enrolled in ${o.cohortTitle}.`;
    case 'PENDING':
      return `Your request to join ${o.cohortTitle} was sent. The mentor approves each student; you will get an email.`;
    case 'WAITLISTED':
      return `${o.cohortTitle} is full, so you are on the waitlist${o.waitlistPosition ? ` as number ${o.waitlistPosition}` : ''}. You get an email when a seat frees up.`;
    default:
      return `Your place in ${o.cohortTitle} is now: ${o.status.toLowerCase()}.`;
  }
}

function outcomeOf(ref: FragmentType<typeof EnrollmentResultFields>): EnrollmentOutcome {
  const e = getFragmentData(EnrollmentResultFields, ref);
  return { status: e.status, waitlistPosition: e.waitlistPosition ?? null, cohortId: e.cohort.id, cohortTitle: e.cohort.title };
}

export function useEnroll() {
  const [mutate, { loading }] = useMutation(EnrollMutation, { update: forgetMyLists });
  const enroll = async (cohortId: string): Promise<EnrollmentOutcome | null> => {
    const { data } = await mutate({ variables: { cohortId } });
    if (!data) return null;
    const outcome = outcomeOf(data.enroll);
    notifications.show({ color: outcome.status === 'ENROLLED' ? 'green' : 'blue', message: outcomeText(outcome) });
    return outcome;
  };
  return { enroll, loading };
}

export function useLeaveCohort() {
  const [mutate, { loading }] = useMutation(LeaveCohortMutation, { update: forgetMyLists });
  const leave = async (cohortId: string, title: string) => {
    await mutate({ variables: { cohortId } });
    notifications.show({ color: 'green', message: `You left ${title}.` });
  };
  return { leave, loading };
}

export function useJoinByCode() {
  const [mutate, { loading }] = useMutation(JoinCohortByCodeMutation, { update: forgetMyLists });
  const join = async (code: string): Promise<EnrollmentOutcome | null> => {
    const { data } = await mutate({ variables: { code } });
    if (!data) return null;
    const outcome = outcomeOf(data.joinCohortByCode);
    notifications.show({ color: 'green', message: outcomeText(outcome) });
    return outcome;
  };
  return { join, loading };
}
