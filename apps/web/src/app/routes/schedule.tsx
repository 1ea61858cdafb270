import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { DateTime, nowUtc, zoneLabel } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { NextSessionCard } from '@/features/schedule/components/NextSessionCard';
import { readScheduleSessions, ScheduleList } from '@/features/schedule/components/ScheduleList';
import { isWeekStart, shiftWeek, weekLabel, weekRange, weekStartOf } from '@/features/schedule/components/week';
import { WeekView } from '@/features/schedule/components/WeekView';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const SchedulePageQuery = graphql(`
  query SchedulePage($from: DateTime!, $to: DateTime!) {
    mySchedule(from: $from, to: $to) {
      id
      ...ScheduleSession_session
    }
    nextSession {
      id
      ...NextSessionCard_session
    }
  }
`);

/** How far ahead the list view looks. */
const LIST_WEEKS = 16;

export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <Schedule viewer={viewer} />;
}

/**
 * The viewer's sessions across cohorts, in their zone: a list of upcoming days, or a
 * week (Monday to Sunday) with previous/next. View and week are in the URL.
 */
function Schedule({ viewer }: { viewer: Viewer }) {
  const [params, setParams] = useSearchParams();
  const zone = viewer.timeZone;
  const view = params.get('view') === 'week' ? 'week' : 'list';
  const thisWeek = weekStartOf(nowUtc(), zone);
  const week = isWeekStart(params.get('week')) ? params.get('week')! : thisWeek;
  // The list starts at the beginning of today so a session under way still shows.
  const range =
    view === 'week'
      ? weekRange(week, zone)
      : { from: nowUtc().setZone(zone).startOf('day').toUTC().toISO()!, to: nowUtc().setZone(zone).startOf('day').plus({ weeks: LIST_WEEKS }).toUTC().toISO()! };
  const { data, error, refetch } = useQuery(SchedulePageQuery, { variables: range, fetchPolicy: 'cache-and-network' });
  const sessions = data ? readScheduleSessions(data.mySchedule) : [];

  const go = (next: { view?: 'list' | 'week'; week?: string }) => {
    const v = next.view ?? view;
    const w = next.week ?? week;
    const query = new URLSearchParams();
    if (v === 'week') query.set('view', 'week');
    if (v === 'week' && w !== thisWeek) query.set('week', w);
    setParams(query);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle documentTitle="My schedule">My schedule</PageTitle>
        <Text>
          Every session of your cohorts, in your time zone: {zoneLabel(zone)}.{' '}
          <Anchor component={Link} to={paths.profile.to()}>
            Change it in your profile
          </Anchor>
          .
        </Text>
      </Stack>
      {data?.nextSession ? <NextSessionCard session={data.nextSession} viewerZone={zone} /> : null}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label="View"
          value={view}
          onChange={(v) => go({ view: v as 'list' | 'week' })}
          data={[
            { value: 'list', label: 'List' },
            { value: 'week', label: 'Week' },
          ]}
        />
        <Anchor component={Link} to={paths.calendarFeed.to()} size="sm">
          Add to my calendar (Google, Outlook, Apple)
        </Anchor>
      </Group>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading label="Loading your sessions…" /> : null}
      {view === 'week' ? (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={2} size="h3" aria-live="polite">
              Week of {weekLabel(week)}
            </Title>
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={() => go({ week: shiftWeek(week, -1) })} aria-label="Previous week">
                ← Previous
              </Button>
              <Button variant="default" size="sm" onClick={() => go({ week: thisWeek })} disabled={week === thisWeek}>
                This week
              </Button>
              <Button variant="default" size="sm" onClick={() => go({ week: shiftWeek(week, 1) })} aria-label="Next week">
                Next →
              </Button>
            </Group>
          </Group>
          {data ? <WeekView weekStart={week} viewerZone={zone} sessions={sessions} /> : null}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Title order={2} size="h3">
            Upcoming
          </Title>
          {data ? (
            <ScheduleList
              sessions={sessions.filter((s) => DateTime.fromISO(s.endsAt) > nowUtc())}
              viewerZone={zone}
              emptyText={`No sessions in the next ${LIST_WEEKS} weeks. Find a cohort in the catalog.`}
            />
          ) : null}
          <Anchor component={Link} to={paths.catalog.to()} size="sm">
            Find another cohort
          </Anchor>
        </Stack>
      )}
    </Stack>
  );
}
