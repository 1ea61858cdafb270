import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { CalendarFeedQuery, ResetCalendarFeedMutation, RevokeCalendarFeedMutation } from '../api/documents';

/** Create the feed or replace its URL; the profile shows the new one from the cache. */
export function useResetCalendarFeed() {
  const [mutate, { loading }] = useMutation(ResetCalendarFeedMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: CalendarFeedQuery, data: { calendarFeed: data.resetCalendarFeed } });
    },
  });
  const reset = async (replacing: boolean) => {
    await mutate();
    notifications.show({
      color: 'green',
      message: replacing ? 'Your calendar feed has a new address. Subscribe to it again; the old one has stopped working.' : 'Your calendar feed is ready. Copy its address into your calendar app.',
    });
  };
  return { reset, loading };
}

export function useRevokeCalendarFeed() {
  const [mutate, { loading }] = useMutation(RevokeCalendarFeedMutation, {
    update(cache) {
      cache.writeQuery({ query: CalendarFeedQuery, data: { calendarFeed: null } });
    },
  });
  const revoke = async () => {
    await mutate();
    notifications.show({ color: 'green', message: 'Your calendar feed is off. Calendars subscribed to it stop updating.' });
  };
  return { revoke, loading };
}
