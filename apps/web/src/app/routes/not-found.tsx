import { Link } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { paths } from '@/paths';

export function Component() {
  return (
    <Stack maw={640}>
      <PageTitle>Page not found</PageTitle>
      <Text>There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <Anchor component={Link} to={paths.home.to()}>
        Go to the home page
      </Anchor>
    </Stack>
  );
}
