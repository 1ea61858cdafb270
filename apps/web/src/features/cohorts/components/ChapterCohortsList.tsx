import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Anchor, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { CohortStatusBadge } from '@/components/CohortStatusBadge';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { CHAPTER_COHORTS_PAGE_SIZE, ChapterCohortsQuery } from '../api/documents';

export const ChapterCohortRowFragment = graphql(`
  fragment ChapterCohortRow_cohort on Cohort {
    id
    title
    status
    timeZone
    seats {
      capacity
      enrolled
      waitlisted
    }
    nextSession {
      id
      number
      startsAt
    }
  }
`);

function Row({ cohort: ref, viewerZone }: { cohort: FragmentType<typeof ChapterCohortRowFragment>; viewerZone: string }) {
  const c = getFragmentData(ChapterCohortRowFragment, ref);
  const pct = c.seats.capacity ? Math.round((c.seats.enrolled / c.seats.capacity) * 100) : 0;
  const fill = `${c.seats.enrolled} of ${c.seats.capacity} (${pct}%)`;
  return (
    <Table.Tr data-testid="chapter-cohort-row">
      <Table.Td>
        <Anchor component={Link} to={paths.manageCohort.to(c.id)} fw={600}>
          {c.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <CohortStatusBadge status={c.status} />
      </Table.Td>
      <Table.Td>
        {c.nextSession ? (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Session {c.nextSession.number}
            </Text>
            <SessionTime startsAt={c.nextSession.startsAt} viewerZone={viewerZone} cohortZone={c.timeZone} />
          </Stack>
        ) : (
          <Text size="sm">None upcoming</Text>
        )}
      </Table.Td>
      <Table.Td miw={160}>
        <Stack gap={4}>
          <Text size="sm" data-testid="fill-rate">
            {fill}
            {c.seats.waitlisted ? ` · ${c.seats.waitlisted} waiting` : ''}
          </Text>
          <Progress value={Math.min(100, pct)} aria-label={`Seats filled: ${fill}`} color={pct >= 100 ? 'green.9' : 'blue.8'} />
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** Every cohort of a chapter for its admins: status, next session and how full it is, newest first. */
export function ChapterCohortsList({ chapterId, chapterName, viewerZone }: { chapterId: string; chapterName: string; viewerZone: string }) {
  const { data, error, loading, refetch, fetchMore } = useQuery(ChapterCohortsQuery, {
    variables: { chapterId, first: CHAPTER_COHORTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data && error) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load the cohorts" />;
  if (!data) return <Loading label="Loading cohorts…" />;
  const page = data.chapterCohorts;
  return (
    <Stack gap="xs">
      <Text size="sm">{page.totalCount === 1 ? '1 cohort' : `${page.totalCount} cohorts`}</Text>
      {page.nodes.length === 0 ? (
        <EmptyState>No cohorts yet. Mentors create them from their home page.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={`Cohorts of ${chapterName}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Cohort</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Next session</Table.Th>
                <Table.Th scope="col">Seats filled</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.nodes.map((c) => (
                <Row key={c.id} cohort={c} viewerZone={viewerZone} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page.pageInfo.hasNextPage ? (
        <Group>
          <Button variant="default" size="sm" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            Load more cohorts
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
