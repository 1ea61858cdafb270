import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, nowUtc } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { SessionTime } from '@/components/SessionTime';
import { graphql } from '@/gql';
import { FilePreview } from '@/features/files/components/FilePreview';
import { ExtensionForm } from '@/features/grading/components/ExtensionForm';
import { GradeForm } from '@/features/grading/components/GradeForm';
import { GradingQueue, standing, StatusBadge } from '@/features/grading/components/GradingQueue';
import { SubmissionView } from '@/features/grading/components/SubmissionView';
import { errorCode } from '@/lib/errors';
import { plural } from '@/lib/format';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const GradeAssignmentPageQuery = graphql(`
  query GradeAssignmentPage($id: ID!) {
    assignment(id: $id) {
      id
      title
      points
      dueAt
      dueDescription
      latePolicy
      published
      rubric {
        id
        title
        description
        points
      }
      session {
        id
        number
        title
        cohort {
          id
          title
          timeZone
          viewerCanManage
        }
      }
    }
    gradingQueue(assignmentId: $id) {
      extensionDueAt
      student {
        id
        displayName
      }
      ...GradingQueue_entry
      submission {
        id
        ...SubmissionView_submission
        ...GradeForm_submission
        versions {
          id
          files {
            id
            filename
            ...FilePreview_file
          }
        }
      }
    }
  }
`);


export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <GradeAssignment viewer={viewer} />;
}

/**
 * The grading queue of one assignment: every student with where they stand; the selected
 * one's work (files previewed in the page), their grade and feedback, an extension, and
 * the way to the previous and next student. `?student=` says who is open.
 */
function GradeAssignment({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(GradeAssignmentPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // File links are signed for a few minutes: note when these were fetched.
  const [linksAt, setLinksAt] = useState(() => nowUtc().toMillis());
  useEffect(() => {
    if (data) setLinksAt(nowUtc().toMillis());
  }, [data]);

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Assignment not found">There is no assignment at this address, or it is not in a cohort you manage.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort">Only this cohort’s mentors and its chapter’s admins can grade its homework.</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const assignment = data.assignment;
  const session = assignment.session;
  const cohort = session.cohort;
  if (!cohort.viewerCanManage) return <NotYours title="Not your cohort">Only this cohort’s mentors and its chapter’s admins can grade its homework.</NotYours>;

  const entries = data.gradingQueue;
  const wanted = params.get('student');
  const defaultIndex = Math.max(
    0,
    entries.findIndex((e) => {
      const s = standing(e);
      return s.status === 'SUBMITTED' && !s.graded;
    }),
  );
  const foundIndex = wanted ? entries.findIndex((e) => e.student.id === wanted) : -1;
  const index = foundIndex >= 0 ? foundIndex : entries.length ? defaultIndex : -1;
  const entry = index >= 0 ? entries[index] : undefined;
  const selected = entry ? standing(entry) : null;
  const prev = index > 0 ? entries[index - 1] : undefined;
  const next = index >= 0 && index < entries.length - 1 ? entries[index + 1] : undefined;
  const go = (studentId: string) => setParams({ student: studentId });

  const reload = async () => (await refetch()).data;
  const filesOf = (versionId: string) => entry?.submission?.versions.find((v) => v.id === versionId)?.files ?? [];
  const renderFiles = (versionId: string) => (
    <Stack gap="md">
      {filesOf(versionId).map((f) => (
        <FilePreview
          key={f.id}
          file={f}
          title={`${selected?.student.displayName ?? 'Student'}: ${f.filename}`}
          loadedAt={linksAt}
          onRefresh={async () => {
            const fresh = await reload();
            const sub = fresh?.gradingQueue.find((e) => e.student.id === entry?.student.id)?.submission;
            return sub?.versions.find((v) => v.id === versionId)?.files.find((x) => x.id === f.id) ?? null;
          }}
        />
      ))}
    </Stack>
  );
  const heading = `Grade: ${assignment.title}`;
  const criteria = assignment.rubric.map((c) => ({ id: c.id, title: c.title, description: c.description, points: c.points }));

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.manageCohort.to(cohort.id)} size="sm">
              Manage {cohort.title}
            </Anchor>
            <Anchor component={Link} to={paths.planSession.to(cohort.id, session.id)} size="sm">
              Plan session {session.number}
            </Anchor>
            <Text size="sm" aria-current="page">
              Grade
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`${heading} · ${cohort.title}`}>{heading}</PageTitle>
        <Text size="sm">
          Due <SessionTime startsAt={assignment.dueAt} viewerZone={viewer.timeZone} cohortZone={cohort.timeZone} />
          {assignment.dueDescription ? ` — ${assignment.dueDescription}` : ''} ·{' '}
          {assignment.points === null || assignment.points === undefined ? 'ungraded' : plural(assignment.points, 'point')}
          {assignment.published ? '' : ' · draft (students do not see it yet)'}
        </Text>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={paths.assignment.to(assignment.id)} size="sm">
            Open the assignment
          </Anchor>
          <Anchor component={Link} to={paths.gradebook.to(cohort.id)} size="sm">
            Gradebook
          </Anchor>
        </Group>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="queue-heading">
            <Title order={2} size="h3" id="queue-heading" mb="xs">
              Students
            </Title>
            <GradingQueue assignmentId={assignment.id} entries={entries} selectedId={entry?.student.id ?? null} points={assignment.points ?? null} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {entry && selected ? (
            <Stack gap="lg">
              <Paper withBorder p="md" component="section" aria-labelledby="student-heading">
                <Stack gap="md">
                  <Group justify="space-between" gap="sm" wrap="wrap">
                    <Group gap="xs" wrap="wrap">
                      <Title order={2} size="h3" id="student-heading" style={{ overflowWrap: 'anywhere' }}>
                        {selected.student.displayName}
                      </Title>
                      <StatusBadge status={selected.status} late={selected.late} />
                    </Group>
                    <Group gap="xs" component="nav" aria-label="Students in the queue">
                      <Button size="xs" variant="default" data-disabled={!prev || undefined} aria-disabled={!prev} onClick={() => prev && go(prev.student.id)}>
                        Previous student
                      </Button>
                      <Button size="xs" variant="default" data-disabled={!next || undefined} aria-disabled={!next} onClick={() => next && go(next.student.id)}>
                        Next student
                      </Button>
                    </Group>
                  </Group>
                  <Text size="sm" c="dimmed" data-testid="queue-position">
                    Student {index + 1} of {entries.length}
                    {selected.student.email ? ` · ${selected.student.email}` : ''}
                  </Text>
                  {entry.submission ? (
                    <SubmissionView
                      key={entry.submission.id}
                      submission={entry.submission}
                      studentName={selected.student.displayName}
                      viewerZone={viewer.timeZone}
                      cohortZone={cohort.timeZone}
                      renderFiles={renderFiles}
                    />
                  ) : (
                    <Text size="sm">{selected.student.displayName} has not started this assignment.</Text>
                  )}
                </Stack>
              </Paper>

              {entry.submission && (selected.status === 'SUBMITTED' || selected.status === 'RETURNED') ? (
                <Paper withBorder p="md" component="section" aria-labelledby="grade-heading">
                  <Title order={2} size="h3" id="grade-heading" mb="sm">
                    Grade and feedback
                  </Title>
                  <GradeForm
                    key={entry.submission.id}
                    submission={entry.submission}
                    assignmentId={assignment.id}
                    points={assignment.points ?? null}
                    rubric={criteria}
                    studentName={selected.student.displayName}
                    viewerZone={viewer.timeZone}
                    cohortZone={cohort.timeZone}
                    onReload={reload}
                  />
                </Paper>
              ) : null}

              <Paper withBorder p="md" component="section" aria-labelledby="extension-heading">
                <Title order={2} size="h3" id="extension-heading" mb="sm">
                  Extension
                </Title>
                <ExtensionForm
                  key={`${entry.student.id}-${entry.extensionDueAt ?? ''}`}
                  assignmentId={assignment.id}
                  studentId={entry.student.id}
                  studentName={selected.student.displayName}
                  dueAt={assignment.dueAt}
                  extensionDueAt={entry.extensionDueAt ?? null}
                  viewerZone={viewer.timeZone}
                  cohortZone={cohort.timeZone}
                  onChanged={reload}
                />
              </Paper>
            </Stack>
          ) : (
            <Paper withBorder p="md">
              <Text>No students are enrolled in this cohort yet, so there is nothing to grade.</Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
