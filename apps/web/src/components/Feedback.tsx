import type { ReactNode } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { describeError } from '@/lib/errors';

/** A loading spinner with a name for assistive technology. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden />
      <Text ml="sm">{label}</Text>
    </Center>
  );
}

/** An error from a query, with a retry when one makes sense. */
export function QueryError({ error, onRetry, title = 'Could not load this' }: { error: unknown; onRetry?: () => void; title?: string }) {
  const info = describeError(error);
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="xs">
        <Text size="sm">{info.message}</Text>
        {onRetry ? (
          <Group>
            <Button size="xs" variant="default" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** A message above a form (what could not be placed on a single field). */
export function FormError({ message, title = 'Could not save', children }: { message: string | null | undefined; title?: string; children?: ReactNode }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" variant="light" title={title}>
      <Text size="sm">{message}</Text>
      {children}
    </Alert>
  );
}

/** An empty list, said plainly. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" py="sm">
      {children}
    </Text>
  );
}
