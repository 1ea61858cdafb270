import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { OutboxFilter } from '@/features/outbox/components/OutboxFilter';
import { OutboxList } from '@/features/outbox/components/OutboxList';
import { sharedRoles, useViewer } from '@/lib/viewer';

const OutboxPageQuery = graphql(`
  query OutboxPage($to: String, $first: Int, $after: String) {
    outboxMessages(to: $to, first: $first, after: $after) {
      nodes {
        id
        ...OutboxMessage_message
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const PAGE_SIZE = 25;

export function Component() {
  const { viewer } = useViewer();
  const allowed = viewer ? rolesGrant(sharedRoles(viewer.roles), Permission.ViewOutbox) : false;
  return (
    <Stack>
      <PageTitle>Outbox</PageTitle>
      {allowed && viewer ? (
        <Outbox viewerZone={viewer.timeZone} />
      ) : (
        <Alert color="yellow" variant="light" title="Platform admins only">
          <Text size="sm">The outbox shows every email Gantry sends. Only platform admins can see it.</Text>
        </Alert>
      )}
    </Stack>
  );
}

function Outbox({ viewerZone }: { viewerZone: string }) {
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? '';
  const { data, error, loading, fetchMore, refetch } = useQuery(OutboxPageQuery, {
    variables: { to: to || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.outboxMessages;

  return (
    <Stack>
      <Text>
        Every email Gantry sends, newest first. Without a mail server configured, messages are held here: open one to read or copy its link (for example, a
        password-reset link) and pass it on.
      </Text>
      <OutboxFilter key={to} value={to} onChange={(next) => setParams(next ? { to: next } : {})} />
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {page ? `${page.totalCount === 1 ? '1 message' : `${page.totalCount} messages`}${to ? ` to ${to}` : ''}` : ''}
        </Text>
        <Button size="xs" variant="default" onClick={() => void refetch()} loading={loading && !!data}>
          Refresh
        </Button>
      </Group>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading label="Loading messages…" /> : null}
      {page ? <OutboxList messages={page.nodes} viewerZone={viewerZone} /> : null}
      {page?.pageInfo.hasNextPage ? (
        <Group>
          <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            Load older messages
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
