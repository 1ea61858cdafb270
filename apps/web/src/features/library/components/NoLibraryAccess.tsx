import { Link } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { paths } from '@/paths';

/** For signed-in users whose role does not include the library (students). */
export function NoLibraryAccess({ title = 'Library' }: { title?: string }) {
  return (
    <Stack maw={640}>
      <PageTitle>{title}</PageTitle>
      <Text>You don’t have access to the library. It is where mentors and chapter admins write and collect study material; students read it through their cohort’s session agendas.</Text>
      <Anchor component={Link} to={paths.home.to()}>
        Go to your home page
      </Anchor>
    </Stack>
  );
}
