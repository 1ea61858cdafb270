import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { ChapterInvitationsQuery, INVITATIONS_PAGE_SIZE } from '../api/documents';
import { useRevokeInvitation } from '../hooks/useChapterMutations';
import { chapterRoleLabel, invitationStatusColor, invitationStatusLabel } from './labels';

export const InvitationRowFragment = graphql(`
  fragment InvitationRow_invitation on Invitation {
    id
    email
    role
    status
    createdAt
    expiresAt
  }
`);

function readInvitation(ref: FragmentType<typeof InvitationRowFragment>) {
  return getFragmentData(InvitationRowFragment, ref);
}

export function ChapterInvitationsList({ chapterId, chapterName, viewerZone }: { chapterId: string; chapterName: string; viewerZone: string }) {
  const { data, error, loading, fetchMore, refetch } = useQuery(ChapterInvitationsQuery, {
    variables: { chapterId, first: INVITATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { revoke, loading: revoking } = useRevokeInvitation();

  if (!data && error) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load the invitations" />;
  if (!data) return <Loading label="Loading invitations…" />;
  const page = data.chapterInvitations;
  const invitations = page.nodes.map(readInvitation);

  return (
    <Stack gap="xs">
      {invitations.length === 0 ? (
        <EmptyState>No invitations sent yet.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={`Invitations sent by ${chapterName}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Text size="sm">{inv.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{chapterRoleLabel[inv.role]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={invitationStatusColor[inv.status]}>
                      {invitationStatusLabel[inv.status]}
                    </Badge>
                    {inv.status === 'PENDING' ? <Text size="xs">Expires {formatInstant(inv.expiresAt, viewerZone)}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatInstant(inv.createdAt, viewerZone)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {inv.status === 'PENDING' ? (
                      <Button size="xs" variant="outline" color="red.9" disabled={revoking} onClick={() => void revoke(inv.id, inv.email)} aria-label={`Revoke the invitation for ${inv.email}`}>
                        Revoke
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page.pageInfo.hasNextPage ? (
        <Group>
          <Button variant="default" size="sm" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            Load more invitations
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
