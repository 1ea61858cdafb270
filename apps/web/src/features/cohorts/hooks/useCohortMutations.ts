/**
 * The mentor's cohort mutations, each with its cache update and the message the user
 * sees. Components pass form values and handle thrown errors with `applyServerErrors`.
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { CohortStatus, CreateCohortInput, MakeupSessionInput, RescheduleSessionInput, UpdateCohortInput } from '@/gql/graphql';
import {
  AddCoMentorMutation,
  AddMakeupSessionMutation,
  CancelSessionMutation,
  CreateCohortMutation,
  RegenerateInviteCodeMutation,
  RemoveCoMentorMutation,
  RescheduleSessionMutation,
  SaveCohortTemplateMutation,
  SetCohortStatusMutation,
  ShiftSessionsMutation,
  UpdateCohortMutation,
} from '../api/documents';

/** Lists that include this cohort or its sessions are re-read where they are shown next. */
function forget(cache: ApolloCache, fields: string[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** Keep a cohort's session list in start order after one of them moved or was added. */
function resortSessions(cache: ApolloCache, cohortId: string, added: Reference[] = []) {
  cache.modify<{ sessions: Reference[] }>({
    id: cache.identify({ __typename: 'Cohort', id: cohortId }),
    fields: {
      sessions(existing, { readField }) {
        const list = existing as readonly Reference[];
        if (!Array.isArray(list)) return existing;
        const seen = new Set(list.map((r) => r.__ref));
        const all = [...list, ...added.filter((r) => !seen.has(r.__ref))];
        const start = (r: Reference) => Date.parse(readField<string>('startsAt', r) ?? '');
        // Numbers follow start order (cancelled sessions count), as the API numbers them.
        return [...all].sort((a, b) => start(a) - start(b));
      },
    },
  });
}

export function useCreateCohort() {
  const [mutate, { loading }] = useMutation(CreateCohortMutation, { update: (cache) => forget(cache, ['myCohorts', 'chapterCohorts', 'mySchedule', 'nextSession']) });
  const create = async (input: CreateCohortInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    notifications.show({ color: 'green', title: 'Cohort created', message: `${data.createCohort.title} is saved as a draft. Publish it when you are ready for students.` });
    return data.createCohort;
  };
  return { create, loading };
}

export function useUpdateCohort() {
  const [mutate, { loading }] = useMutation(UpdateCohortMutation, { update: (cache) => forget(cache, ['catalog']) });
  const update = async (input: UpdateCohortInput, message = 'Cohort details saved.') => {
    await mutate({ variables: { input } });
    notifications.show({ color: 'green', message });
  };
  return { update, loading };
}

const STATUS_DONE: Record<CohortStatus, string> = {
  OPEN: 'The cohort is published: it is in the catalog and students can enroll.',
  RUNNING: 'The cohort is running.',
  COMPLETED: 'The cohort is marked completed.',
  CANCELLED: 'The cohort is cancelled. Its students were told, and its remaining sessions are cancelled.',
  DRAFT: 'The cohort is back in draft: it is no longer in the catalog.',
};

export function useSetCohortStatus() {
  const [mutate, { loading }] = useMutation(SetCohortStatusMutation, {
    // Not myCohorts: its entries are this same cached cohort, so they update in place.
    update: (cache) => forget(cache, ['catalog', 'mySchedule', 'nextSession', 'chapterCohorts']),
  });
  const setStatus = async (id: string, status: CohortStatus) => {
    await mutate({ variables: { id, status } });
    notifications.show({ color: 'green', message: STATUS_DONE[status] });
  };
  return { setStatus, loading };
}

export function useRescheduleSession() {
  const [mutate, { loading }] = useMutation(RescheduleSessionMutation);
  const reschedule = async (cohortId: string, input: RescheduleSessionInput) => {
    await mutate({
      variables: { input },
      update(cache) {
        resortSessions(cache, cohortId);
        forget(cache, ['mySchedule', 'nextSession']);
      },
    });
    notifications.show({ color: 'green', message: 'Session moved. Students are told, and calendar feeds update.' });
  };
  return { reschedule, loading };
}

export function useCancelSession() {
  const [mutate, { loading }] = useMutation(CancelSessionMutation, { update: (cache) => forget(cache, ['mySchedule', 'nextSession']) });
  const cancel = async (sessionId: string, reason: string) => {
    await mutate({ variables: { sessionId, reason: reason.trim() || null } });
    notifications.show({ color: 'green', message: 'Session cancelled. Students are told, and calendar feeds show it as cancelled.' });
  };
  return { cancel, loading };
}

export function useAddMakeupSession() {
  const [mutate, { loading }] = useMutation(AddMakeupSessionMutation);
  const addMakeup = async (input: MakeupSessionInput) => {
    await mutate({
      variables: { input },
      update(cache, { data }) {
        const ref = data ? cache.identify(data.addMakeupSession) : undefined;
        if (ref) resortSessions(cache, String(input.cohortId), [{ __ref: ref }]);
        forget(cache, ['mySchedule', 'nextSession']);
      },
    });
    notifications.show({ color: 'green', message: 'Make-up session added. Students are told.' });
  };
  return { addMakeup, loading };
}

export function useShiftSessions() {
  const [mutate, { loading }] = useMutation(ShiftSessionsMutation);
  const shift = async (cohortId: string, sessionId: string, days: number) => {
    const { data } = await mutate({
      variables: { input: { sessionId, days } },
      update(cache) {
        resortSessions(cache, cohortId);
        forget(cache, ['mySchedule', 'nextSession']);
      },
    });
    const n = data?.shiftSessions.length ?? 0;
    notifications.show({ color: 'green', message: `${n === 1 ? 'One session' : `${n} sessions`} moved ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'}.` });
  };
  return { shift, loading };
}

export function useRegenerateInviteCode() {
  const [mutate, { loading }] = useMutation(RegenerateInviteCodeMutation);
  const regenerate = async (cohortId: string) => {
    await mutate({ variables: { cohortId } });
    notifications.show({ color: 'green', message: 'New invite code made. The old one no longer works.' });
  };
  return { regenerate, loading };
}

export function useAddCoMentor() {
  const [mutate, { loading }] = useMutation(AddCoMentorMutation);
  const add = async (cohortId: string, email: string) => {
    await mutate({ variables: { cohortId, email } });
    notifications.show({ color: 'green', message: `${email} is now a co-mentor of this cohort.` });
  };
  return { add, loading };
}

export function useRemoveCoMentor() {
  const [mutate, { loading }] = useMutation(RemoveCoMentorMutation);
  const remove = async (cohortId: string, userId: string, name: string) => {
    await mutate({ variables: { cohortId, userId } });
    notifications.show({ color: 'green', message: `${name} is no longer a co-mentor.` });
  };
  return { remove, loading };
}

export function useSaveCohortTemplate() {
  const [mutate, { loading }] = useMutation(SaveCohortTemplateMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.identify(data.saveCohortTemplate);
      cache.modify<{ cohortTemplates: Reference[] }>({
        fields: {
          cohortTemplates(existing) {
            const list = existing as readonly Reference[];
            return Array.isArray(list) && ref ? [{ __ref: ref }, ...list.filter((r) => r.__ref !== ref)] : existing;
          },
        },
      });
    },
  });
  const save = async (cohortId: string, name: string) => {
    await mutate({ variables: { cohortId, name } });
    notifications.show({ color: 'green', message: `Saved as the template “${name}”. Choose it under “Start from” when you create your next cohort.` });
  };
  return { save, loading };
}
