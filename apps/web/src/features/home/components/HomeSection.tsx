import type { ReactNode } from 'react';
import { Paper, Stack, Title } from '@mantine/core';

/** A titled block of the home page, labelled by its heading for landmark navigation. */
export function HomeSection({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {actions}
        {children}
      </Stack>
    </Paper>
  );
}
