import { Link } from 'react-router';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DateTime } from '@gantry/shared';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useNow } from '@/hooks/useNow';
import { paths } from '@/paths';
import { HomeworkStatusBadge } from './HomeworkStatusBadge';

export const SessionHomeworkFragment = graphql(`
  fragment SessionHomework_assignment on Assignment {
    id
    title
    published
    points
    viewerDueAt
    viewerSubmission {
      id
      status
      late
      score
    }
  }
`);

/**
 * A session's homework: each assignment with its due time (the viewer's own, in their
 * zone, the cohort's beside it) and, for students, where they stand; each links to its page.
 */
export function SessionHomework({
  assignments: refs,
  viewerZone,
  cohortZone,
  student,
  planLink,
}: {
  assignments: readonly FragmentType<typeof SessionHomeworkFragment>[];
  viewerZone: string;
  cohortZone: string;
  /** Show the viewer's own status (enrolled students). */
  student: boolean;
  /** For the cohort's mentors: where homework is set. */
  planLink?: string;
}) {
  const now = useNow(60_000);
  const assignments = refs.map((r) => getFragmentData(SessionHomeworkFragment, r));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="homework-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="homework-heading">
          Homework
        </Title>
        {assignments.length === 0 ? (
          <Text size="sm">
            No homework for this session.
            {planLink ? (
              <>
                {' '}
                <Anchor component={Link} to={planLink} inherit underline="always">
                  Set some on the plan page.
                </Anchor>
              </>
            ) : null}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {assignments.map((a) => {
              const s = a.viewerSubmission;
              return (
                <li key={a.id} data-testid="session-assignment">
                  <Stack gap={2}>
                    <Group justify="space-between" gap="xs" wrap="wrap">
                      <Anchor component={Link} to={paths.assignment.to(a.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {a.title}
                      </Anchor>
                      {student ? (
                        <HomeworkStatusBadge status={s?.status ?? 'MISSING'} late={s?.late ?? false} score={s?.score} points={a.points} overdue={DateTime.fromISO(a.viewerDueAt) <= now} />
                      ) : !a.published ? (
                        <Badge variant="outline" color="gray.8">
                          Not published
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="sm">
                      Due <SessionTime startsAt={a.viewerDueAt} viewerZone={viewerZone} cohortZone={cohortZone} />
                    </Text>
                  </Stack>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
