/**
 * What a student does in an attempt, each with its cache update: answer or flag a
 * question (the item in the attempt's list takes the server's answer, revealed fields
 * and all, and the attempt its counts and the server's clock), move (the server
 * remembers where they are, and re-reads the clock), submit.
 * Starting an attempt or a mock exam also tells the shell whether lesson material hides.
 */
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { getFragmentData } from '@/gql';
import { ActiveMockAttemptQuery, ALL_ITEMS, AttemptStateFields, AnswerItemMutation, AttemptItemFields, MoveToMutation, StartMockExamMutation, StartQuizAttemptMutation, SubmitAttemptMutation } from '../api/documents';

/** The shell's "mock exam in progress" (null: none). */
export function setActiveMock(cache: ApolloCache, attempt: { id: string; deadlineAt?: string | null } | null) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      activeMockAttempt: (_existing, { toReference }) => (attempt ? (toReference({ __typename: 'Attempt', id: attempt.id }) as Reference) : null),
    },
  });
  // The shell may not have read it yet: make sure it has an answer to show.
  if (!cache.readQuery({ query: ActiveMockAttemptQuery })) {
    const status = 'IN_PROGRESS' as const;
    cache.writeQuery({
      query: ActiveMockAttemptQuery,
      data: { activeMockAttempt: attempt ? ({ __typename: 'Attempt', id: attempt.id, status, deadlineAt: attempt.deadlineAt ?? null } as { id: string; status: typeof status; deadlineAt: string | null }) : null },
    });
  }
}

export function useAttemptActions(attemptId: string) {
  const [answerMutate] = useMutation(AnswerItemMutation);
  const [moveMutate] = useMutation(MoveToMutation);
  const [submitMutate, { loading: submitting }] = useMutation(SubmitAttemptMutation);

  /** Answer (optionId), flag, or both; the server's item (revealed fields included) comes back. */
  const answer = async (position: number, input: { optionId?: string | null; flagged?: boolean }) => {
    // The item has an id of its own, so the cache puts the server's copy (revealed fields
    // and all) into the attempt's list; its `attempt` re-syncs the counts and the clock.
    const { data } = await answerMutate({ variables: { attemptId, position, ...input } });
    return data ? getFragmentData(AttemptItemFields, data.answerItem) : null;
  };

  const moveTo = async (position: number) => {
    await moveMutate({ variables: { attemptId, position } });
  };

  const submit = async () => {
    const { data } = await submitMutate({
      variables: { attemptId, count: ALL_ITEMS },
      update(cache, { data: d }) {
        if (d?.submitAttempt) forgetAfterSubmit(cache, attemptId);
      },
    });
    return data?.submitAttempt ?? null;
  };

  return { answer, moveTo, submit, submitting };
}

/** After an attempt ends: the shell's lock lifts, and lists that show it (history, homework, readiness) re-read. */
export function forgetAfterSubmit(cache: ApolloCache, attemptId: string) {
  const active = cache.readQuery({ query: ActiveMockAttemptQuery });
  if (active?.activeMockAttempt?.id === attemptId) setActiveMock(cache, null);
  for (const fieldName of ['myAttempts', 'myHomework', 'myReadiness']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export function useStartQuizAttempt() {
  const [mutate, { loading }] = useMutation(StartQuizAttemptMutation);
  const start = async (assignmentId: string) => {
    const { data } = await mutate({
      variables: { assignmentId },
      update(cache) {
        const a = cache.identify({ __typename: 'Assignment', id: assignmentId });
        if (a) cache.evict({ id: a, fieldName: 'myAttempts' });
      },
    });
    return data?.startQuizAttempt.id ?? null;
  };
  return { start, loading };
}

export function useStartMockExam() {
  const [mutate, { loading }] = useMutation(StartMockExamMutation);
  const start = async (cohortId: string | null) => {
    const { data } = await mutate({
      variables: { cohortId },
      update(cache, { data: d }) {
        if (d) setActiveMock(cache, getFragmentData(AttemptStateFields, d.startMockExam));
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'myAttempts' });
      },
    });
    return data?.startMockExam.id ?? null;
  };
  return { start, loading };
}

/** For pages that learn an attempt ended on its own (time ran out). */
export function useForgetAfterSubmit() {
  const client = useApolloClient();
  return (attemptId: string) => forgetAfterSubmit(client.cache, attemptId);
}
