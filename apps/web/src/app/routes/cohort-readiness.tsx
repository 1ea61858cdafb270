import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { ReadinessHeatmap, readHeatmap } from '@/features/readiness/components/ReadinessHeatmap';
import { ScoreBars } from '@/features/readiness/components/ScoreBars';
import { WeakestDomains } from '@/features/readiness/components/WeakestDomains';
import { errorCode } from '@/lib/errors';
import { paths } from '@/paths';
import { appendStudentRows } from '@/lib/paging';

/** Students per page of the heatmap. */
export const READINESS_PAGE_SIZE = 50;

const CohortReadinessPageQuery = graphql(`
  query CohortReadinessPage($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      id
      title
      viewerCanManage
      nextSession {
        id
        number
      }
    }
    cohortReadiness(cohortId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      weakest {
        ...WeakestDomains_cell
      }
      ...ReadinessHeatmap_readiness
    }
  }
`);


const NOT_YOURS = 'Only this cohort’s mentors and its chapter’s admins can see its readiness map.';

/**
 * A cohort's readiness for the exam, for its mentors: the three weakest exam domains (to
 * plan the next session around), students × domains as a heatmap, and the whole
 * cohort's score per domain as bars.
 */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, refetch, fetchMore, loading } = useQuery(CohortReadinessPageQuery, {
    variables: { id, first: READINESS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Cohort not found">There is no cohort at this address.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort" cohortId={id}>{NOT_YOURS}</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading label="Loading the readiness map…" />;
  const cohort = data.cohort;
  if (!cohort.viewerCanManage) return <NotYours title="Not your cohort" cohortId={cohort.id}>{NOT_YOURS}</NotYours>;

  const page = data.cohortReadiness;
  const heatmap = readHeatmap(page);
  const more = page.pageInfo.hasNextPage;
  const loadMore = () =>
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        // One list of students across pages (the data is whole at run time; the types mask the fragment).
        const merged = { ...fetchMoreResult.cohortReadiness, ...appendStudentRows(readHeatmap(prev.cohortReadiness), readHeatmap(fetchMoreResult.cohortReadiness)) };
        return { ...prev, cohortReadiness: merged as typeof fetchMoreResult.cohortReadiness };
      },
    });
  const domainRows = heatmap.domains.map((d, i) => {
    const c = heatmap.cohortCells.find((x) => x.domain.id === d.id) ?? heatmap.cohortCells[i];
    return { key: d.id, label: d.name, correct: c?.correct ?? 0, total: c?.total ?? 0, percent: c?.percent };
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
              Readiness
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`Readiness · ${cohort.title}`}>Readiness</PageTitle>
        <Text size="sm">{cohort.title}</Text>
        <Text size="sm" c="dimmed">
          Answers in submitted practice quizzes of this cohort and mock exams taken for it, by its enrolled students.
        </Text>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="weakest-heading">
        <Title order={2} size="h3" id="weakest-heading" mb="xs">
          Weakest domains
        </Title>
        <WeakestDomains weakest={page.weakest} cohortId={cohort.id} nextSession={cohort.nextSession} />
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="heatmap-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="heatmap-heading">
            Students × domains
          </Title>
          <ReadinessHeatmap data={heatmap} title={cohort.title} />
          {heatmap.rows.length ? (
            <Group gap="sm">
              <Text size="sm" data-testid="readiness-shown">
                Showing {heatmap.rows.length} of {page.totalCount}
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

      {heatmap.domains.length ? (
        <Paper withBorder p="md" component="section" aria-labelledby="cohort-bars-heading">
          <Title order={2} size="h3" id="cohort-bars-heading" mb="xs">
            The whole cohort by domain
          </Title>
          <ScoreBars rows={domainRows} caption="The cohort’s score by exam domain" what="Exam domain" testId="cohort-scores" />
        </Paper>
      ) : null}
    </Stack>
  );
}
