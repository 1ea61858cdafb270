/**
 * The mentor's roster actions. Each answer updates the cohort's seat counts in the cache;
 * the roster itself is re-read, because one change can move several people (a freed
 * seat promotes the first person on the waitlist and renumbers the rest).
 */
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { getFragmentData } from '@/gql';
import { ApproveEnrollmentMutation, DeclineEnrollmentMutation, MoveEnrollmentMutation, RemoveEnrollmentMutation, RosterEnrollmentFields } from '../api/documents';

const refresh = { refetchQueries: ['CohortRoster'], awaitRefetchQueries: true };

export function useApproveEnrollment() {
  const [mutate, { loading }] = useMutation(ApproveEnrollmentMutation, refresh);
  const approve = async (id: string, name: string) => {
    const { data } = await mutate({ variables: { id } });
    if (!data) return;
    const e = getFragmentData(RosterEnrollmentFields, data.approveEnrollment);
    notifications.show({
      color: 'green',
      message: e.status === 'ENROLLED' ? `${name} is enrolled.` : `${name} is approved; the cohort is full, so they are on the waitlist (number ${e.waitlistPosition ?? '?'}).`,
    });
  };
  return { approve, loading };
}

export function useDeclineEnrollment() {
  const [mutate, { loading }] = useMutation(DeclineEnrollmentMutation, refresh);
  const decline = async (id: string, name: string) => {
    await mutate({ variables: { id } });
    notifications.show({ color: 'green', message: `${name} was declined and told by email.` });
  };
  return { decline, loading };
}

export function useRemoveEnrollment() {
  const [mutate, { loading }] = useMutation(RemoveEnrollmentMutation, refresh);
  const remove = async (id: string, name: string) => {
    await mutate({ variables: { id } });
    notifications.show({ color: 'green', message: `${name} was removed from the cohort.` });
  };
  return { remove, loading };
}

export function useMoveEnrollment() {
  // The source cohort's seats change too: re-read the page around the roster.
  const [mutate, { loading }] = useMutation(MoveEnrollmentMutation, { refetchQueries: ['CohortRoster', 'CohortManagePage'], awaitRefetchQueries: true });
  const move = async (id: string, targetCohortId: string, name: string) => {
    const { data } = await mutate({ variables: { id, targetCohortId } });
    if (!data) return;
    const e = getFragmentData(RosterEnrollmentFields, data.moveEnrollment);
    notifications.show({
      color: 'green',
      message:
        e.status === 'WAITLISTED'
          ? `${name} moved to ${data.moveEnrollment.cohort.title}, on its waitlist (number ${e.waitlistPosition ?? '?'}).`
          : `${name} moved to ${data.moveEnrollment.cohort.title}.`,
    });
  };
  return { move, loading };
}
