import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { GradebookTable } from '@/features/grading/components/GradebookTable';
import { errorCode } from '@/lib/errors';
import { paths } from '@/paths';

const GradebookPageQuery = graphql(`
  query GradebookPage($id: ID!) {
    cohort(id: $id) {
      id
      title
      viewerCanManage
    }
    gradebook(cohortId: $id) {
      ...GradebookTable_gradebook
    }
  }
`);


/**
 * A cohort's gradebook: every enrolled student × every published assignment, each cell a
 * way into the grading queue, and the same table as a CSV download.
 */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(GradebookPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Cohort not found">There is no cohort at this address.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort" cohortId={id}>Only this cohort’s mentors and its chapter’s admins can see its gradebook.</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const cohort = data.cohort;
  if (!cohort.viewerCanManage) {
    return (
      <NotYours title="Not your cohort" cohortId={cohort.id}>
        Only this cohort’s mentors and its chapter’s admins can see its gradebook.
      </NotYours>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.manageCohort.to(cohort.id)} size="sm">
              Manage {cohort.title}
            </Anchor>
            <Text size="sm" aria-current="page">
              Gradebook
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`Gradebook · ${cohort.title}`}>Gradebook</PageTitle>
        <Group gap="md" wrap="wrap">
          <Text size="sm">{cohort.title}</Text>
          <Anchor href={paths.gradebookCsv.to(cohort.id)} download size="sm" fw={600}>
            Download CSV
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          A score where the work is graded, else where it stands. The CSV has the same table, with each student’s completion, for a spreadsheet.
        </Text>
      </Stack>
      <Paper withBorder p="md" component="section" aria-label="Grades">
        <GradebookTable gradebook={data.gradebook} title={cohort.title} />
      </Paper>
    </Stack>
  );
}
