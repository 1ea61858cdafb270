/**
 * The agenda's mutations, each with its cache update and the message the user sees.
 * Components pass plain values and handle thrown errors with `describeError`.
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { AgendaItemInput } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { MarkAgendaItemDoneMutation, SetSessionAgendaMutation, SetSessionRecordingMutation } from '../api/documents';

/** Every query that shows an agenda is re-read where it is shown next. */
function forget(cache: ApolloCache, fields: string[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export function useSaveAgenda() {
  // The answer lacks release times and the coverage changes too: re-read the plan page.
  const [mutate, { loading }] = useMutation(SetSessionAgendaMutation, {
    refetchQueries: ['PlanSessionPage'],
    awaitRefetchQueries: true,
    update: (cache) => forget(cache, ['agendaItem', 'nextSession']),
  });
  const save = async (sessionId: string, items: AgendaItemInput[]) => {
    await mutate({ variables: { sessionId, items } });
    notifications.show({ color: 'green', message: 'Agenda saved. Students see each item once it is released.' });
  };
  return { save, loading };
}

interface Progress {
  __typename?: 'AgendaProgress';
  done: number;
  total: number;
  minutesLeft: number;
}

/** Count an item in (or out of) the cached progress of its session and its cohort. */
function shiftProgress(cache: ApolloCache, targets: string[], delta: number, minutes: number) {
  for (const id of targets) {
    cache.modify<{ viewerProgress: Progress }>({
      id,
      fields: {
        viewerProgress(existing) {
          const p = existing as Progress;
          if (!p || typeof p.done !== 'number') return existing;
          return {
            ...p,
            done: Math.max(0, Math.min(p.total, p.done + delta)),
            minutesLeft: Math.max(0, p.minutesLeft - delta * minutes),
          };
        },
      },
    });
  }
}

export interface DoneTarget {
  id: string;
  title: string;
  sessionId: string;
  /** The cohort whose overall progress shows on the page (when known). */
  cohortId?: string | null;
  minutes: number;
  /** Only released items count towards progress. */
  released: boolean;
  /** What it is now, before this change. */
  viewerDone: boolean;
}

/**
 * Mark an item done (or not) at once on screen: the checkbox and the session's and
 * cohort's progress change before the API answers, and change back if it refuses.
 */
export function useMarkAgendaItemDone() {
  const [mutate] = useMutation(MarkAgendaItemDoneMutation);
  const setDone = async (item: DoneTarget, done: boolean) => {
    if (item.viewerDone === done) return;
    const delta = done ? 1 : -1;
    try {
      await mutate({
        variables: { id: item.id, done },
        optimisticResponse: { markAgendaItemDone: { __typename: 'AgendaItem', id: item.id, viewerDone: done } },
        update(cache, { data }) {
          if (!data || !item.released || data.markAgendaItemDone.viewerDone !== done) return;
          const targets = [cache.identify({ __typename: 'CohortSession', id: item.sessionId })];
          if (item.cohortId) targets.push(cache.identify({ __typename: 'Cohort', id: item.cohortId }));
          shiftProgress(
            cache,
            targets.filter((t): t is string => !!t),
            delta,
            item.minutes,
          );
        },
      });
    } catch (e) {
      notifications.show({ color: 'red', title: `Could not save your progress on ${item.title}`, message: describeError(e).message });
    }
  };
  return { setDone };
}

export function useSetSessionRecording() {
  const [mutate, { loading }] = useMutation(SetSessionRecordingMutation);
  const setRecording = async (sessionId: string, recordingUrl: string | null, slidesUrl: string | null) => {
    await mutate({ variables: { sessionId, recordingUrl, slidesUrl } });
    notifications.show({ color: 'green', message: recordingUrl || slidesUrl ? 'Recording links saved. Students see them on the session page.' : 'Recording links removed.' });
  };
  return { setRecording, loading };
}
