/**
 * Grading's mutations, each with its cache update and the message the user sees.
 * Components pass plain values and handle thrown errors (CONFLICT: someone else graded
 * first) themselves.
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { GradeInput } from '@/gql/graphql';
import { GradeSubmissionMutation, GrantExtensionMutation, ReturnSubmissionMutation, RevokeExtensionMutation } from '../api/documents';

/**
 * What other pages show about grades is re-read there next: the gradebook, students'
 * to-do lists, and the assignment's counts on the plan page.
 */
function forgetElsewhere(cache: ApolloCache, assignmentId: string) {
  for (const fieldName of ['gradebook', 'myHomework']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  const assignment = cache.identify({ __typename: 'Assignment', id: assignmentId });
  if (assignment) cache.evict({ id: assignment, fieldName: 'submissionCounts' });
  cache.gc();
}

export function useGradeSubmission() {
  const [mutate, { loading }] = useMutation(GradeSubmissionMutation);
  const grade = async (assignmentId: string, input: GradeInput, studentName: string) => {
    const { data } = await mutate({ variables: { input }, update: (cache) => forgetElsewhere(cache, assignmentId) });
    if (!data) return null;
    notifications.show({ color: 'green', message: `Grade saved for ${studentName}. They see it once you return the work.` });
    return data.gradeSubmission;
  };
  return { grade, loading };
}

export function useReturnSubmission() {
  const [mutate, { loading }] = useMutation(ReturnSubmissionMutation);
  const returnToStudent = async (assignmentId: string, submissionId: string, expectedVersion: number, studentName: string) => {
    const { data } = await mutate({ variables: { submissionId, expectedVersion }, update: (cache) => forgetElsewhere(cache, assignmentId) });
    if (!data) return null;
    notifications.show({ color: 'green', message: `Returned to ${studentName}. They get an email and see the grade and your feedback.` });
    return data.returnSubmission;
  };
  return { returnToStudent, loading };
}

export function useGrantExtension() {
  const [mutate, { loading }] = useMutation(GrantExtensionMutation);
  const grant = async (assignmentId: string, studentId: string, dueAt: string, studentName: string) => {
    await mutate({ variables: { assignmentId, studentId, dueAt }, update: (cache) => forgetElsewhere(cache, assignmentId) });
    notifications.show({ color: 'green', message: `Extension saved for ${studentName}.` });
  };
  return { grant, loading };
}

export function useRevokeExtension() {
  const [mutate, { loading }] = useMutation(RevokeExtensionMutation);
  const revoke = async (assignmentId: string, studentId: string, studentName: string) => {
    await mutate({ variables: { assignmentId, studentId }, update: (cache) => forgetElsewhere(cache, assignmentId) });
    notifications.show({ color: 'green', message: `Extension taken back: ${studentName}’s due time is the assignment’s again.` });
  };
  return { revoke, loading };
}
