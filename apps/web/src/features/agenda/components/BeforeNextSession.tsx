import { Link } from 'react-router';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { describeForViewer } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength } from '@/lib/format';
import { paths } from '@/paths';
import { inReadingOrder } from '../model';

export const BeforeNextSessionFragment = graphql(`
  fragment BeforeNextSession_session on CohortSession {
    id
    number
    startsAt
    agenda {
      id
      phase
      position
      released
      viewerDone
      material {
        id
        title
        minutes
      }
    }
  }
`);

/**
 * For an enrolled student: what is left to work through before the next session (its
 * released "before" items not done yet), with the minutes it takes, each a link to read.
 */
export function BeforeNextSession({
  session: ref,
  cohortId,
  viewerZone,
  cohortZone,
}: {
  session: FragmentType<typeof BeforeNextSessionFragment>;
  cohortId: string;
  viewerZone: string;
  cohortZone: string;
}) {
  const session = getFragmentData(BeforeNextSessionFragment, ref);
  const before = inReadingOrder(session.agenda.filter((i) => i.phase === 'BEFORE' && i.released));
  const todo = before.filter((i) => !i.viewerDone);
  const minutes = todo.reduce((sum, i) => sum + i.material.minutes, 0);
  const when = describeForViewer(session.startsAt, viewerZone, cohortZone).viewer;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="before-next-heading" data-testid="before-next-session">
      <Stack gap="xs">
        <Title order={2} size="h3" id="before-next-heading">
          {/* Not "Before the next session": the card above is the "Next session" region. */}
          Before session {session.number}
        </Title>
        {todo.length ? (
          <>
            <Text data-testid="before-minutes">
              About {formatLength(minutes)} of reading before {when}.
            </Text>
            <Stack component="ul" gap={4} pl="md" m={0}>
              {todo.map((i) => (
                <li key={i.id}>
                  <Anchor component={Link} to={paths.agendaItem.to(i.id)}>
                    {i.material.title}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    ({formatLength(i.material.minutes)})
                  </Text>
                </li>
              ))}
            </Stack>
          </>
        ) : (
          <Text data-testid="before-minutes">
            {before.length
              ? `You are ready: everything to read before session ${session.number} is done.`
              : `Nothing to read before session ${session.number} has been released yet.`}
          </Text>
        )}
        <Anchor component={Link} to={paths.cohortSession.to(cohortId, session.id)} size="sm">
          Open session {session.number}
        </Anchor>
      </Stack>
    </Paper>
  );
}
