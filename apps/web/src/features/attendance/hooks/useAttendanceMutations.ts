/**
 * Attendance's mutations, each with its cache update (and, where the user should hear of
 * it, a message). Components pass plain values and handle thrown errors themselves
 * (CONFLICT: someone else changed the record first).
 */
import { useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { getFragmentData } from '@/gql';
import type { AttendanceRecordFieldsFragment, AttendanceRuleInput, SetAttendanceInput } from '@/gql/graphql';
import {
  AttendanceRecordFields,
  CheckInMutation,
  MarkMissingAbsentMutation,
  SetAttendanceMutation,
  SetAttendanceRuleMutation,
} from '../api/documents';

interface StoredRow {
  __typename?: string;
  student: Reference;
  record: Reference | null;
}

interface StoredRoster {
  rows: StoredRow[];
}

/**
 * Point a student's row of the cached roster of `sessionId` at their record (the record
 * itself is already in the cache: the answer that carried it wrote it). A student the
 * roster does not list yet (enrolled during the session) gets a row at the end.
 */
export function putRosterRecord(cache: ApolloCache, sessionId: string, studentId: string, recordId: string | null) {
  cache.modify<{ sessionRoster: StoredRoster }>({
    id: 'ROOT_QUERY',
    fields: {
      sessionRoster(existing, { storeFieldName, readField, toReference }) {
        if (!existing || typeof existing !== 'object' || !('rows' in existing)) return existing;
        if (!storeFieldName.includes(JSON.stringify(sessionId))) return existing;
        const roster = existing as StoredRoster;
        const record = recordId ? (toReference({ __typename: 'AttendanceRecord', id: recordId }) ?? null) : null;
        let found = false;
        const rows = roster.rows.map((row) => {
          if (readField<string>('id', row.student) !== studentId) return row;
          found = true;
          return { ...row, record };
        });
        if (!found) {
          const student = toReference({ __typename: 'AttendanceStudent', id: studentId });
          if (student) rows.push({ __typename: 'RosterRow', student, record });
        }
        return { ...roster, rows } as typeof existing;
      },
    },
  });
}

/** Pages built from many records (the grid, hours, the roster) are read again next time. */
export function forgetAttendanceViews(cache: ApolloCache) {
  for (const fieldName of ['cohortAttendance']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * The student's own check-in. Several presses (a double click, Join then Check in) while
 * one is on its way share that one request; the API is idempotent besides.
 */
export function useCheckIn(sessionId: string) {
  const [mutate, { loading }] = useMutation(CheckInMutation);
  const pending = useRef<Promise<AttendanceRecordFieldsFragment | null> | null>(null);
  const checkIn = (): Promise<AttendanceRecordFieldsFragment | null> => {
    if (pending.current) return pending.current;
    const request = mutate({
      variables: { sessionId },
      update(cache, { data }) {
        if (!data) return;
        const id = cache.identify({ __typename: 'CohortSession', id: sessionId });
        if (!id) return;
        cache.modify({
          id,
          fields: { myAttendance: (_, { toReference }) => toReference({ __typename: 'AttendanceRecord', id: data.checkIn.id }) ?? null },
        });
      },
    })
      .then(({ data }) => (data ? getFragmentData(AttendanceRecordFields, data.checkIn) : null))
      .finally(() => {
        pending.current = null;
      });
    pending.current = request;
    return request;
  };
  return { checkIn, loading };
}

/** A manager marks or overrides one student's attendance. */
export function useSetAttendance() {
  const [mutate, { loading }] = useMutation(SetAttendanceMutation);
  const save = async (input: SetAttendanceInput, studentName: string) => {
    const { data } = await mutate({
      variables: { input },
      update(cache, { data: d }) {
        if (!d) return;
        putRosterRecord(cache, String(input.sessionId), String(input.userId), d.setAttendance.id);
        forgetAttendanceViews(cache);
      },
    });
    if (!data) return null;
    notifications.show({ color: 'green', message: `Attendance saved for ${studentName}.` });
    return getFragmentData(AttendanceRecordFields, data.setAttendance);
  };
  return { save, loading };
}

/** Everyone without a record yet becomes absent (after the session has started). */
export function useMarkMissingAbsent() {
  const [mutate, { loading }] = useMutation(MarkMissingAbsentMutation);
  const markMissingAbsent = async (sessionId: string, howMany: number) => {
    await mutate({
      variables: { sessionId },
      update(cache, { data }) {
        if (!data) return;
        for (const row of data.markMissingAbsent.rows) {
          if (row.record) putRosterRecord(cache, sessionId, row.student.id, row.record.id);
        }
        forgetAttendanceViews(cache);
      },
    });
    notifications.show({ color: 'green', message: howMany === 1 ? 'Marked 1 student absent.' : `Marked ${howMany} students absent.` });
  };
  return { markMissingAbsent, loading };
}

/** The cohort's rule; the grid is read again (certificate eligibility depends on it). */
export function useSetAttendanceRule() {
  const [mutate, { loading }] = useMutation(SetAttendanceRuleMutation, { refetchQueries: ['CohortAttendancePage'], awaitRefetchQueries: true });
  const save = async (cohortId: string, input: AttendanceRuleInput) => {
    await mutate({ variables: { cohortId, input } });
    notifications.show({ color: 'green', message: 'Attendance rule saved.' });
  };
  return { save, loading };
}
