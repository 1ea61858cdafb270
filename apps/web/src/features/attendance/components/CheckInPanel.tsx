import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { DateTime, JOIN_OPENS_MINUTES_BEFORE, joinState } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useNow } from '@/hooks/useNow';
import { describeError } from '@/lib/errors';
import { AttendanceRecordFields } from '../api/documents';
import { useCheckIn } from '../hooks/useAttendanceMutations';
import { clockTime, STATUS_LABEL } from '../model';

export const CheckInPanelFragment = graphql(`
  fragment CheckInPanel_session on CohortSession {
    id
    startsAt
    endsAt
    status
    cohort {
      id
      meeting {
        url
        passcode
      }
    }
    myAttendance {
      id
      ...AttendanceRecordFields
    }
  }
`);

interface Props {
  session: FragmentType<typeof CheckInPanelFragment>;
  viewerZone: string;
}

/**
 * Join the live session as an enrolled student, which also records the check-in: a link
 * to the meeting during the join window (from 15 minutes before the start to the end)
 * that checks the student in as it opens the meeting, a separate "Check in" button for
 * someone already in the meeting, and what was recorded ("Checked in at 7:02 PM (your
 * time) · Present"). Presses while a check-in is on its way share it; the API records
 * one check-in per student and session whatever arrives.
 */
export function CheckInPanel({ session: ref, viewerZone }: Props) {
  const session = getFragmentData(CheckInPanelFragment, ref);
  const url = session.cohort.meeting?.url;
  const passcode = session.cohort.meeting?.passcode;
  const record = session.myAttendance ? getFragmentData(AttendanceRecordFields, session.myAttendance) : null;
  const opensAt = DateTime.fromISO(session.startsAt).minus({ minutes: JOIN_OPENS_MINUTES_BEFORE }).toISO();
  const now = useNow(30_000, [opensAt, session.endsAt]);
  const state = session.status === 'CANCELLED' ? 'ENDED' : joinState(session.startsAt, session.endsAt, now);
  const { checkIn, loading } = useCheckIn(session.id);
  const [error, setError] = useState<string | null>(null);
  const hintId = `join-hint-${session.id}`;
  const statusId = `check-in-status-${session.id}`;

  const recordCheckIn = async () => {
    setError(null);
    try {
      await checkIn();
    } catch (e) {
      setError(`Your check-in was not recorded: ${describeError(e).message}`);
    }
  };

  const status = record
    ? record.joinedAt && record.source === 'SELF_CHECK_IN'
      ? `Checked in at ${clockTime(record.joinedAt, viewerZone)} (your time) · ${STATUS_LABEL[record.status]}`
      : `Your attendance: ${STATUS_LABEL[record.status]}${record.joinedAt ? ` · joined at ${clockTime(record.joinedAt, viewerZone)} (your time)` : ''}`
    : state === 'OPEN'
      ? 'Not checked in yet.'
      : '';

  return (
    <Stack gap={6} align="flex-start" data-testid="check-in-panel">
      <Group gap="sm" wrap="wrap">
        {state === 'OPEN' && url ? (
          <Button
            component="a"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            size="md"
            // teal 9: green 9 under white text is 4.4:1, below AA.
            color="teal.9"
            aria-describedby={`${hintId} ${statusId}`}
            // The link opens the meeting; the check-in goes out beside it (this tab stays open).
            onClick={() => void (record ? undefined : recordCheckIn())}
          >
            Join session
          </Button>
        ) : (
          <Button size="md" disabled aria-describedby={hintId}>
            Join session
          </Button>
        )}
        {state === 'OPEN' && !record ? (
          <Button size="md" variant="default" loading={loading} onClick={() => void recordCheckIn()} aria-describedby={statusId}>
            Check in
          </Button>
        ) : null}
      </Group>
      <Text size="sm" id={hintId}>
        {state === 'OPEN'
          ? url
            ? 'The meeting is open: joining checks you in (the meeting opens in a new tab). Already in the meeting? Check in here.'
            : 'The meeting link has not been added yet; you can still check in.'
          : state === 'ENDED'
            ? session.status === 'CANCELLED'
              ? 'This session was cancelled.'
              : 'This session has ended.'
            : `You can join and check in from ${JOIN_OPENS_MINUTES_BEFORE} minutes before the start.`}
      </Text>
      <Text size="sm" fw={record ? 600 : undefined} id={statusId} aria-live="polite" data-testid="check-in-status">
        {status}
      </Text>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      {passcode ? (
        <Text size="sm">
          Passcode: <strong>{passcode}</strong>
        </Text>
      ) : null}
    </Stack>
  );
}
