import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, runtimeTimeZone, zoneLabel } from '@gantry/shared';
import { CohortStatusBadge } from '@/components/CohortStatusBadge';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { AgendaProgressBar } from '@/features/agenda/components/AgendaProgressBar';
import { BeforeNextSession } from '@/features/agenda/components/BeforeNextSession';
import { SessionAgendaLinks } from '@/features/agenda/components/SessionAgendaLinks';
import { CohortAnnouncements } from '@/features/announcements/components/CohortAnnouncements';
import { MyCertificateCard } from '@/features/certificates/components/MyCertificateCard';
import { CheckInPanel } from '@/features/attendance/components/CheckInPanel';
import { ContactHoursCard } from '@/features/attendance/components/ContactHoursCard';
import { EnrollPanel } from '@/features/enrollment/components/EnrollPanel';
import { JoinByCodeForm } from '@/features/enrollment/components/JoinByCodeForm';
import { CohortSessionsList } from '@/features/schedule/components/CohortSessionsList';
import { NextSessionCard } from '@/features/schedule/components/NextSessionCard';
import { useNow } from '@/hooks/useNow';
import { errorCode } from '@/lib/errors';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const CohortPageQuery = graphql(`
  query CohortPage($id: ID!) {
    cohort(id: $id) {
      id
      title
      description
      status
      timeZone
      viewerCanManage
      chapter {
        id
        name
        slug
        regionName
      }
      mentors {
        userId
        displayName
        isLead
      }
      modalities {
        id
        code
        name
      }
      viewerEnrollment {
        id
        status
      }
      viewerProgress {
        done
        total
        minutesLeft
      }
      nextSession {
        id
        ...NextSessionCard_session
        ...BeforeNextSession_session
        ...CheckInPanel_session
      }
      ...CohortSessionsList_cohort
      ...EnrollPanel_cohort
      ...SessionAgendaLinks_cohort
      ...ContactHoursCard_cohort
    }
  }
`);

/**
 * A cohort's page, public for published cohorts: what it is, who runs it, every session
 * in the visitor's zone, and their place in it. Students and mentors of the cohort also
 * see the Join button, the .ics downloads and the announcements.
 */
export function Component() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const now = useNow(60_000);
  const { data, error, refetch } = useQuery(CohortPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) {
      return (
        <Stack maw={640}>
          <PageTitle>Cohort not found</PageTitle>
          <Text>There is no published cohort at this address. It may still be a draft, or the link may be mistyped.</Text>
          <Anchor component={Link} to={paths.catalog.to()}>
            Browse open cohorts
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const cohort = data.cohort;
  const enrolled = cohort.viewerEnrollment?.status === 'ENROLLED';
  const participant = cohort.viewerCanManage || enrolled;
  const lead = cohort.mentors.filter((m) => m.isLead);
  const co = cohort.mentors.filter((m) => !m.isLead);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm" align="center" wrap="wrap">
          <PageTitle>{cohort.title}</PageTitle>
        </Group>
        <Group gap="xs" wrap="wrap">
          <CohortStatusBadge status={cohort.status} />
          {cohort.modalities.map((m) => (
            <Badge key={m.id} variant="outline" color="blue.9" title={m.name}>
              {m.code}
            </Badge>
          ))}
        </Group>
        <Text>
          Run by{' '}
          <Anchor component={Link} to={paths.chapter.to(cohort.chapter.slug)}>
            {cohort.chapter.name}
          </Anchor>{' '}
          ({cohort.chapter.regionName}).
        </Text>
        <Text size="sm">
          Mentors: {lead.map((m) => m.displayName).join(', ')}
          {co.length ? ` (lead), with ${co.map((m) => m.displayName).join(', ')}` : ''}
        </Text>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            {cohort.description ? (
              <section aria-labelledby="about-heading">
                <Title order={2} size="h3" id="about-heading" mb="xs">
                  About
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{cohort.description}</Text>
              </section>
            ) : null}
            <section aria-labelledby="sessions-heading">
              <Title order={2} size="h3" id="sessions-heading" mb={4}>
                Sessions
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                In your time zone, {zoneLabel(zone)}
                {zone !== cohort.timeZone ? `; the cohort meets on ${cohort.timeZone.replace(/_/g, ' ')} time` : ''}.
              </Text>
              <CohortSessionsList cohort={cohort} viewerZone={zone} canDownload={participant} />
            </section>
            {participant ? (
              <section aria-labelledby="announcements-heading">
                <Title order={2} size="h3" id="announcements-heading" mb="xs">
                  Announcements
                </Title>
                <CohortAnnouncements cohortId={cohort.id} viewerZone={zone} />
              </section>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            {cohort.nextSession ? (
              <NextSessionCard
                session={cohort.nextSession}
                viewerZone={zone}
                showCohort={false}
                // Students check in as they join.
                join={enrolled && !cohort.viewerCanManage ? <CheckInPanel session={cohort.nextSession} viewerZone={zone} /> : undefined}
              />
            ) : null}
            {enrolled && cohort.nextSession ? <BeforeNextSession session={cohort.nextSession} cohortId={cohort.id} viewerZone={zone} cohortZone={cohort.timeZone} /> : null}
            {enrolled ? (
              <Paper withBorder p="lg" component="section" aria-labelledby="progress-heading">
                <Stack gap="sm">
                  <Title order={2} size="h3" id="progress-heading">
                    Your progress
                  </Title>
                  <AgendaProgressBar label="Whole cohort" progress={cohort.viewerProgress} testId="cohort-progress" />
                  <SessionAgendaLinks cohort={cohort} plan={false} />
                </Stack>
              </Paper>
            ) : null}
            {enrolled ? <ContactHoursCard cohort={cohort} /> : null}
            {enrolled && cohort.status === 'COMPLETED' ? <MyCertificateCard cohortId={cohort.id} viewerZone={zone} /> : null}
            {cohort.viewerCanManage ? (
              <Paper withBorder p="lg" component="section" aria-labelledby="agendas-heading">
                <Stack gap="sm">
                  <Title order={2} size="h3" id="agendas-heading">
                    Session agendas
                  </Title>
                  <SessionAgendaLinks cohort={cohort} plan />
                  <Anchor component={Link} to={paths.cohortReadiness.to(cohort.id)} size="sm">
                    Readiness map (students × exam domains)
                  </Anchor>
                </Stack>
              </Paper>
            ) : null}
            <Paper withBorder p="lg" component="section" aria-labelledby="place-heading">
              <Title order={2} size="h3" id="place-heading" mb="xs">
                Your place
              </Title>
              <EnrollPanel cohort={cohort} signedIn={!!viewer} viewerZone={zone} now={now} />
            </Paper>
            {viewer && !cohort.viewerCanManage ? (
              <Paper withBorder p="lg" component="section" aria-labelledby="code-heading">
                <Title order={2} size="h4" id="code-heading" mb="xs">
                  Have an invite code?
                </Title>
                <JoinByCodeForm onJoined={(o) => (o.cohortId === cohort.id ? undefined : navigate(paths.cohort.to(o.cohortId)))} />
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
