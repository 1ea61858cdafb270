import { Link } from 'react-router';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { paths } from '@/paths';

/** The entry point exists so mentors can find it; scheduling itself is not built yet. */
export function Component() {
  return (
    <Stack maw={640}>
      <PageTitle>New cohort</PageTitle>
      <Alert color="blue" variant="light" title="Coming soon">
        <Text size="sm">
          Cohort scheduling is being built. Soon you will set a cohort’s five sessions here, in your time zone, and students will see them in theirs.
          Nothing you do on this page is saved yet.
        </Text>
      </Alert>
      <Anchor component={Link} to={paths.home.to()}>
        Back to your home page
      </Anchor>
    </Stack>
  );
}
