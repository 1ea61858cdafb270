import { Link } from 'react-router';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { CohortStatusBadge } from '@/components/CohortStatusBadge';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { EnrollmentStatus } from '@/gql/graphql';
import { paths } from '@/paths';

export const MyCohortCardFragment = graphql(`
  fragment MyCohortCard_cohort on Cohort {
    id
    title
    status
    timeZone
    viewerCanManage
    chapter {
      id
      name
      slug
    }
    viewerEnrollment {
      id
      status
      waitlistPosition
    }
    nextSession {
      id
      number
      title
      startsAt
    }
  }
`);

function placeText(status: EnrollmentStatus | undefined, waitlistPosition: number | null | undefined, mentor: boolean): string {
  if (mentor && !status) return 'You mentor this cohort.';
  switch (status) {
    case 'ENROLLED':
      return 'You are enrolled.';
    case 'WAITLISTED':
      return waitlistPosition ? `You are on the waitlist (number ${waitlistPosition}).` : 'You are on the waitlist.';
    case 'PENDING':
      return 'Your request is waiting for the mentor’s approval.';
    default:
      return mentor ? 'You help run this cohort.' : '';
  }
}

/** One of the viewer's cohorts: where they stand and when it meets next, in their zone. */
export function MyCohortCard({ cohort: ref, viewerZone }: { cohort: FragmentType<typeof MyCohortCardFragment>; viewerZone: string }) {
  const cohort = getFragmentData(MyCohortCardFragment, ref);
  const next = cohort.nextSession;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`cohort-${cohort.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={`cohort-${cohort.id}`}>
            <Anchor component={Link} to={cohort.viewerCanManage ? paths.manageCohort.to(cohort.id) : paths.cohort.to(cohort.id)} inherit>
              {cohort.title}
            </Anchor>
          </Title>
          <CohortStatusBadge status={cohort.status} />
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={paths.chapter.to(cohort.chapter.slug)}>
            {cohort.chapter.name}
          </Anchor>
          {' · '}
          {placeText(cohort.viewerEnrollment?.status, cohort.viewerEnrollment?.waitlistPosition, cohort.viewerCanManage)}
        </Text>
        <Text size="sm">
          {next ? (
            <>
              Next: session {next.number}, {next.title} — <SessionTime startsAt={next.startsAt} viewerZone={viewerZone} cohortZone={cohort.timeZone} fw={600} />
            </>
          ) : (
            'No upcoming sessions.'
          )}
        </Text>
      </Stack>
    </Card>
  );
}
