import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { LibraryFilters, libraryFilterInput, readLibraryFilters, type LibraryFilterValues } from '@/features/library/components/LibraryFilters';
import { LibraryResult } from '@/features/library/components/LibraryResult';
import { NoLibraryAccess } from '@/features/library/components/NoLibraryAccess';
import { sharedRoles, useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const LibraryPageQuery = graphql(`
  query LibraryPage($filter: MaterialFilterInput, $first: Int, $after: String) {
    materials(filter: $filter, first: $first, after: $after) {
      nodes {
        material {
          id
        }
        ...LibraryResult_hit
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
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
    myChapters {
      id
      name
    }
  }
`);

export const LIBRARY_PAGE_SIZE = 20;

function resultsHeading(total: number, shown: number, q: string | null): string {
  const count = q ? `${total === 1 ? '1 match' : `${total} matches`} for “${q}”` : total === 1 ? '1 item' : `${total} items`;
  return shown < total ? `${count}, ${shown} shown` : count;
}

/** The library: search and filter the readings, links and files the viewer can use. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)) return <NoLibraryAccess />;
  return <Library />;
}

function Library() {
  const [params, setParams] = useSearchParams();
  const filters = readLibraryFilters(params);
  const { data, error, loading, refetch, fetchMore } = useQuery(LibraryPageQuery, {
    variables: { filter: libraryFilterInput(filters), first: LIBRARY_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.materials;
  const chapters = data?.myChapters ?? [];
  const filtered = Object.values(filters).some(Boolean);

  // Each search is a history entry, so back and forward move between searches.
  const setFilters = (next: LibraryFilterValues) => {
    const query = new URLSearchParams();
    for (const key of ['q', 'modality', 'domain', 'kind', 'scope'] as const) {
      const v = next[key];
      if (v) query.set(key, v);
    }
    setParams(query);
  };

  const loadMore = () => {
    if (!page) return;
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      // Hits have no id of their own: append the next page to this search's list.
      updateQuery: (prev, { fetchMoreResult }) => {
        const seen = new Set(prev.materials.nodes.map((n) => n.material.id));
        return {
          ...prev,
          materials: {
            ...fetchMoreResult.materials,
            nodes: [...prev.materials.nodes, ...fetchMoreResult.materials.nodes.filter((n) => !seen.has(n.material.id))],
          },
        };
      },
    });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem' }}>
          <PageTitle documentTitle="Library">Library</PageTitle>
          <Text>Readings, links and files for study groups, tagged by modality and exam domain: your drafts, your chapters’ libraries, and material shared with every chapter.</Text>
        </Stack>
        <Button component={Link} to={paths.newMaterial.to()}>
          New item
        </Button>
      </Group>
      <Paper withBorder p="md">
        <LibraryFilters value={filters} onChange={setFilters} modalities={data?.modalities ?? []} domains={data?.examDomains ?? []} />
      </Paper>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading label="Searching the library…" /> : null}
      {page ? (
        <section aria-labelledby="library-results">
          <Title order={2} size="h4" id="library-results" mb="sm" aria-live="polite">
            {resultsHeading(page.totalCount, page.nodes.length, filters.q)}
          </Title>
          {page.nodes.length === 0 ? (
            filtered ? (
              <EmptyState>Nothing in the library matches. Try other words, or clear the filters.</EmptyState>
            ) : (
              <EmptyState>The library is empty. Add the first reading, link or file with “New item”.</EmptyState>
            )
          ) : (
            <Stack gap="sm">
              {page.nodes.map((hit) => (
                <LibraryResult key={hit.material.id} hit={hit} chapters={chapters} />
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
