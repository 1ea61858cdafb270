import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { graphql } from '@/gql';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { formatPercent, joinNames, type ScoreRow } from '../model';
import { ScoreBars } from './ScoreBars';

const ChapterReadinessViewerQuery = graphql(`
  query ChapterReadinessViewer {
    viewer {
      id
      isPlatformAdmin
      memberships {
        id
        chapterId
        role
      }
    }
  }
`);

const ChapterReadinessQuery = graphql(`
  query ChapterReadiness($chapterId: ID!) {
    chapterReadiness(chapterId: $chapterId) {
      totalCohorts
      cohorts {
        cohortId
        title
        students
        studentsWithData
        answered
        weakest {
          percent
          total
          domain {
            id
            name
          }
        }
        cohortCells {
          correct
          total
          percent
          domain {
            id
            name
          }
        }
      }
    }
  }
`);

function Cohorts({ chapterId }: { chapterId: string }) {
  const { data, error, refetch } = useQuery(ChapterReadinessQuery, { variables: { chapterId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load readiness" />;
  if (!data) return <Loading label="Loading readiness…" />;
  const { cohorts, totalCohorts } = data.chapterReadiness;
  if (cohorts.length === 0) return <EmptyState>No cohorts to show yet: drafts and cancelled cohorts are left out.</EmptyState>;
  return (
    <Stack gap="sm">
      {totalCohorts > cohorts.length ? (
        <Text size="sm">
          The {cohorts.length} newest of {totalCohorts} cohorts.
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {cohorts.map((c) => {
          const headingId = `chapter-readiness-${c.cohortId}`;
          const weakest = c.weakest.filter((w) => w.total > 0);
          const rows: ScoreRow[] = c.cohortCells.map((cell) => ({ key: cell.domain.id, label: cell.domain.name, correct: cell.correct, total: cell.total, percent: cell.percent }));
          return (
            <Paper key={c.cohortId} withBorder p="sm" component="article" aria-labelledby={headingId} data-testid="chapter-readiness-cohort">
              <Stack gap={6}>
                <Title order={3} size="h5" id={headingId}>
                  <Anchor component={Link} to={paths.cohortReadiness.to(c.cohortId)} inherit>
                    {c.title}
                  </Anchor>
                </Title>
                <Text size="xs" c="dimmed">
                  {plural(c.students, 'student')} · {c.studentsWithData} with answers · {plural(c.answered, 'answer')}
                </Text>
                <Text size="sm" data-testid="chapter-readiness-weakest">
                  {weakest.length
                    ? `Weakest: ${joinNames(weakest.map((w) => `${w.domain.name} (${formatPercent(w.percent)})`))}.`
                    : 'No answers yet.'}
                </Text>
                {weakest.length ? <ScoreBars rows={rows} caption={`${c.title}: score by exam domain`} what="Exam domain" testId="chapter-readiness" compact /> : null}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * For the chapter's admins (and platform admins): every cohort's weakest exam domains and
 * its scores per domain, each cohort a way into its heatmap. Nothing for anyone else (the
 * API refuses them too).
 */
export function ChapterReadinessSection({ chapterId }: { chapterId: string }) {
  const { data } = useQuery(ChapterReadinessViewerQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer;
  const admin = !!viewer && (viewer.isPlatformAdmin || viewer.memberships.some((m) => m.chapterId === chapterId && m.role === 'CHAPTER_ADMIN'));
  if (!admin) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="chapter-readiness-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="chapter-readiness-heading">
          Readiness across cohorts
        </Title>
        <Text size="sm" c="dimmed">
          Practice-quiz and mock-exam answers by each cohort’s students, per exam domain. Open a cohort for its students × domains heatmap.
        </Text>
        <Cohorts chapterId={chapterId} />
      </Stack>
    </Paper>
  );
}
