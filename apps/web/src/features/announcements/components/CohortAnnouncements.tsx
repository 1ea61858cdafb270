import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { ANNOUNCEMENTS_PAGE_SIZE, CohortAnnouncementsQuery } from '../api/documents';

export const AnnouncementItemFragment = graphql(`
  fragment AnnouncementItem_announcement on Announcement {
    id
    body
    kind
    authorName
    createdAt
  }
`);

function AnnouncementItem({ announcement: ref, viewerZone }: { announcement: FragmentType<typeof AnnouncementItemFragment>; viewerZone: string }) {
  const a = getFragmentData(AnnouncementItemFragment, ref);
  return (
    <Paper withBorder p="sm" component="li" data-testid="announcement">
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {a.kind === 'SYSTEM' ? 'Schedule change' : (a.authorName ?? 'Mentor')}
          </Text>
          {a.kind === 'SYSTEM' ? (
            <Badge size="sm" variant="outline" color="gray.8">
              Automatic
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            <time dateTime={a.createdAt}>{formatInstant(a.createdAt, viewerZone)}</time>
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{a.body}</Text>
      </Stack>
    </Paper>
  );
}

/**
 * A cohort's announcements, newest first. Its own query: only students and mentors of
 * the cohort may read them, and the list pages independently of the page around it.
 */
export function CohortAnnouncements({ cohortId, viewerZone }: { cohortId: string; viewerZone: string }) {
  const { data, error, loading, refetch, fetchMore } = useQuery(CohortAnnouncementsQuery, {
    variables: { cohortId, first: ANNOUNCEMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data && error) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load the announcements" />;
  if (!data) return <Loading label="Loading announcements…" />;
  const page = data.cohort.announcements;
  return (
    <Stack gap="xs">
      {page.nodes.length === 0 ? (
        <EmptyState>No announcements yet.</EmptyState>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Announcements">
          {page.nodes.map((a) => (
            <AnnouncementItem key={a.id} announcement={a} viewerZone={viewerZone} />
          ))}
        </Stack>
      )}
      {page.pageInfo.hasNextPage ? (
        <Group>
          <Button variant="default" size="sm" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            Older announcements
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
