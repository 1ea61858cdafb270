import { Link } from 'react-router';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DateTime } from '@gantry/shared';
import { SessionTime } from '@/components/SessionTime';
import { graphql, type FragmentType, getFragmentData } from '@/gql';
import type { ScheduleSession_SessionFragment } from '@/gql/graphql';
import { paths } from '@/paths';

export const ScheduleSessionFragment = graphql(`
  fragment ScheduleSession_session on CohortSession {
    id
    number
    title
    startsAt
    endsAt
    status
    isMakeup
    cohort {
      id
      title
      timeZone
    }
  }
`);

export type ScheduleSession = ScheduleSession_SessionFragment;

export function readScheduleSessions(refs: readonly FragmentType<typeof ScheduleSessionFragment>[]): ScheduleSession[] {
  return refs.map((r) => getFragmentData(ScheduleSessionFragment, r));
}

/** Sessions grouped by their day in the viewer's zone, each day under its own heading. */
export function ScheduleList({ sessions, viewerZone, emptyText }: { sessions: readonly ScheduleSession[]; viewerZone: string; emptyText: string }) {
  if (sessions.length === 0) return <Text>{emptyText}</Text>;
  const days = new Map<string, ScheduleSession[]>();
  for (const s of [...sessions].sort((a, b) => DateTime.fromISO(a.startsAt).toMillis() - DateTime.fromISO(b.startsAt).toMillis())) {
    const day = DateTime.fromISO(s.startsAt).setZone(viewerZone).toISODate()!;
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return (
    <Stack gap="md" data-testid="schedule-list">
      {[...days.entries()].map(([day, list]) => {
        const headingId = `schedule-day-${day}`;
        return (
          <section key={day} aria-labelledby={headingId}>
            <Title order={3} size="h4" id={headingId} mb="xs">
              {DateTime.fromISO(day, { zone: viewerZone }).setLocale('en-US').toFormat('cccc, LLLL d, yyyy')}
            </Title>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.map((s) => {
                const cancelled = s.status === 'CANCELLED';
                return (
                  <Paper key={s.id} withBorder p="sm" component="li" data-testid="schedule-session">
                    <Stack gap={2}>
                      <Group gap="xs" wrap="wrap">
                        <Anchor component={Link} to={paths.cohort.to(s.cohort.id)} fw={600}>
                          {s.cohort.title}
                        </Anchor>
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
                      <Text size="sm" td={cancelled ? 'line-through' : undefined}>
                        Session {s.number}: {s.title}
                      </Text>
                      <SessionTime startsAt={s.startsAt} viewerZone={viewerZone} cohortZone={s.cohort.timeZone} cancelled={cancelled} />
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
