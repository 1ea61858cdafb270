import { Button, Stack, Text } from '@mantine/core';
import { DateTime, JOIN_OPENS_MINUTES_BEFORE, joinState } from '@gantry/shared';
import { useNow } from '@/hooks/useNow';

interface Props {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  url: string | null | undefined;
  passcode?: string | null;
}

/**
 * Join the live session: a link to the meeting from 15 minutes before the start until
 * the end, a disabled button otherwise. Re-evaluated every 30 seconds and exactly at the
 * moments it opens and closes.
 */
export function JoinButton({ sessionId, startsAt, endsAt, url, passcode }: Props) {
  const opensAt = DateTime.fromISO(startsAt).minus({ minutes: JOIN_OPENS_MINUTES_BEFORE }).toISO();
  const now = useNow(30_000, [opensAt, endsAt]);
  const state = joinState(startsAt, endsAt, now);
  const hintId = `join-hint-${sessionId}`;

  if (!url) return <Text size="sm">The meeting link has not been added yet. Your mentor will share it before the session.</Text>;
  return (
    <Stack gap={4} align="flex-start">
      {state === 'OPEN' ? (
        <Button component="a" href={url} target="_blank" rel="noopener noreferrer" size="md" color="teal.9" aria-describedby={hintId}>
          Join session
        </Button>
      ) : (
        <Button size="md" disabled aria-describedby={hintId}>
          Join session
        </Button>
      )}
      <Text size="sm" id={hintId} aria-live="polite">
        {state === 'OPEN'
          ? 'The meeting is open: join now (opens in a new tab).'
          : state === 'ENDED'
            ? 'This session has ended.'
            : `You can join from ${JOIN_OPENS_MINUTES_BEFORE} minutes before the start.`}
      </Text>
      {passcode ? (
        <Text size="sm">
          Passcode: <strong>{passcode}</strong>
        </Text>
      ) : null}
    </Stack>
  );
}
