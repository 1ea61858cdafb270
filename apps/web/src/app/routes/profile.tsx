import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { CalendarFeedSection } from '@/features/calendar-feed/components/CalendarFeedSection';
import { ChangePasswordForm } from '@/features/profile/components/ChangePasswordForm';
import { ProfileForm } from '@/features/profile/components/ProfileForm';
import { SignOutOtherSessions } from '@/features/profile/components/SignOutOtherSessions';

const ProfilePageQuery = graphql(`
  query ProfilePage {
    viewer {
      id
      version
      timeZone
      ...ProfileForm_me
    }
    calendarFeed {
      ...CalendarFeed_feed
    }
  }
`);

export function Component() {
  const { data, error, refetch } = useQuery(ProfilePageQuery, { fetchPolicy: 'cache-and-network' });
  const location = useLocation();
  const feedHeading = useRef<HTMLHeadingElement>(null);
  const loaded = !!data?.viewer;
  // Linked from the schedule page as /profile#calendar-feed: go to that section.
  useEffect(() => {
    if (loaded && location.hash === '#calendar-feed') {
      feedHeading.current?.scrollIntoView({ block: 'start' });
      feedHeading.current?.focus({ preventScroll: true });
    }
  }, [loaded, location.hash]);
  const reload = async () => {
    await refetch();
    notifications.show({ color: 'blue', message: 'Loaded your latest profile. Make your change again and save.' });
  };

  return (
    <Stack>
      <PageTitle>Your profile</PageTitle>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data?.viewer ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" component="section" aria-labelledby="profile-details">
            <Title order={2} size="h3" id="profile-details" mb="md">
              Name and time zone
            </Title>
            <ProfileForm key={data.viewer.version} me={data.viewer} onReload={() => void reload()} />
          </Paper>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="profile-password">
              <Title order={2} size="h3" id="profile-password" mb="md">
                Password
              </Title>
              <ChangePasswordForm />
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="profile-sessions">
              <Title order={2} size="h3" id="profile-sessions" mb="md">
                Sessions
              </Title>
              <SignOutOtherSessions />
            </Paper>
          </Stack>
          <Paper withBorder p="lg" component="section" aria-labelledby="calendar-feed" style={{ gridColumn: '1 / -1' }}>
            <Title order={2} size="h3" id="calendar-feed" mb="md" tabIndex={-1} ref={feedHeading} className="page-title">
              Add to calendar
            </Title>
            <CalendarFeedSection feed={data.calendarFeed} viewerZone={data.viewer.timeZone} />
          </Paper>
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
