/**
 * The assignment editor's mutations, each with its cache update and the message the user
 * sees. Components pass plain values and handle thrown errors (`applyServerErrors`,
 * CONFLICT) themselves.
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { AssignmentInput, UpdateAssignmentInput } from '@/gql/graphql';
import { CreateAssignmentMutation, DeleteAssignmentMutation, MoveAssignmentMutation, SetAssignmentPublishedMutation, UpdateAssignmentMutation } from '../api/documents';

/**
 * Lists read elsewhere (the cohort's homework, the gradebook, students' to-do lists) are
 * re-read where they are shown next.
 */
function forgetElsewhere(cache: ApolloCache, cohortId?: string | null) {
  for (const fieldName of ['gradebook', 'myHomework']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  const cohort = cohortId ? cache.identify({ __typename: 'Cohort', id: cohortId }) : undefined;
  if (cohort) cache.evict({ id: cohort, fieldName: 'assignments' });
  cache.gc();
}

export function useCreateAssignment() {
  const [mutate, { loading }] = useMutation(CreateAssignmentMutation, {
    update(cache, { data }) {
      const created = data?.createAssignment;
      if (!created) return;
      const ref = cache.identify(created);
      const session = cache.identify({ __typename: 'CohortSession', id: created.sessionId });
      if (ref && session) {
        cache.modify<{ assignments: Reference[] }>({
          id: session,
          fields: {
            assignments: (existing, { toReference, readField }) => {
              const list = existing as readonly Reference[];
              if (list.some((r) => readField('id', r) === created.id)) return list;
              return [...list, toReference(ref)!];
            },
          },
        });
      }
      forgetElsewhere(cache, created.cohortId);
    },
  });
  const create = async (input: AssignmentInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    notifications.show({
      color: 'green',
      message: input.publish ? 'Assignment published: students in the cohort see it now.' : 'Assignment saved as a draft: only the cohort’s mentors see it until you publish it.',
    });
    return data.createAssignment;
  };
  return { create, loading };
}

export function useUpdateAssignment() {
  const [mutate, { loading }] = useMutation(UpdateAssignmentMutation);
  const [publish, { loading: publishing }] = useMutation(SetAssignmentPublishedMutation);
  const update = async (input: UpdateAssignmentInput, cohortId: string) => {
    const { data } = await mutate({ variables: { input }, update: (cache) => forgetElsewhere(cache, cohortId) });
    if (!data) return null;
    let saved: { id: string; version: number; published: boolean } = data.updateAssignment;
    // The publish switch is part of the form; make sure it holds whatever the update did with it.
    if (typeof input.publish === 'boolean' && saved.published !== input.publish) {
      const r = await publish({ variables: { id: saved.id, published: input.publish, expectedVersion: saved.version }, update: (cache) => forgetElsewhere(cache, cohortId) });
      if (r.data) saved = r.data.setAssignmentPublished;
    }
    notifications.show({ color: 'green', message: saved.published ? 'Assignment saved. Students see the changes now.' : 'Assignment saved as a draft.' });
    return saved;
  };
  return { update, loading: loading || publishing };
}

export function useSetAssignmentPublished() {
  const [mutate, { loading }] = useMutation(SetAssignmentPublishedMutation);
  const setPublished = async (a: { id: string; title: string; version: number; cohortId: string }, published: boolean) => {
    await mutate({ variables: { id: a.id, published, expectedVersion: a.version }, update: (cache) => forgetElsewhere(cache, a.cohortId) });
    notifications.show({
      color: 'green',
      message: published ? `Published “${a.title}”: students in the cohort see it now.` : `“${a.title}” is a draft again: students no longer see it.`,
    });
  };
  return { setPublished, loading };
}

export function useDeleteAssignment() {
  const [mutate, { loading }] = useMutation(DeleteAssignmentMutation);
  const remove = async (a: { id: string; title: string; sessionId: string; cohortId: string }) => {
    await mutate({
      variables: { id: a.id },
      update(cache) {
        const session = cache.identify({ __typename: 'CohortSession', id: a.sessionId });
        if (session) {
          cache.modify<{ assignments: Reference[] }>({
            id: session,
            fields: { assignments: (existing, { readField }) => (existing as readonly Reference[]).filter((r) => readField('id', r) !== a.id) },
          });
        }
        const ref = cache.identify({ __typename: 'Assignment', id: a.id });
        if (ref) cache.evict({ id: ref });
        forgetElsewhere(cache, a.cohortId);
      },
    });
    notifications.show({ color: 'green', message: `Deleted “${a.title}”.` });
  };
  return { remove, loading };
}

/** Move an assignment within its session; the answer carries every position, so the list re-sorts itself. */
export function useMoveAssignment() {
  const [mutate, { loading }] = useMutation(MoveAssignmentMutation);
  const move = async (id: string, position: number) => {
    await mutate({ variables: { id, position } });
  };
  return { move, loading };
}
