import { Link } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { paths } from '@/paths';

/**
 * A manager's page opened by someone who may not see it (or a cohort that does not
 * exist): what it is, why not, and a way back — to the cohort's page when known.
 */
export function NotYours({ title, children, cohortId }: { title: string; children: string; cohortId?: string }) {
  return (
    <Stack maw={640}>
      <PageTitle>{title}</PageTitle>
      <Text>{children}</Text>
      <Anchor component={Link} to={cohortId ? paths.cohort.to(cohortId) : paths.home.to()}>
        {cohortId ? 'See the cohort’s page' : 'Go to your home page'}
      </Anchor>
    </Stack>
  );
}
