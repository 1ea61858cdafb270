import { Link } from 'react-router';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { paths } from '@/paths';

/**
 * "My cohorts". Cohorts do not exist in the API yet, so this is an honest empty state;
 * mentors also get the entry point for creating one.
 */
export function MyCohortsSection({ canCreate }: { canCreate: boolean }) {
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
          ) : null}
        </Group>
        <Text>
          {canCreate
            ? 'You are not running a cohort yet. Cohort scheduling arrives soon; the “New cohort” page shows what is coming.'
            : 'You are not in a cohort yet; the cohort catalog arrives soon.'}
        </Text>
      </Stack>
    </Paper>
  );
}
