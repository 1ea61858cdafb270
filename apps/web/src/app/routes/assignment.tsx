import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, nowUtc, runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql, type FragmentType } from '@/gql';
import { FilePreview, type FilePreviewFragment } from '@/features/files/components/FilePreview';
import { FileUpload } from '@/features/files/components/FileUpload';
import { QuizPanel } from '@/features/practice/components/QuizPanel';
import { AssignmentDueFacts, AssignmentInstructions } from '@/features/submissions/components/AssignmentDetails';
import { SubmissionFeedback } from '@/features/submissions/components/SubmissionFeedback';
import { SubmissionHistory } from '@/features/submissions/components/SubmissionHistory';
import { SubmissionWorkspace } from '@/features/submissions/components/SubmissionWorkspace';
import { errorCode } from '@/lib/errors';
import { plural } from '@/lib/format';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const AssignmentPageQuery = graphql(`
  query AssignmentPage($id: ID!) {
    assignment(id: $id) {
      id
      title
      published
      kind
      session {
        id
        number
        title
        cohort {
          id
          title
          timeZone
          viewerCanManage
          viewerEnrollment {
            id
            status
          }
        }
      }
      submissionCounts {
        enrolled
        submitted
        late
        returned
        missing
      }
      ...AssignmentDetails_assignment
      ...SubmissionWorkspace_assignment
      ...SubmissionFeedback_assignment
      viewerSubmission {
        id
        ...SubmissionHistory_submission
        # Fresh signed links with every answer (they expire in minutes).
        versions {
          id
          files {
            id
            ...FilePreview_file
          }
        }
      }
    }
  }
`);

export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />; // RequireAuth guarantees a viewer; this is for the type.
  return <AssignmentPage viewer={viewer} />;
}

/**
 * One assignment. Enrolled students read it, write or attach their answer (autosaved),
 * submit, and see what they handed in and the returned feedback beside it. The cohort's
 * mentors see it read-only with the way to the grading queue.
 */
function AssignmentPage({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const zone = viewer.timeZone ?? runtimeTimeZone();
  // The draft is edited here: start from the server's copy, not an older cached one.
  const { data, error, refetch } = useQuery(AssignmentPageQuery, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  // File links are signed for a few minutes: note when these were fetched.
  const [linksAt, setLinksAt] = useState(() => nowUtc().toMillis());
  const versions = data?.assignment.viewerSubmission?.versions;
  useEffect(() => {
    if (versions) setLinksAt(nowUtc().toMillis());
  }, [versions]);

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) {
      return (
        <Stack maw={640}>
          <PageTitle>Assignment not found</PageTitle>
          <Text>This assignment is not available to you. It may not be published yet, or it belongs to a cohort you are not in.</Text>
          <Anchor component={Link} to={paths.todo.to()}>
            Go to your to-do list
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;

  const a = data.assignment;
  const session = a.session;
  const cohort = session.cohort;
  const manages = cohort.viewerCanManage;
  const enrolled = cohort.viewerEnrollment?.status === 'ENROLLED';
  const files = new Map<string, FragmentType<typeof FilePreviewFragment>>();
  for (const v of a.viewerSubmission?.versions ?? []) for (const f of v.files) files.set(f.id, f);
  const refreshFile = async (fileId: string) => {
    const fresh = await refetch();
    for (const v of fresh.data?.assignment.viewerSubmission?.versions ?? []) for (const f of v.files) if (f.id === fileId) return f;
    return null;
  };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          {/* Long session titles wrap at 375 px (Mantine keeps each crumb on one line). */}
          <Breadcrumbs separator="›" styles={{ breadcrumb: { whiteSpace: 'normal', lineHeight: 1.4 } }}>
            <Anchor component={Link} to={paths.cohort.to(cohort.id)} size="sm">
              {cohort.title}
            </Anchor>
            <Anchor component={Link} to={paths.cohortSession.to(cohort.id, session.id)} size="sm">
              Session {session.number}: {session.title}
            </Anchor>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`${a.title} · ${cohort.title}`}>{a.title}</PageTitle>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Homework for{' '}
            <Anchor component={Link} to={paths.cohortSession.to(cohort.id, session.id)} inherit underline="always">
              session {session.number}
            </Anchor>
          </Text>
          {!a.published ? (
            <Badge variant="outline" color="gray.8">
              Not published: students do not see it yet
            </Badge>
          ) : null}
        </Group>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <AssignmentInstructions assignment={a} />
            {a.kind === 'QUIZ' ? <QuizPanel assignmentId={a.id} canTake={enrolled && !manages} viewerZone={zone} /> : null}
            {enrolled && !manages && a.kind !== 'QUIZ' ? (
              <SubmissionWorkspace
                key={a.id}
                assignment={a}
                viewerId={viewer.id}
                viewerZone={zone}
                onReload={() => refetch()}
                renderUpload={({ label, onUploaded }) => <FileUpload purpose="SUBMISSION" label={label} onUploaded={onUploaded} />}
              />
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <AssignmentDueFacts assignment={a} viewerZone={zone} cohortZone={cohort.timeZone} />
            {manages ? (
              <Paper withBorder p="lg" component="section" aria-labelledby="grading-heading">
                <Stack gap="xs">
                  <Title order={2} size="h3" id="grading-heading">
                    Submissions
                  </Title>
                  {a.submissionCounts ? (
                    <Text size="sm" data-testid="submission-counts">
                      {a.submissionCounts.submitted} of {plural(a.submissionCounts.enrolled, 'student')} handed in
                      {a.submissionCounts.late ? ` (${a.submissionCounts.late} late)` : ''}, {a.submissionCounts.returned} returned.
                    </Text>
                  ) : null}
                  <Text size="sm">You see this assignment as its students do, without the answer editor.</Text>
                  <Group>
                    <Button component={Link} to={paths.gradeAssignment.to(a.id)}>
                      Open the grading queue
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ) : null}
            {enrolled && !manages ? <SubmissionFeedback assignment={a} viewerZone={zone} /> : null}
            {enrolled && !manages && a.viewerSubmission ? (
              <SubmissionHistory
                submission={a.viewerSubmission}
                viewerZone={zone}
                renderFile={(file, number) => {
                  const ref = files.get(file.id);
                  return ref ? <FilePreview file={ref} title={`${file.filename} (version ${number})`} loadedAt={linksAt} onRefresh={() => refreshFile(file.id)} /> : <Text size="sm">{file.filename}</Text>;
                }}
              />
            ) : null}
            {!enrolled && !manages ? (
              <Paper withBorder p="lg">
                <Text size="sm">Only the cohort’s enrolled students hand in work here.</Text>
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
