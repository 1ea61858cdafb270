import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { DateTime } from '@gantry/shared';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength } from '@/lib/format';
import { paths } from '@/paths';

export const CohortSessionsListFragment = graphql(`
  fragment CohortSessionsList_cohort on Cohort {
    id
    timeZone
    sessions {
      id
      number
      title
      startsAt
      endsAt
      durationMinutes
      status
      isMakeup
    }
  }
`);

/**
 * Every session of a cohort in order: number, title, start in the viewer's zone with the
 * cohort's time beside it, and length. Cancelled sessions stay in the list, struck
 * through and labelled. People taking part get a per-session .ics download.
 */
export function CohortSessionsList({ cohort: ref, viewerZone, canDownload }: { cohort: FragmentType<typeof CohortSessionsListFragment>; viewerZone: string; canDownload: boolean }) {
  const cohort = getFragmentData(CohortSessionsListFragment, ref);
  const sessions = [...cohort.sessions].sort((a, b) => DateTime.fromISO(a.startsAt).toMillis() - DateTime.fromISO(b.startsAt).toMillis());
  if (sessions.length === 0) return <Text>No sessions are scheduled yet.</Text>;
  return (
    <List listStyleType="none" spacing="sm" aria-label="Sessions" data-testid="cohort-sessions">
      {sessions.map((session, i) => {
        // Numbered by start time, cancelled ones included (as the API numbers them).
        const s = { ...session, number: i + 1 };
        const cancelled = s.status === 'CANCELLED';
        return (
          <List.Item key={s.id} data-testid="cohort-session">
            <Stack gap={2}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} td={cancelled ? 'line-through' : undefined}>
                  Session {s.number}: {s.title}
                </Text>
                {cancelled ? (
                  <Badge color="red.9" variant="outline">
                    Cancelled
                  </Badge>
                ) : null}
                {s.isMakeup ? (
                  <Badge color="grape.9" variant="outline">
                    Make-up
                  </Badge>
                ) : null}
              </Group>
              <Group gap="xs" wrap="wrap">
                <SessionTime startsAt={s.startsAt} viewerZone={viewerZone} cohortZone={cohort.timeZone} cancelled={cancelled} />
                <Text size="sm" c="dimmed" span>
                  · {formatLength(s.durationMinutes)}
                </Text>
                {canDownload && !cancelled ? (
                  <Anchor href={paths.sessionIcs.to(s.id)} size="sm" download aria-label={`Download .ics for session ${s.number}`}>
                    Download .ics
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}
