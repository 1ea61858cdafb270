import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { ViewerQuery } from '@/lib/viewer';
import { AcceptInvitationMutation } from '../api/documents';

const ROLE_TEXT = { CHAPTER_ADMIN: 'a chapter admin', MENTOR: 'a mentor' } as const;

/**
 * Accept by id (from the home page) or by the emailed token. Joining a chapter changes
 * the viewer's roles and chapters, so those are fetched again; the invitation leaves
 * the "pending" list.
 */
export function useAcceptInvitation() {
  const [mutate, { loading }] = useMutation(AcceptInvitationMutation, {
    refetchQueries: [ViewerQuery],
    awaitRefetchQueries: true,
  });
  const accept = async (input: { id: string } | { token: string }) => {
    const { data } = await mutate({
      variables: { input },
      update(cache) {
        if ('id' in input) {
          cache.modify({
            fields: {
              myInvitations(existing: readonly { __ref: string }[] = [], { readField }) {
                return existing.filter((ref) => readField('id', ref) !== input.id);
              },
            },
          });
        } else {
          cache.evict({ fieldName: 'myInvitations' });
        }
        cache.evict({ fieldName: 'myChapters' });
        cache.gc();
      },
    });
    if (!data) return null;
    const m = data.acceptInvitation;
    notifications.show({ color: 'green', title: 'Invitation accepted', message: `You are now ${ROLE_TEXT[m.role]} of ${m.chapter.name}.` });
    return m;
  };
  return { accept, loading };
}
