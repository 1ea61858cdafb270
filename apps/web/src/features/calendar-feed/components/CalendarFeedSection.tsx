import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { CopyField } from '@/components/CopyField';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { useResetCalendarFeed, useRevokeCalendarFeed } from '../hooks/useCalendarFeed';

export const CalendarFeedFragment = graphql(`
  fragment CalendarFeed_feed on CalendarFeed {
    url
    createdAt
  }
`);

/**
 * "Add to calendar": one secret feed URL with every session the viewer takes part in.
 * Create it, copy it, replace it (the old URL stops working) or turn it off, with short
 * instructions for the three calendar apps people use.
 */
export function CalendarFeedSection({ feed: ref, viewerZone }: { feed: FragmentType<typeof CalendarFeedFragment> | null | undefined; viewerZone: string }) {
  const feed = ref ? getFragmentData(CalendarFeedFragment, ref) : null;
  const { reset, loading } = useResetCalendarFeed();
  const { revoke } = useRevokeCalendarFeed();
  const [confirm, setConfirm] = useState<'replace' | 'revoke' | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <Stack gap="sm">
      <Text>
        Subscribe your calendar to your Gantry sessions. Every cohort you join appears in it, and moved or cancelled sessions update by themselves.
      </Text>
      {error ? (
        <Alert color="red" variant="light" role="alert" title="Could not create the feed">
          <Text size="sm">{error}</Text>
        </Alert>
      ) : null}
      {feed ? (
        <>
          <CopyField label="Calendar feed URL" value={feed.url} description={`Created ${formatInstant(feed.createdAt, viewerZone)}`} />
          <Alert color="yellow" variant="light" title="Keep this address secret">
            <Text size="sm">Anyone with it can see your session times. If it leaks, replace it: the old address stops working at once.</Text>
          </Alert>
          <Group gap="sm">
            <Button variant="default" onClick={() => setConfirm('replace')}>
              Replace the URL
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setConfirm('revoke')}>
              Turn off the feed
            </Button>
          </Group>
          <Title order={3} size="h5">
            Add it to your calendar
          </Title>
          <List size="sm" spacing={6}>
            <List.Item>
              <strong>Google Calendar</strong> (on a computer): next to “Other calendars” choose <em>+</em>, then <em>From URL</em>, paste the address and choose <em>Add calendar</em>.
            </List.Item>
            <List.Item>
              <strong>Outlook</strong>: <em>Add calendar</em>, then <em>Subscribe from web</em>, paste the address, give it a name and choose <em>Import</em>.
            </List.Item>
            <List.Item>
              <strong>Apple Calendar</strong> (Mac): <em>File</em>, then <em>New Calendar Subscription…</em>, paste the address and choose <em>Subscribe</em>. On iPhone: Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar.
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            Calendar apps refresh subscriptions on their own schedule (Google can take several hours), so a change may take a while to show.
          </Text>
        </>
      ) : (
        <Group>
          <Button
            loading={loading}
            onClick={async () => {
              setError(null);
              try {
                await reset(false);
              } catch (e) {
                setError(describeError(e).message);
              }
            }}
          >
            Create my calendar feed
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirm === 'replace'}
        title="Replace your calendar feed URL?"
        confirmLabel="Replace the URL"
        onClose={() => setConfirm(null)}
        onConfirm={() => reset(true)}
      >
        <Text>The current address stops working at once. Calendars subscribed to it stop updating until you subscribe them to the new address.</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'revoke'}
        title="Turn off your calendar feed?"
        confirmLabel="Turn off the feed"
        danger
        onClose={() => setConfirm(null)}
        onConfirm={() => revoke()}
      >
        <Text>The address stops working and subscribed calendars stop updating. You can create a new feed at any time.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
