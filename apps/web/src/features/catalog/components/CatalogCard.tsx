import { Link } from 'react-router';
import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { DateTime } from '@gantry/shared';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { plural } from '@/lib/format';
import { paths } from '@/paths';

export const CatalogCardFragment = graphql(`
  fragment CatalogCard_cohort on Cohort {
    id
    title
    timeZone
    requiresApproval
    chapter {
      id
      name
      region
      regionName
    }
    modalities {
      id
      code
      name
    }
    seats {
      left
      capacity
      waitlisted
    }
    sessions {
      id
      number
      title
      startsAt
      status
    }
  }
`);

const SHOWN_SESSIONS = 3;

export function seatsText(seats: { left: number; capacity: number; waitlisted: number }): string {
  if (seats.left > 0) return `${plural(seats.left, 'seat')} left of ${seats.capacity}`;
  return seats.waitlisted > 0 ? `Full — ${seats.waitlisted} on the waitlist` : 'Full — join the waitlist';
}

/** A cohort in the catalog: who runs it, what it covers, room left and when it meets (in the viewer's zone). */
export function CatalogCard({ cohort: ref, viewerZone, now }: { cohort: FragmentType<typeof CatalogCardFragment>; viewerZone: string; now: DateTime }) {
  const cohort = getFragmentData(CatalogCardFragment, ref);
  const upcoming = cohort.sessions
    .filter((s) => s.status === 'SCHEDULED' && DateTime.fromISO(s.startsAt) > now)
    .sort((a, b) => DateTime.fromISO(a.startsAt).toMillis() - DateTime.fromISO(b.startsAt).toMillis());
  const scheduled = cohort.sessions.filter((s) => s.status === 'SCHEDULED').length;
  const headingId = `catalog-${cohort.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="catalog-card">
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          <Anchor component={Link} to={paths.cohort.to(cohort.id)} inherit>
            {cohort.title}
          </Anchor>
        </Title>
        <Text size="sm">
          {cohort.chapter.name} · {cohort.chapter.regionName}
        </Text>
        <Group gap={6}>
          {cohort.modalities.map((m) => (
            <Badge key={m.id} variant="outline" color="blue.9" title={m.name}>
              {m.code}
            </Badge>
          ))}
          {cohort.requiresApproval ? (
            <Badge variant="outline" color="gray.8">
              Mentor approves
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" fw={600} data-testid="seats">
          {seatsText(cohort.seats)}
        </Text>
        <Text size="sm">{plural(scheduled, 'session')}. Times in your zone:</Text>
        {upcoming.length ? (
          <List size="sm" spacing={2}>
            {upcoming.slice(0, SHOWN_SESSIONS).map((s) => (
              <List.Item key={s.id}>
                <SessionTime startsAt={s.startsAt} viewerZone={viewerZone} cohortZone={cohort.timeZone} />
              </List.Item>
            ))}
            {upcoming.length > SHOWN_SESSIONS ? <List.Item>…and {plural(upcoming.length - SHOWN_SESSIONS, 'more session')}</List.Item> : null}
          </List>
        ) : (
          <Text size="sm">No upcoming sessions.</Text>
        )}
      </Stack>
    </Card>
  );
}
