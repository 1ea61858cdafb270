import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Button, Collapse, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { DomainCounts } from '@/features/questions/components/DomainCounts';
import { NoBankAccess } from '@/features/questions/components/NoBankAccess';
import {
  QuestionFilters,
  questionFilterInput,
  readQuestionFilters,
  writeQuestionFilters,
  type QuestionFilterValues,
} from '@/features/questions/components/QuestionFilters';
import { QuestionResult } from '@/features/questions/components/QuestionResult';
import { sharedRoles, useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const QuestionBankTaxonomyQuery = graphql(`
  query QuestionBankTaxonomy {
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
    myChapters {
      id
      name
    }
  }
`);

const QuestionsPageQuery = graphql(`
  query QuestionsPage($filter: QuestionFilter, $first: Int, $after: String) {
    questions(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        ...QuestionResult_question
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const QUESTIONS_PAGE_SIZE = 25;

function resultsHeading(total: number, shown: number, q: string | null): string {
  const count = q ? `${total === 1 ? '1 match' : `${total} matches`} for “${q}”` : total === 1 ? '1 question' : `${total} questions`;
  return shown < total ? `${count}, ${shown} shown` : count;
}

/** The export link for a format with the page's filters (the API reads codes or ids). */
function exportHref(format: 'gift' | 'aiken' | 'csv', f: QuestionFilterValues): string {
  const href = paths.questionExport.to(format, { domain: f.domain, modality: f.modality, status: f.status, scope: f.scope });
  // The export also narrows by words and difficulty, like the list.
  const url = new URL(href, 'http://x');
  if (f.q) url.searchParams.set('q', f.q);
  if (f.difficulty) url.searchParams.set('difficulty', f.difficulty);
  return url.pathname + url.search;
}

/** The question bank: search and filter the questions the viewer can use, import and export them. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)) return <NoBankAccess />;
  return <QuestionBank />;
}

function QuestionBank() {
  const [params, setParams] = useSearchParams();
  const filters = readQuestionFilters(params);
  const taxonomy = useQuery(QuestionBankTaxonomyQuery, { fetchPolicy: 'cache-first' });
  const modalities = taxonomy.data?.modalities ?? [];
  const domains = taxonomy.data?.examDomains ?? [];
  const chapters = taxonomy.data?.myChapters ?? [];
  const filter = questionFilterInput(filters, modalities, domains);
  const { data, error, loading, refetch, fetchMore } = useQuery(QuestionsPageQuery, {
    variables: { filter, first: QUESTIONS_PAGE_SIZE },
    // Codes in the URL become ids once the taxonomy is here.
    skip: !taxonomy.data,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [countsOpen, setCountsOpen] = useState(false);
  const page = data?.questions;
  const filtered = Object.values(filters).some(Boolean);
  const failed = (error && !data) || (taxonomy.error && !taxonomy.data);

  // Each search is a history entry, so back and forward move between searches.
  const setFilters = (next: QuestionFilterValues) => setParams(writeQuestionFilters(next));

  const loadMore = () => {
    if (!page) return;
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const seen = new Set(prev.questions.nodes.map((n) => n.id));
        return {
          ...prev,
          questions: { ...fetchMoreResult.questions, nodes: [...prev.questions.nodes, ...fetchMoreResult.questions.nodes.filter((n) => !seen.has(n.id))] },
        };
      },
    });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem' }}>
          <PageTitle documentTitle="Question bank">Question bank</PageTitle>
          <Text>
            Multiple-choice questions for practice quizzes and mock exams, tagged by exam domain and modality: your drafts, your chapters’ banks, and the platform bank.
            Only reviewed questions reach students.
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button component={Link} to={paths.newQuestion.to()}>
            New question
          </Button>
          <Button component={Link} to={paths.questionImport.to()} variant="default">
            Import
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" aria-describedby="export-help">
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{filtered ? 'The questions matching this search' : 'Every question you can use'}</Menu.Label>
              <Menu.Item component="a" href={exportHref('gift', filters)} download>
                GIFT (Moodle)
              </Menu.Item>
              <Menu.Item component="a" href={exportHref('aiken', filters)} download>
                Aiken
              </Menu.Item>
              <Menu.Item component="a" href={exportHref('csv', filters)} download>
                CSV
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Text id="export-help" hidden>
            Exports the questions matching the current search and filters.
          </Text>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <QuestionFilters value={filters} onChange={setFilters} modalities={modalities} domains={domains} />
      </Paper>
      {failed ? <QueryError error={error ?? taxonomy.error} onRetry={() => void (taxonomy.error ? taxonomy.refetch() : refetch())} /> : null}
      {!data && !failed ? <Loading label="Searching the bank…" /> : null}
      {taxonomy.data && domains.length ? (
        <section aria-labelledby="domain-counts-heading">
          <Group gap="sm">
            <Title order={2} size="h4" id="domain-counts-heading">
              Questions per domain
            </Title>
            <Button variant="subtle" size="xs" onClick={() => setCountsOpen((o) => !o)} aria-expanded={countsOpen} aria-controls="domain-counts">
              {countsOpen ? 'Hide' : 'Show'}
            </Button>
          </Group>
          <Collapse expanded={countsOpen} id="domain-counts">
            {countsOpen ? <DomainCounts filter={filter} domains={domains} /> : null}
          </Collapse>
        </section>
      ) : null}
      {page ? (
        <section aria-labelledby="question-results">
          <Title order={2} size="h4" id="question-results" mb="sm" aria-live="polite">
            {resultsHeading(page.totalCount, page.nodes.length, filters.q)}
          </Title>
          {page.nodes.length === 0 ? (
            filtered ? (
              <EmptyState>No question matches. Try other words, or clear the filters.</EmptyState>
            ) : (
              <EmptyState>The bank is empty. Write the first question with “New question”, or import a file.</EmptyState>
            )
          ) : (
            <Stack gap="sm">
              {page.nodes.map((q) => (
                <QuestionResult key={q.id} question={q} chapters={chapters} />
              ))}
            </Stack>
          )}
          {page.pageInfo.hasNextPage ? (
            <Group mt="md">
              <Button variant="default" loading={loading} onClick={loadMore}>
                Load more
              </Button>
            </Group>
          ) : null}
        </section>
      ) : null}
    </Stack>
  );
}
