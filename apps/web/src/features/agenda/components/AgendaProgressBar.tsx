import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatLength, plural } from '@/lib/format';

export interface ProgressValues {
  done: number;
  total: number;
  minutesLeft: number;
}

export function progressText({ done, total, minutesLeft }: ProgressValues): string {
  if (total === 0) return 'Nothing has been released yet.';
  if (done >= total) return `All ${plural(total, 'item')} done.`;
  return `${done} of ${plural(total, 'item')} done, about ${formatLength(minutesLeft)} left.`;
}

/**
 * Progress through released agenda items, as a labelled progress bar whose value is the
 * count of items (aria-valuenow of aria-valuemax) and a sentence saying the same
 * (announced as it changes when `live`).
 */
export function AgendaProgressBar({ label, progress, testId, live = false }: { label: string; progress: ProgressValues; testId?: string; live?: boolean }) {
  const { done, total } = progress;
  const pct = total ? Math.round((100 * Math.min(done, total)) / total) : 0;
  const text = progressText(progress);
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {total ? (
          <Text size="sm" c="dimmed">
            {pct}%
          </Text>
        ) : null}
      </Group>
      {total ? (
        <Progress.Root
          size="lg"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={Math.min(done, total)}
          aria-valuetext={text}
        >
          <Progress.Section value={pct} color={done >= total ? 'green.9' : 'blue.8'} withAria={false} />
        </Progress.Root>
      ) : null}
      <Text size="sm" aria-live={live ? 'polite' : undefined}>
        {text}
      </Text>
    </Stack>
  );
}
