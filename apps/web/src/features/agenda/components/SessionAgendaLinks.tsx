import { Link } from 'react-router';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { DateTime } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength, plural } from '@/lib/format';
import { paths } from '@/paths';

export const SessionAgendaLinksFragment = graphql(`
  fragment SessionAgendaLinks_cohort on Cohort {
    id
    sessions {
      id
      number
      title
      startsAt
      status
      viewerProgress {
        done
        total
        minutesLeft
      }
      agenda {
        id
        material {
          id
          minutes
        }
      }
    }
  }
`);

/**
 * Each session's page, with where the viewer stands on its agenda: a student's items
 * done, or (`plan`) a mentor's item count and minutes and a "Plan agenda" link.
 */
export function SessionAgendaLinks({ cohort: ref, plan }: { cohort: FragmentType<typeof SessionAgendaLinksFragment>; plan: boolean }) {
  const cohort = getFragmentData(SessionAgendaLinksFragment, ref);
  const sessions = [...cohort.sessions].sort((a, b) => DateTime.fromISO(a.startsAt).toMillis() - DateTime.fromISO(b.startsAt).toMillis());
  if (sessions.length === 0) return <Text size="sm">No sessions are scheduled yet.</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Session agendas">
      {sessions.map((s) => {
        const cancelled = s.status === 'CANCELLED';
        const minutes = s.agenda.reduce((sum, i) => sum + i.material.minutes, 0);
        const p = s.viewerProgress;
        return (
          <li key={s.id} data-testid="session-agenda-link">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={paths.cohortSession.to(cohort.id, s.id)} size="sm" fw={600} td={cancelled ? 'line-through' : undefined}>
                  Session {s.number}: {s.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {cancelled
                    ? 'Cancelled'
                    : plan
                      ? s.agenda.length
                        ? `${plural(s.agenda.length, 'item')}, ${formatLength(minutes)}`
                        : 'No agenda yet'
                      : p.total
                        ? `${p.done} of ${plural(p.total, 'item')} done`
                        : 'Nothing released yet'}
                </Text>
              </Stack>
              {plan && !cancelled ? (
                <Anchor component={Link} to={paths.planSession.to(cohort.id, s.id)} size="sm" aria-label={`Plan agenda for session ${s.number}: ${s.title}`}>
                  Plan agenda
                </Anchor>
              ) : null}
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
