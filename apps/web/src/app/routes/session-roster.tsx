import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { SessionTime } from '@/components/SessionTime';
import { graphql } from '@/gql';
import { SessionRoster } from '@/features/attendance/components/SessionRoster';
import { errorCode } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const SessionRosterPageQuery = graphql(`
  query SessionRosterPage($id: ID!, $sessionId: ID!) {
    cohort(id: $id) {
      id
      title
      timeZone
      viewerCanManage
    }
    sessionRoster(sessionId: $sessionId) {
      session {
        id
        number
        title
        startsAt
        endsAt
        durationMinutes
        status
      }
      ...SessionRoster_roster
    }
  }
`);

/** While live updates are down, the roster is re-read this often. */
const POLL_MS = 20_000;


export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <RosterPage viewer={viewer} />;
}

/**
 * The mentor's live roster of one session: who is in, who is missing, who came late;
 * mark or override anyone. Check-ins arrive over the WebSocket as they happen.
 */
function RosterPage({ viewer }: { viewer: Viewer }) {
  const { id = '', sessionId = '' } = useParams();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(SessionRosterPageQuery, {
    variables: { id, sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const onLiveChange = useCallback((live: boolean) => (live ? stopPolling() : startPolling(POLL_MS)), [startPolling, stopPolling]);
  const reload = useCallback(async () => (await refetch()).data?.sessionRoster ?? null, [refetch]);

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Session not found">There is no session at this address, or it is not one of your cohorts’.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort" cohortId={id}>Only this cohort’s mentors and its chapter’s admins can take attendance.</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading label="Loading the roster…" />;
  const { cohort, sessionRoster } = data;
  if (!cohort.viewerCanManage) {
    return (
      <NotYours title="Not your cohort" cohortId={cohort.id}>
        Only this cohort’s mentors and its chapter’s admins can take attendance.
      </NotYours>
    );
  }
  const session = sessionRoster.session;
  const heading = `Roster: session ${session.number}`;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.manageCohort.to(cohort.id)} size="sm">
              Manage {cohort.title}
            </Anchor>
            <Anchor component={Link} to={paths.cohortAttendance.to(cohort.id)} size="sm">
              Attendance
            </Anchor>
            <Text size="sm" aria-current="page">
              Session {session.number}
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`${heading} · ${cohort.title}`}>{heading}</PageTitle>
        <Text fw={600}>{session.title}</Text>
        <Group gap="xs" wrap="wrap">
          <SessionTime startsAt={session.startsAt} viewerZone={viewer.timeZone} cohortZone={cohort.timeZone} cancelled={session.status === 'CANCELLED'} />
          <Text size="sm" c="dimmed" span>
            · {formatLength(session.durationMinutes)}
          </Text>
          {session.status === 'CANCELLED' ? (
            <Badge color="red.9" variant="outline">
              Cancelled
            </Badge>
          ) : null}
        </Group>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={paths.zoomImport.to(cohort.id, session.id)} size="sm">
            Import the Zoom report
          </Anchor>
          <Anchor component={Link} to={paths.cohortSession.to(cohort.id, session.id)} size="sm">
            See the session page
          </Anchor>
        </Group>
      </Stack>
      <Paper withBorder p="md" component="section" aria-label="Roster">
        <SessionRoster roster={sessionRoster} session={session} viewerZone={viewer.timeZone} onReload={reload} onLiveChange={onLiveChange} />
      </Paper>
    </Stack>
  );
}
