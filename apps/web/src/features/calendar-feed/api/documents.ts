import { graphql } from '@/gql';

/** The viewer's feed on its own, for writing the mutations' answers into the cache. */
export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      ...CalendarFeed_feed
    }
  }
`);

export const ResetCalendarFeedMutation = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed {
      ...CalendarFeed_feed
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
