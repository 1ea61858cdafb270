import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { TodoList } from '@/features/todo/components/TodoList';
import { useNow } from '@/hooks/useNow';
import { useViewer, type Viewer } from '@/lib/viewer';

/** How many to-do items a page (and each "Load more") fetches. */
const HOMEWORK_PAGE_SIZE = 20;

const TodoPageQuery = graphql(`
  query TodoPage($includeDone: Boolean!, $first: Int!, $after: String) {
    myHomework(includeDone: $includeDone, first: $first, after: $after) {
      nodes {
        assignment {
          id
        }
        ...TodoItem_item
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />; // RequireAuth guarantees a viewer; this is for the type.
  return <Todo viewer={viewer} />;
}

/**
 * The student's homework across all their cohorts, by due time in their zone: overdue
 * first, then this week and later; "Show done" brings back what was handed in.
 */
function Todo({ viewer }: { viewer: Viewer }) {
  const [includeDone, setIncludeDone] = useState(false);
  const now = useNow(60_000);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(TodoPageQuery, {
    variables: { includeDone, first: HOMEWORK_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.myHomework;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      // One list per "show done" choice: the next page is appended to it.
      updateQuery: (prev, { fetchMoreResult }) => {
        const seen = new Set(prev.myHomework.nodes.map((n) => n.assignment.id));
        return {
          myHomework: {
            ...fetchMoreResult.myHomework,
            nodes: [...prev.myHomework.nodes, ...fetchMoreResult.myHomework.nodes.filter((n) => !seen.has(n.assignment.id))],
          },
        };
      },
    });

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <PageTitle>To do</PageTitle>
        <Text>Homework from all your cohorts, by when it is due — times in your zone ({viewer.timeZone.replace(/_/g, ' ')}).</Text>
      </Stack>
      <Group>
        <Switch label="Show done" description="Include work you have handed in." checked={includeDone} onChange={(e) => setIncludeDone(e.currentTarget.checked)} />
      </Group>
      {error && !page ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!page && !error ? <Loading /> : null}
      {page ? (
        page.nodes.length === 0 ? (
          <EmptyState>{includeDone ? 'No homework yet in your cohorts.' : 'Nothing to hand in right now. Turn on “Show done” to see what you handed in.'}</EmptyState>
        ) : (
          <Stack gap="md">
            <TodoList items={page.nodes} viewerZone={viewer.timeZone} now={now} />
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                Showing {page.nodes.length} of {page.totalCount}
              </Text>
              {page.pageInfo.hasNextPage ? (
                <Button variant="default" onClick={loadMore} loading={loadingMore}>
                  Load more
                </Button>
              ) : null}
            </Group>
          </Stack>
        )
      ) : null}
    </Stack>
  );
}
