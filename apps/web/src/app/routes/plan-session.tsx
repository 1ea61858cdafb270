import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { SessionTime } from '@/components/SessionTime';
import { graphql } from '@/gql';
import { AgendaEditor } from '@/features/agenda/components/AgendaEditor';
import { CoveragePanel } from '@/features/agenda/components/CoveragePanel';
import { RecordingForm } from '@/features/agenda/components/RecordingForm';
import { SessionAssignments } from '@/features/assignments/components/SessionAssignments';
import { QuizBuilder } from '@/features/practice/components/QuizBuilder';
import { errorCode } from '@/lib/errors';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const PlanSessionPageQuery = graphql(`
  query PlanSessionPage($id: ID!) {
    cohort(id: $id) {
      id
      title
      timeZone
      viewerCanManage
      modalities {
        id
        code
        name
      }
      sessions {
        id
        number
        title
        startsAt
        status
        ...AgendaEditor_session
        ...RecordingForm_session
        ...SessionAssignments_session
      }
      ...CoveragePanel_cohort
    }
    modalities {
      id
      code
      name
    }
    examDomains {
      id
      code
      name
    }
  }
`);


export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <Plan viewer={viewer} />;
}

/**
 * The mentor's plan for one session: its agenda (built from the library, reordered by
 * drag or keyboard, with release rules) beside what the cohort's agendas cover, and the
 * recording links for after the session.
 */
function Plan({ viewer }: { viewer: Viewer }) {
  const { id = '', sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(PlanSessionPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Session not found">There is no cohort at this address.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort">Only this cohort’s mentors and its chapter’s admins can plan its sessions.</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const cohort = data.cohort;
  if (!cohort.viewerCanManage) {
    return (
      <NotYours title="Not your cohort" cohortId={cohort.id}>
        Only this cohort’s mentors and its chapter’s admins can plan its sessions.
      </NotYours>
    );
  }
  const session = cohort.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return (
      <NotYours title="Session not found" cohortId={cohort.id}>
        This cohort has no such session. It may have been removed.
      </NotYours>
    );
  }
  const heading = `Plan session ${session.number}: ${session.title}`;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.manageCohort.to(cohort.id)} size="sm">
              Manage {cohort.title}
            </Anchor>
            <Text size="sm" aria-current="page">
              Plan session {session.number}
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`${heading} · ${cohort.title}`}>{heading}</PageTitle>
        <Group gap="xs" wrap="wrap">
          <SessionTime startsAt={session.startsAt} viewerZone={viewer.timeZone} cohortZone={cohort.timeZone} cancelled={session.status === 'CANCELLED'} />
          {session.status === 'CANCELLED' ? (
            <Badge color="red.9" variant="outline">
              Cancelled
            </Badge>
          ) : null}
          <Anchor component={Link} to={paths.cohortSession.to(cohort.id, session.id)} size="sm">
            See the session page
          </Anchor>
          <Anchor component={Link} to={paths.sessionRoster.to(cohort.id, session.id)} size="sm">
            Live roster
          </Anchor>
        </Group>
        <nav aria-label="Other sessions">
          <Group gap="xs" wrap="wrap">
            <Text size="sm">Sessions:</Text>
            {cohort.sessions.map((s) =>
              s.id === session.id ? (
                <Text key={s.id} size="sm" fw={700} aria-current="page">
                  {s.number}
                </Text>
              ) : (
                <Anchor key={s.id} component={Link} to={paths.planSession.to(cohort.id, s.id)} size="sm" aria-label={`Plan session ${s.number}: ${s.title}`}>
                  {s.number}
                </Anchor>
              ),
            )}
          </Group>
        </nav>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="lg" component="section" aria-labelledby="plan-agenda-heading">
            <Title order={2} size="h3" id="plan-agenda-heading" mb="sm">
              Agenda
            </Title>
            <AgendaEditor
              // A different session is a different draft.
              key={session.id}
              session={session}
              viewerZone={viewer.timeZone}
              cohortZone={cohort.timeZone}
              modalities={data.modalities}
              domains={data.examDomains}
              defaultModalityCodes={cohort.modalities.map((m) => m.code)}
            />
          </Paper>
          <Paper withBorder p="lg" component="section" aria-labelledby="plan-homework-heading" mt="lg">
            <Group justify="space-between" align="center" mb="sm" gap="xs">
              <Title order={2} size="h3" id="plan-homework-heading">
                Homework
              </Title>
              <Anchor component={Link} to={paths.gradebook.to(cohort.id)} size="sm">
                Open the gradebook
              </Anchor>
            </Group>
            <SessionAssignments
              key={session.id}
              session={session}
              cohortId={cohort.id}
              sessions={cohort.sessions}
              viewerZone={viewer.timeZone}
              cohortZone={cohort.timeZone}
              onReload={() => refetch()}
              renderQuizEditor={(p) => <QuizBuilder {...p} />}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="coverage-heading">
              <Title order={2} size="h3" id="coverage-heading" mb={4}>
                Coverage
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                What this cohort’s saved agendas cover, across all its sessions.
              </Text>
              <CoveragePanel cohort={cohort} />
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="recording-heading">
              <Title order={2} size="h3" id="recording-heading" mb="sm">
                Recording and slides
              </Title>
              <RecordingForm key={session.id} session={session} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
