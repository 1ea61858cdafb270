import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { countdown, DateTime, ErrorCode, runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { SessionTime } from '@/components/SessionTime';
import { graphql } from '@/gql';
import { AgendaProgressBar } from '@/features/agenda/components/AgendaProgressBar';
import { CheckInPanel } from '@/features/attendance/components/CheckInPanel';
import { SessionAgenda } from '@/features/agenda/components/SessionAgenda';
import { JoinButton } from '@/features/schedule/components/JoinButton';
import { SessionHomework } from '@/features/todo/components/SessionHomework';
import { useNow } from '@/hooks/useNow';
import { errorCode } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const CohortSessionPageQuery = graphql(`
  query CohortSessionPage($id: ID!) {
    cohort(id: $id) {
      id
      title
      timeZone
      viewerCanManage
      viewerEnrollment {
        id
        status
      }
      meeting {
        url
        passcode
      }
      viewerProgress {
        done
        total
        minutesLeft
      }
      sessions {
        id
        number
        title
        startsAt
        endsAt
        durationMinutes
        status
        isMakeup
        recordingUrl
        slidesUrl
        viewerProgress {
          done
          total
          minutesLeft
        }
        ...SessionAgenda_session
        ...CheckInPanel_session
        assignments {
          id
          ...SessionHomework_assignment
        }
      }
    }
  }
`);

function NotHere({ title, children, cohortId }: { title: string; children: string; cohortId?: string }) {
  return (
    <Stack maw={640}>
      <PageTitle>{title}</PageTitle>
      <Text>{children}</Text>
      {cohortId ? (
        <Anchor component={Link} to={paths.cohort.to(cohortId)}>
          Go to the cohort’s page
        </Anchor>
      ) : (
        <Anchor component={Link} to={paths.home.to()}>
          Go to your home page
        </Anchor>
      )}
    </Stack>
  );
}

/** "Starts in 2 days 3 hours", "In progress", "Ended": re-read every 30 seconds and at the start and end. */
function Countdown({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const now = useNow(30_000, [startsAt, endsAt]);
  const text = DateTime.fromISO(startsAt) > now ? `Starts ${countdown(startsAt, now)}` : DateTime.fromISO(endsAt) > now ? 'In progress' : 'This session has ended.';
  return (
    <Text size="sm" data-testid="countdown">
      {text}
    </Text>
  );
}

/**
 * One session for the people taking part: when it is (in the viewer's zone, the cohort's
 * beside it), the Join button, the recording and slides once posted, and its agenda by
 * phase with "done" checkboxes and progress for this session and the whole cohort.
 */
export function Component() {
  const { id = '', sessionId = '' } = useParams();
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const { data, error, refetch } = useQuery(CohortSessionPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) return <NotHere title="Session not found">There is no session at this address. The link may be mistyped.</NotHere>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const cohort = data.cohort;
  const session = cohort.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return (
      <NotHere title="Session not found" cohortId={cohort.id}>
        This cohort has no such session. It may have been removed.
      </NotHere>
    );
  }
  const enrolled = cohort.viewerEnrollment?.status === 'ENROLLED';
  const participant = cohort.viewerCanManage || enrolled;
  if (!participant) {
    return (
      <NotHere title="For the cohort’s students" cohortId={cohort.id}>
        Session pages, with the agenda and the meeting link, are for the cohort’s enrolled students and mentors.
      </NotHere>
    );
  }
  const cancelled = session.status === 'CANCELLED';
  const heading = `Session ${session.number}: ${session.title}`;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.cohort.to(cohort.id)} size="sm">
              {cohort.title}
            </Anchor>
            <Text size="sm" aria-current="page">
              Session {session.number}
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`${heading} · ${cohort.title}`}>{heading}</PageTitle>
        <Group gap="xs" wrap="wrap">
          <SessionTime startsAt={session.startsAt} viewerZone={zone} cohortZone={cohort.timeZone} cancelled={cancelled} size="md" fw={600} />
          <Text size="sm" c="dimmed" span>
            · {formatLength(session.durationMinutes)}
          </Text>
          {cancelled ? (
            <Badge color="red.9" variant="outline">
              Cancelled
            </Badge>
          ) : null}
          {session.isMakeup ? (
            <Badge color="grape.9" variant="outline">
              Make-up
            </Badge>
          ) : null}
        </Group>
        {cohort.viewerCanManage ? (
          <Group>
            <Button component={Link} to={paths.planSession.to(cohort.id, session.id)} variant="default" size="xs">
              Plan agenda
            </Button>
            <Button component={Link} to={paths.sessionRoster.to(cohort.id, session.id)} variant="default" size="xs">
              Live roster
            </Button>
          </Group>
        ) : null}
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <section aria-labelledby="agenda-heading">
            <Title order={2} size="h3" id="agenda-heading" mb="sm">
              Agenda
            </Title>
            <SessionAgenda session={session} cohortId={cohort.id} viewerZone={zone} cohortZone={cohort.timeZone} tracking={enrolled} />
          </section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            {cancelled ? null : (
              <Paper withBorder p="lg" component="section" aria-labelledby="join-heading">
                <Stack gap="xs">
                  <Title order={2} size="h3" id="join-heading">
                    Join
                  </Title>
                  <Countdown startsAt={session.startsAt} endsAt={session.endsAt} />
                  {enrolled && !cohort.viewerCanManage ? (
                    // Students check in as they join (or with the Check in button).
                    <CheckInPanel session={session} viewerZone={zone} />
                  ) : (
                    <JoinButton sessionId={session.id} startsAt={session.startsAt} endsAt={session.endsAt} url={cohort.meeting?.url} passcode={cohort.meeting?.passcode} />
                  )}
                  <Anchor href={paths.sessionIcs.to(session.id)} size="sm" download>
                    Download .ics for this session
                  </Anchor>
                </Stack>
              </Paper>
            )}
            {enrolled ? (
              <Paper withBorder p="lg" component="section" aria-labelledby="progress-heading">
                <Stack gap="md">
                  <Title order={2} size="h3" id="progress-heading">
                    Your progress
                  </Title>
                  <AgendaProgressBar label="This session" progress={session.viewerProgress} testId="session-progress" live />
                  <AgendaProgressBar label="Whole cohort" progress={cohort.viewerProgress} testId="cohort-progress" />
                </Stack>
              </Paper>
            ) : null}
            <SessionHomework
              assignments={session.assignments}
              viewerZone={zone}
              cohortZone={cohort.timeZone}
              student={enrolled && !cohort.viewerCanManage}
              planLink={cohort.viewerCanManage ? paths.planSession.to(cohort.id, session.id) : undefined}
            />
            {session.recordingUrl || session.slidesUrl ? (
              <Paper withBorder p="lg" component="section" aria-labelledby="recording-heading">
                <Stack gap="xs">
                  <Title order={2} size="h3" id="recording-heading">
                    Recording and slides
                  </Title>
                  <Group gap="sm">
                    {session.recordingUrl ? (
                      <Button component="a" href={session.recordingUrl} target="_blank" rel="noopener noreferrer" variant="light">
                        Watch the recording
                      </Button>
                    ) : null}
                    {session.slidesUrl ? (
                      <Button component="a" href={session.slidesUrl} target="_blank" rel="noopener noreferrer" variant="light">
                        Open the slides
                      </Button>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    Opens in a new tab.
                  </Text>
                </Stack>
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
