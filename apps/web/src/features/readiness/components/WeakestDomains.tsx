import { Link } from 'react-router';
import { Anchor, List, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { formatPercent, joinNames } from '../model';

export const WeakestDomainsFragment = graphql(`
  fragment WeakestDomains_cell on ReadinessCell {
    correct
    total
    percent
    domain {
      id
      name
    }
  }
`);

/**
 * The cohort's weakest exam domains, worst first, as the plan for the next session, with
 * the way to that session's plan page when one is scheduled.
 */
export function WeakestDomains({
  weakest: refs,
  cohortId,
  nextSession,
}: {
  weakest: readonly FragmentType<typeof WeakestDomainsFragment>[];
  cohortId: string;
  nextSession: { id: string; number: number } | null | undefined;
}) {
  const weakest = getFragmentData(WeakestDomainsFragment, refs).filter((c) => c.total > 0);
  if (weakest.length === 0) {
    return (
      <Text size="sm" data-testid="weakest-domains">
        No answers yet: the weakest domains show here once students submit a practice quiz or a mock exam for this cohort.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="weakest-domains">
      <Text fw={600} data-testid="weakest-summary">
        Plan the next session around: {joinNames(weakest.map((c) => c.domain.name))}.
      </Text>
      <List type="ordered" size="sm" spacing={2}>
        {weakest.map((c) => (
          <List.Item key={c.domain.id}>
            {c.domain.name}: {formatPercent(c.percent)} correct ({c.correct} of {c.total})
          </List.Item>
        ))}
      </List>
      {nextSession ? (
        <Anchor component={Link} to={paths.planSession.to(cohortId, nextSession.id)} size="sm" fw={600}>
          Plan session {nextSession.number}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          No session is scheduled next.
        </Text>
      )}
    </Stack>
  );
}
