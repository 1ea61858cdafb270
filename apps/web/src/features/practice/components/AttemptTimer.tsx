import { Group, Text, VisuallyHidden } from '@mantine/core';
import { formatClock, timeLeftWords } from '../model';

/**
 * The countdown, by the server's clock. The visible clock is a `timer` (not read out every
 * second); a polite live region speaks only at 30, 10, 5 and 1 minutes left and at zero.
 */
export function AttemptTimer({ secondsLeft, announcement }: { secondsLeft: number; announcement: string }) {
  const low = secondsLeft <= 5 * 60;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" component="span">
        Time left
      </Text>
      <Text
        role="timer"
        aria-label={timeLeftWords(secondsLeft)}
        fw={700}
        ff="monospace"
        size="lg"
        c={low ? 'red.9' : undefined}
        data-testid="attempt-timer"
      >
        {formatClock(secondsLeft)}
      </Text>
      <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="timer-announcer">
        {announcement}
      </VisuallyHidden>
    </Group>
  );
}
