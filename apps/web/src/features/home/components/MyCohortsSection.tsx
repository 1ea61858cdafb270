import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { paths } from '@/paths';

/**
 * "My cohorts": the cohorts the viewer is in or mentors (`children`, from the page's
 * query), or an honest empty state. Mentors get the entry point for a new cohort,
 * students a link to the catalog.
 */
export function MyCohortsSection({ canCreate, count, children }: { canCreate: boolean; count: number; children?: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-cohorts">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="my-cohorts">
            My cohorts
          </Title>
          {canCreate ? (
            <Button component={Link} to={paths.newCohort.to()} size="md">
              New cohort
            </Button>
          ) : (
            <Anchor component={Link} to={paths.catalog.to()}>
              Find a cohort
            </Anchor>
          )}
        </Group>
        {count > 0 ? (
          <SimpleGrid cols={{ base: 1, md: 2 }}>{children}</SimpleGrid>
        ) : (
          <Text>
            {canCreate ? 'You are not running a cohort yet. Schedule one with “New cohort”.' : 'You are not in a cohort yet. Browse the catalog to find a study group.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
