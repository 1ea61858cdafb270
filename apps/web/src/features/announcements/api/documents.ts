import { graphql } from '@/gql';

/** A cohort's announcements, newest first, a page at a time (its students and mentors). */
export const CohortAnnouncementsQuery = graphql(`
  query CohortAnnouncements($cohortId: ID!, $first: Int, $after: String) {
    cohort(id: $cohortId) {
      id
      announcements(first: $first, after: $after) {
        nodes {
          id
          ...AnnouncementItem_announcement
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

export const PostAnnouncementMutation = graphql(`
  mutation PostAnnouncement($cohortId: ID!, $body: String!) {
    postAnnouncement(cohortId: $cohortId, body: $body) {
      id
      cohortId
      ...AnnouncementItem_announcement
    }
  }
`);

export const ANNOUNCEMENTS_PAGE_SIZE = 10;
