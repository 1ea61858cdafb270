import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { AttendanceChart } from '@/features/attendance/components/AttendanceChart';
import { AttendanceGridTable, readGrid } from '@/features/attendance/components/AttendanceGridTable';
import { AttendanceRuleForm } from '@/features/attendance/components/AttendanceRuleForm';
import { errorCode } from '@/lib/errors';
import { paths } from '@/paths';
import { appendStudentRows } from '@/lib/paging';

/** Students per page of the grid. */
export const ATTENDANCE_PAGE_SIZE = 25;

const CohortAttendancePageQuery = graphql(`
  query CohortAttendancePage($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      id
      title
      viewerCanManage
      attendanceRule {
        certificateMinPercent
      }
      ...AttendanceRuleForm_cohort
    }
    cohortAttendance(cohortId: $id, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      ...AttendanceGridTable_grid
    }
  }
`);


/**
 * A cohort's attendance: every student × every session (status and minutes), contact
 * hours per student against the certificate's share, attendance per session as a chart,
 * the cohort's attendance rule, and the same table as a CSV download.
 */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, refetch, fetchMore, loading } = useQuery(CohortAttendancePageQuery, {
    variables: { id, first: ATTENDANCE_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Cohort not found">There is no cohort at this address.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort" cohortId={id}>Only this cohort’s mentors and its chapter’s admins can see its attendance.</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading label="Loading attendance…" />;
  const cohort = data.cohort;
  if (!cohort.viewerCanManage) {
    return (
      <NotYours title="Not your cohort" cohortId={cohort.id}>
        Only this cohort’s mentors and its chapter’s admins can see its attendance.
      </NotYours>
    );
  }
  const page = data.cohortAttendance;
  const grid = readGrid(page);
  const more = page.pageInfo.hasNextPage;

  const loadMore = () =>
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        // One list of students across pages (the data is whole at run time; the types mask the fragment).
        const merged = { ...fetchMoreResult.cohortAttendance, ...appendStudentRows(readGrid(prev.cohortAttendance), readGrid(fetchMoreResult.cohortAttendance)) };
        return { ...prev, cohortAttendance: merged as typeof fetchMoreResult.cohortAttendance };
      },
    });

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.manageCohort.to(cohort.id)} size="sm">
              Manage {cohort.title}
            </Anchor>
            <Text size="sm" aria-current="page">
              Attendance
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`Attendance · ${cohort.title}`}>Attendance</PageTitle>
        <Group gap="md" wrap="wrap">
          <Text size="sm">{cohort.title}</Text>
          <Anchor href={paths.attendanceCsv.to(cohort.id)} download size="sm" fw={600}>
            Download CSV
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          Each session’s heading opens its live roster; import a session’s Zoom report from under its heading.
        </Text>
      </Stack>

      <Paper withBorder p="md" component="section" aria-label="Attendance by student">
        <Stack gap="sm">
          <AttendanceGridTable grid={grid} cohortId={cohort.id} title={cohort.title} certificateMinPercent={cohort.attendanceRule.certificateMinPercent} />
          {grid.rows.length ? (
            <Group gap="sm">
              <Text size="sm" data-testid="attendance-shown">
                Showing {grid.rows.length} of {grid.totalCount}
              </Text>
              {more ? (
                <Button variant="default" size="xs" onClick={loadMore} loading={loading}>
                  Load more students
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Paper>

      {grid.rows.length && grid.sessions.length ? (
        <Paper withBorder p="md" component="section" aria-labelledby="per-session-heading">
          <Title order={2} size="h3" id="per-session-heading" mb="xs">
            Per session
          </Title>
          <AttendanceChart grid={grid} partial={more} />
        </Paper>
      ) : null}

      <Paper withBorder p="md" component="section" aria-labelledby="rule-heading">
        <Title order={2} size="h3" id="rule-heading" mb="xs">
          Attendance rule
        </Title>
        <AttendanceRuleForm cohort={cohort} />
      </Paper>
    </Stack>
  );
}
