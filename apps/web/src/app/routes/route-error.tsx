import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { paths } from '@/paths';

/** Shown when a page fails to render or its code cannot be loaded (e.g. after a deploy). */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed = error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Stack p="md" maw={640} mx="auto">
      <PageTitle>Something went wrong</PageTitle>
      <Alert color="red" role="alert" variant="light">
        <Text size="sm">
          {chunkFailed
            ? 'Gantry was updated while this page was open. Reload the page to get the new version.'
            : isRouteErrorResponse(error)
              ? `${error.status} ${error.statusText}`
              : 'This page hit an unexpected error. Reload to try again.'}
        </Text>
      </Alert>
      <Anchor component={Link} to={paths.home.to()} reloadDocument>
        Go to the home page
      </Anchor>
    </Stack>
  );
}
