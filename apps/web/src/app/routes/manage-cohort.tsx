import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorCode } from '@gantry/shared';
import { CohortStatusBadge } from '@/components/CohortStatusBadge';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { SessionAgendaLinks } from '@/features/agenda/components/SessionAgendaLinks';
import { CohortAnnouncements } from '@/features/announcements/components/CohortAnnouncements';
import { PostAnnouncementForm } from '@/features/announcements/components/PostAnnouncementForm';
import { CohortCertificates } from '@/features/certificates/components/CohortCertificates';
import { CohortDetailsForm } from '@/features/cohorts/components/CohortDetailsForm';
import { CohortStatusActions } from '@/features/cohorts/components/CohortStatusActions';
import { CoMentors } from '@/features/cohorts/components/CoMentors';
import { EnrollmentControls } from '@/features/cohorts/components/EnrollmentControls';
import { SaveTemplateForm } from '@/features/cohorts/components/SaveTemplateForm';
import { ScheduleEditor } from '@/features/cohorts/components/ScheduleEditor';
import { Roster } from '@/features/roster/components/Roster';
import { errorCode } from '@/lib/errors';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const CohortManagePageQuery = graphql(`
  query CohortManagePage($id: ID!) {
    cohort(id: $id) {
      id
      title
      status
      version
      viewerCanManage
      description
      chapter {
        id
        name
        slug
      }
      seats {
        capacity
        enrolled
        left
        pending
        waitlisted
      }
      ...CohortStatusActions_cohort
      ...EnrollmentControls_cohort
      ...CohortSettings_cohort
      ...ScheduleEditor_cohort
      ...CoMentors_cohort
      ...SessionAgendaLinks_cohort
    }
    modalities {
      id
      code
      name
    }
    myCohorts {
      id
      title
      status
      viewerCanManage
    }
  }
`);

function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <Manage viewer={viewer} />;
}

/** Everything a mentor (or chapter admin) does with one cohort. */
function Manage({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CohortManagePageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const reload = async () => {
    await refetch();
    notifications.show({ color: 'blue', message: 'Loaded the latest version of this cohort. Make your change again.' });
  };

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound || code === ErrorCode.Forbidden) {
      return (
        <Stack maw={640}>
          <PageTitle>{code === ErrorCode.NotFound ? 'Cohort not found' : 'Not your cohort'}</PageTitle>
          <Text>{code === ErrorCode.NotFound ? 'There is no cohort at this address.' : 'Only this cohort’s mentors and its chapter’s admins can manage it.'}</Text>
          <Anchor component={Link} to={paths.home.to()}>
            Go to your home page
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const cohort = data.cohort;
  if (!cohort.viewerCanManage) {
    return (
      <Stack maw={640}>
        <PageTitle>Not your cohort</PageTitle>
        <Text>Only this cohort’s mentors and its chapter’s admins can manage it.</Text>
        <Anchor component={Link} to={paths.cohort.to(cohort.id)}>
          See the cohort’s page
        </Anchor>
      </Stack>
    );
  }
  const moveTargets = data.myCohorts.filter((c) => c.viewerCanManage && c.id !== cohort.id && (c.status === 'DRAFT' || c.status === 'OPEN' || c.status === 'RUNNING'));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle documentTitle={`Manage ${cohort.title}`}>{cohort.title}</PageTitle>
        <Group gap="sm" wrap="wrap">
          <CohortStatusBadge status={cohort.status} />
          <Text size="sm">{cohort.chapter.name}</Text>
          <Anchor component={Link} to={paths.cohort.to(cohort.id)} size="sm">
            View the cohort page
          </Anchor>
          <Anchor component={Link} to={paths.gradebook.to(cohort.id)} size="sm">
            Gradebook
          </Anchor>
          <Anchor component={Link} to={paths.cohortAttendance.to(cohort.id)} size="sm">
            Attendance
          </Anchor>
          <Anchor component={Link} to={paths.cohortReadiness.to(cohort.id)} size="sm">
            Readiness
          </Anchor>
        </Group>
      </Stack>

      <Section id="status-heading" title="Status">
        <CohortStatusActions cohort={cohort} />
      </Section>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Section id="schedule-heading" title="Schedule">
              <ScheduleEditor cohort={cohort} viewerZone={viewer.timeZone} onReload={() => void reload()} />
            </Section>
            <Section id="agendas-heading" title="Session agendas">
              <Text size="sm">Build each session’s agenda from the library: what to read before, during and after it, and when students see it.</Text>
              <SessionAgendaLinks cohort={cohort} plan />
            </Section>
            <Section id="roster-heading" title="Students">
              <Roster
                cohortId={cohort.id}
                cohortTitle={cohort.title}
                viewerZone={viewer.timeZone}
                moveTargets={moveTargets}
              />
            </Section>
            <Section id="announce-heading" title="Announcements">
              <PostAnnouncementForm cohortId={cohort.id} />
              <CohortAnnouncements cohortId={cohort.id} viewerZone={viewer.timeZone} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {cohort.status === 'RUNNING' || cohort.status === 'COMPLETED' ? (
              <Section id="certificates-heading" title="Certificates">
                <CohortCertificates cohortId={cohort.id} status={cohort.status} viewerZone={viewer.timeZone} />
              </Section>
            ) : null}
            <Section id="enrollment-heading" title="Enrollment">
              <EnrollmentControls cohort={cohort} onReload={() => void reload()} />
            </Section>
            <Section
              id="details-heading"
              title="Details"
              actions={
                editing ? null : (
                  <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                    Edit details
                  </Button>
                )
              }
            >
              {editing ? (
                <CohortDetailsForm key={cohort.version} cohort={cohort} modalities={data.modalities} onDone={() => setEditing(false)} onReload={() => void reload()} />
              ) : (
                <Text style={{ whiteSpace: 'pre-wrap' }}>{cohort.description || 'No description yet.'}</Text>
              )}
            </Section>
            <Section id="mentors-heading" title="Mentors">
              <CoMentors cohort={cohort} viewerId={viewer.id} />
            </Section>
            <Section id="template-heading" title="Save as a template">
              <Text size="sm">Start next season from this cohort’s setup: its sessions pattern, titles, seats and modalities.</Text>
              <SaveTemplateForm cohortId={cohort.id} suggestedName={cohort.title} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
