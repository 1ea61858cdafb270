import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { countdown, DateTime } from '@gantry/shared';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useNow } from '@/hooks/useNow';
import { paths } from '@/paths';
import { JoinButton } from './JoinButton';

export const NextSessionCardFragment = graphql(`
  fragment NextSessionCard_session on CohortSession {
    id
    number
    title
    startsAt
    endsAt
    status
    cohort {
      id
      title
      timeZone
      meeting {
        url
        passcode
      }
    }
  }
`);

/** When it starts, relative to now: "Starts in 2 days 3 hours", "Started, until 9:00 PM MDT". */
function relative(startsAt: string, endsAt: string, viewerZone: string, now: DateTime): string {
  if (DateTime.fromISO(startsAt) > now) return `Starts ${countdown(startsAt, now)}`;
  if (DateTime.fromISO(endsAt) > now) return `In progress until ${DateTime.fromISO(endsAt).setZone(viewerZone).toFormat('h:mm a ZZZZ')}`;
  return 'Ended';
}

/**
 * The next session: when (in the viewer's zone, cohort time beside it), a countdown that
 * refreshes every 30 seconds, and the Join button for people taking part.
 */
export function NextSessionCard({
  session: ref,
  viewerZone,
  headingLevel = 2,
  showCohort = true,
  join,
}: {
  session: FragmentType<typeof NextSessionCardFragment>;
  viewerZone: string;
  headingLevel?: 2 | 3;
  showCohort?: boolean;
  /** Replaces the Join button (e.g. one that also records the student's check-in). */
  join?: ReactNode;
}) {
  const session = getFragmentData(NextSessionCardFragment, ref);
  const now = useNow(30_000, [session.startsAt, session.endsAt]);
  const headingId = `next-session-${session.id}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} data-testid="next-session-card" bg="blue.0">
      <Stack gap="xs">
        <Title order={headingLevel} size="h3" id={headingId}>
          Next session
        </Title>
        {showCohort ? (
          <Anchor component={Link} to={paths.cohort.to(session.cohort.id)} fw={600}>
            {session.cohort.title}
          </Anchor>
        ) : null}
        <Text>
          Session {session.number}: {session.title}
        </Text>
        <SessionTime startsAt={session.startsAt} viewerZone={viewerZone} cohortZone={session.cohort.timeZone} size="md" fw={600} />
        <Text size="sm" data-testid="countdown">
          {relative(session.startsAt, session.endsAt, viewerZone, now)}
        </Text>
        {join ? (
          join
        ) : session.cohort.meeting ? (
          <JoinButton sessionId={session.id} startsAt={session.startsAt} endsAt={session.endsAt} url={session.cohort.meeting.url} passcode={session.cohort.meeting.passcode} />
        ) : (
          <Text size="sm">The meeting link and Join button are for enrolled students.</Text>
        )}
        {session.cohort.meeting ? (
          <Group>
            <Anchor href={paths.sessionIcs.to(session.id)} size="sm" download>
              Download .ics for this session
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
