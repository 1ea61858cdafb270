/**
 * The live roster: every change to the session's records arrives over the WebSocket
 * (`rosterChanged`), lands in the cache (so the table and the counts move at once) and is
 * announced politely ("Ana Ruiz checked in"). If the stream fails or ends, `live` turns
 * false and the page falls back to re-reading the roster until `reconnect` is pressed.
 * While the socket is down (`connected` false) events are lost, so the roster is re-read
 * each time it connects again — and once when it first connects, which covers changes
 * made between the page's query and the subscription's start.
 */
import { useEffect, useRef, useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import { getFragmentData } from '@/gql';
import { onSubscriptionSocket } from '@/lib/apollo';
import type { AttendanceStatus, AttendanceSource } from '@/gql/graphql';
import { AttendanceRecordFields, AttendanceStudentFields, RosterChangedSubscription } from '../api/documents';
import { describeRosterChange } from '../model';
import { putRosterRecord } from './useAttendanceMutations';

export interface KnownRow {
  studentId: string;
  record: { status: AttendanceStatus; source: AttendanceSource } | null;
}

export function useLiveRoster(sessionId: string, rows: readonly KnownRow[], reread: () => unknown) {
  const known = useRef(rows);
  known.current = rows;
  const rereadRef = useRef(reread);
  rereadRef.current = reread;
  const [announcement, setAnnouncement] = useState('');
  const [ended, setEnded] = useState(false);
  const [connected, setConnected] = useState(true);

  useEffect(
    () =>
      onSubscriptionSocket((event) => {
        setConnected(event === 'connected');
        if (event === 'connected') void Promise.resolve(rereadRef.current()).catch(() => undefined);
      }),
    [],
  );

  const { error, restart } = useSubscription(RosterChangedSubscription, {
    variables: { sessionId },
    onData: ({ client, data }) => {
      const event = data.data?.rosterChanged;
      if (!event || event.sessionId !== sessionId) return;
      const student = getFragmentData(AttendanceStudentFields, event.row.student);
      const record = event.row.record ? getFragmentData(AttendanceRecordFields, event.row.record) : null;
      const before = known.current.find((r) => r.studentId === student.id)?.record ?? null;
      putRosterRecord(client.cache, sessionId, student.id, record?.id ?? null);
      const said = describeRosterChange(student.displayName, before, record);
      if (said) setAnnouncement(said);
    },
    onComplete: () => setEnded(true),
  });

  return {
    live: !error && !ended && connected,
    announcement,
    reconnect: () => {
      setEnded(false);
      restart();
    },
  };
}
