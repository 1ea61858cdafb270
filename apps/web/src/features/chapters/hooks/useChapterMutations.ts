/**
 * Chapter mutations, each with its cache update and the message the user sees.
 * Components pass form values and handle thrown errors with `applyServerErrors`.
 */
import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { CreateChapterInput, InviteToChapterInput, UpdateChapterInput } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import {
  ChapterInvitationsQuery,
  ChapterMembersQuery,
  CreateChapterMutation,
  INVITATIONS_PAGE_SIZE,
  InviteToChapterMutation,
  MEMBERS_PAGE_SIZE,
  RemoveChapterMemberMutation,
  RevokeInvitationMutation,
  UpdateChapterMutation,
} from '../api/documents';

interface PageOfRefs {
  nodes: Reference[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

export function useCreateChapter() {
  const [mutate, { loading }] = useMutation(CreateChapterMutation);
  const createChapter = async (input: CreateChapterInput) => {
    const { data } = await mutate({
      variables: { input },
      update(cache, { data: result }) {
        if (!result) return;
        const created = result.createChapter;
        // The list is sorted by name: put the new chapter in its place among the rows
        // already loaded (or leave it for "Load more" if it sorts after them).
        cache.modify<{ chapters: PageOfRefs }>({
          fields: {
            chapters(existing, { toReference, readField }) {
              const page = existing as PageOfRefs | undefined;
              if (!page || !('nodes' in page)) return existing;
              const ref = toReference(created);
              if (!ref) return existing;
              const name = created.name.toLocaleLowerCase();
              const at = page.nodes.findIndex((n) => (readField<string>('name', n) ?? '').toLocaleLowerCase() > name);
              if (at === -1 && page.pageInfo.hasNextPage) return { ...page, totalCount: page.totalCount + 1 };
              const nodes = [...page.nodes];
              nodes.splice(at === -1 ? nodes.length : at, 0, ref);
              return { ...page, nodes, totalCount: page.totalCount + 1 };
            },
          },
        });
      },
    });
    if (data) {
      notifications.show({
        color: 'green',
        title: 'Chapter created',
        message: `${data.createChapter.name} is live. Its first admin was sent an invitation.`,
      });
    }
  };
  return { createChapter, loading };
}

export function useUpdateChapter() {
  const [mutate, { loading }] = useMutation(UpdateChapterMutation);
  const updateChapter = async (input: UpdateChapterInput) => {
    // The result has the chapter's id: the cache updates it everywhere it is shown.
    await mutate({ variables: { input } });
    notifications.show({ color: 'green', message: 'Chapter details saved.' });
  };
  return { updateChapter, loading };
}

export function useInviteToChapter() {
  const [mutate, { loading }] = useMutation(InviteToChapterMutation);
  const invite = async (input: InviteToChapterInput) => {
    const { data } = await mutate({
      variables: { input },
      update(cache, { data: result }) {
        if (!result) return;
        cache.updateQuery({ query: ChapterInvitationsQuery, variables: { chapterId: input.chapterId, first: INVITATIONS_PAGE_SIZE } }, (prev) =>
          prev
            ? {
                ...prev,
                chapterInvitations: {
                  ...prev.chapterInvitations,
                  nodes: [result.inviteToChapter, ...prev.chapterInvitations.nodes.filter((n) => n.id !== result.inviteToChapter.id)],
                  totalCount: prev.chapterInvitations.totalCount + 1,
                },
              }
            : prev,
        );
      },
    });
    if (data) notifications.show({ color: 'green', message: `Invitation sent to ${data.inviteToChapter.email}.` });
  };
  return { invite, loading };
}

export function useRevokeInvitation() {
  const [mutate, { loading }] = useMutation(RevokeInvitationMutation);
  const revoke = async (id: string, email: string) => {
    try {
      // The returned invitation (same id, status Revoked) updates its row in place.
      await mutate({ variables: { id } });
      notifications.show({ color: 'green', message: `Invitation for ${email} revoked.` });
      return true;
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not revoke the invitation', message: describeError(e).message });
      return false;
    }
  };
  return { revoke, loading };
}

export function useRemoveChapterMember() {
  const [mutate, { loading }] = useMutation(RemoveChapterMemberMutation);
  const remove = async (membershipId: string, chapterId: string, name: string) => {
    await mutate({
      variables: { membershipId },
      update(cache) {
        cache.updateQuery({ query: ChapterMembersQuery, variables: { chapterId, first: MEMBERS_PAGE_SIZE } }, (prev) =>
          prev
            ? {
                ...prev,
                chapterMembers: {
                  ...prev.chapterMembers,
                  nodes: prev.chapterMembers.nodes.filter((n) => n.membershipId !== membershipId),
                  totalCount: Math.max(0, prev.chapterMembers.totalCount - 1),
                },
              }
            : prev,
        );
        cache.evict({ id: cache.identify({ __typename: 'ChapterMember', membershipId }) });
        cache.gc();
      },
    });
    notifications.show({ color: 'green', message: `${name} was removed from the chapter.` });
  };
  return { remove, loading };
}
