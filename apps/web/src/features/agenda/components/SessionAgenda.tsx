import { Link } from 'react-router';
import { Anchor, Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '@/components/Feedback';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength } from '@/lib/format';
import { paths } from '@/paths';
import { useMarkAgendaItemDone } from '../hooks/useAgendaMutations';
import { groupByPhase, KIND_LABEL, minutesByPhase, PHASE_LABEL } from '../model';

export const SessionAgendaFragment = graphql(`
  fragment SessionAgenda_session on CohortSession {
    id
    agenda {
      id
      position
      phase
      released
      releasesAt
      viewerDone
      material {
        id
        kind
        title
        minutes
      }
    }
  }
`);

/**
 * A session's agenda as students work through it: grouped by phase, each item linking
 * to its page, with (for students) a "done" checkbox that updates the progress bars at
 * once. Managers also see items not released yet, with the moment students will.
 */
export function SessionAgenda({
  session: ref,
  cohortId,
  viewerZone,
  cohortZone,
  tracking,
}: {
  session: FragmentType<typeof SessionAgendaFragment>;
  cohortId: string;
  viewerZone: string;
  cohortZone: string;
  /** The viewer keeps track of what they have done (a student; mentors only look). */
  tracking: boolean;
}) {
  const session = getFragmentData(SessionAgendaFragment, ref);
  const { setDone } = useMarkAgendaItemDone();
  const groups = groupByPhase(session.agenda);
  if (groups.length === 0) return <EmptyState>Nothing has been released for this session yet.</EmptyState>;
  return (
    <Stack gap="lg">
      {groups.map(({ phase, items }) => {
        const headingId = `agenda-${session.id}-${phase}`;
        const minutes = minutesByPhase(items.map((i) => ({ phase: i.phase, minutes: i.material.minutes })))[phase];
        return (
          <section key={phase} aria-labelledby={headingId}>
            <Group justify="space-between" align="baseline" mb="xs" gap="xs">
              <Title order={3} size="h4" id={headingId}>
                {PHASE_LABEL[phase]}
              </Title>
              <Text size="sm" c="dimmed">
                {formatLength(minutes)} in all
              </Text>
            </Group>
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((item) => (
                <Paper key={item.id} component="li" withBorder p="sm" data-testid="agenda-item">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    {tracking ? (
                      <Checkbox
                        mt={2}
                        size="md"
                        checked={item.viewerDone}
                        disabled={!item.released}
                        aria-label={`Mark ${item.material.title} done`}
                        onChange={(e) =>
                          void setDone(
                            {
                              id: item.id,
                              title: item.material.title,
                              sessionId: session.id,
                              cohortId,
                              minutes: item.material.minutes,
                              released: item.released,
                              viewerDone: item.viewerDone,
                            },
                            e.currentTarget.checked,
                          )
                        }
                      />
                    ) : null}
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={paths.agendaItem.to(item.id)} fw={600}>
                        {item.material.title}
                      </Anchor>
                      <Group gap="xs" wrap="wrap">
                        <Badge variant="outline" color="gray.8" size="sm">
                          {KIND_LABEL[item.material.kind]}
                        </Badge>
                        <Text size="sm" c="dimmed">
                          {formatLength(item.material.minutes)}
                        </Text>
                        {item.viewerDone ? (
                          <Text size="sm" c="green.9" fw={600}>
                            Done
                          </Text>
                        ) : null}
                      </Group>
                      {!item.released && item.releasesAt ? (
                        <Text size="sm">
                          Students see it from <SessionTime startsAt={item.releasesAt} viewerZone={viewerZone} cohortZone={cohortZone} />
                        </Text>
                      ) : null}
                    </Stack>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
