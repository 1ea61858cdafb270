import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { ChapterMembersQuery, MEMBERS_PAGE_SIZE } from '../api/documents';
import { useRemoveChapterMember } from '../hooks/useChapterMutations';
import { chapterRoleLabel } from './labels';

export const MemberRowFragment = graphql(`
  fragment MemberRow_member on ChapterMember {
    membershipId
    userId
    displayName
    email
    role
    since
  }
`);

type Member = ReturnType<typeof readMember>;
function readMember(ref: FragmentType<typeof MemberRowFragment>) {
  return getFragmentData(MemberRowFragment, ref);
}

/**
 * A chapter's mentors and admins, a page at a time. The list has its own query because
 * it depends on the chapter and pages independently of the page around it.
 */
export function ChapterMembersList({ chapterId, chapterName, viewerZone, viewerId }: { chapterId: string; chapterName: string; viewerZone: string; viewerId: string }) {
  const { data, error, loading, fetchMore, refetch } = useQuery(ChapterMembersQuery, {
    variables: { chapterId, first: MEMBERS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [removing, setRemoving] = useState<Member | null>(null);

  if (!data && error) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load the members" />;
  if (!data) return <Loading label="Loading members…" />;
  const page = data.chapterMembers;
  const members = page.nodes.map(readMember);

  return (
    <Stack gap="xs">
      <Text size="sm">
        {page.totalCount === 1 ? '1 member' : `${page.totalCount} members`}
        {members.length < page.totalCount ? `, ${members.length} shown` : ''}
      </Text>
      {members.length === 0 ? (
        <EmptyState>No mentors or admins yet. Invite someone below.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover aria-label={`Members of ${chapterName}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Member since</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.membershipId}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {m.displayName}
                      {m.userId === viewerId ? ' (you)' : ''}
                    </Text>
                    <Text size="sm">{m.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={m.role === 'CHAPTER_ADMIN' ? 'grape.9' : 'blue.9'}>
                      {chapterRoleLabel[m.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatInstant(m.since, viewerZone)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="outline" color="red.9" onClick={() => setRemoving(m)} aria-label={`Remove ${m.displayName}`}>
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page.pageInfo.hasNextPage ? (
        <Group>
          <Button
            variant="default"
            size="sm"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
          >
            Load more members
          </Button>
        </Group>
      ) : null}
      <RemoveMemberDialog member={removing} chapterId={chapterId} chapterName={chapterName} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function RemoveMemberDialog({ member, chapterId, chapterName, onClose }: { member: Member | null; chapterId: string; chapterName: string; onClose: () => void }) {
  const { remove, loading } = useRemoveChapterMember();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Modal opened={member !== null} onClose={close} title="Remove this member?" centered>
      {member ? (
        <Stack>
          <Text>
            Remove <strong>{member.displayName}</strong> ({member.email}) as {chapterRoleLabel[member.role].toLowerCase()} of {chapterName}? They lose access to
            this chapter’s admin and mentor tools. You can invite them again later.
          </Text>
          {error ? (
            <Text c="red.9" role="alert" size="sm">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red.9"
              loading={loading}
              onClick={async () => {
                try {
                  await remove(member.membershipId, chapterId, member.displayName);
                  close();
                } catch (e) {
                  setError(describeError(e).message);
                }
              }}
            >
              Remove {member.displayName}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
