import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { PostAnnouncementMutation } from '../api/documents';

interface PageOfRefs {
  nodes: Reference[];
  totalCount: number;
}

/** Posts to the cohort page (and emails its students); the new post goes to the top of the list. */
export function usePostAnnouncement() {
  const [mutate, { loading }] = useMutation(PostAnnouncementMutation);
  const post = async (cohortId: string, body: string) => {
    await mutate({
      variables: { cohortId, body },
      update(cache, { data }) {
        if (!data) return;
        const ref = cache.identify(data.postAnnouncement);
        cache.modify<{ announcements: PageOfRefs }>({
          id: cache.identify({ __typename: 'Cohort', id: cohortId }),
          fields: {
            announcements(existing, { toReference }) {
              const page = existing as PageOfRefs | undefined;
              const created = ref ? toReference(ref) : undefined;
              if (!page || !('nodes' in page) || !created) return existing;
              return { ...page, nodes: [created, ...page.nodes.filter((n) => n.__ref !== created.__ref)], totalCount: page.totalCount + 1 };
            },
          },
        });
      },
    });
    notifications.show({ color: 'green', message: 'Announcement posted. Enrolled students get it by email too.' });
  };
  return { post, loading };
}
