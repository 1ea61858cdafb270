import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { runtimeTimeZone } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { CatalogCard } from '@/features/catalog/components/CatalogCard';
import { CatalogFilters, catalogFilterInput, monthOptions, type CatalogFilterValues } from '@/features/catalog/components/CatalogFilters';
import { JoinByCodeForm } from '@/features/enrollment/components/JoinByCodeForm';
import { useNow } from '@/hooks/useNow';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const CatalogPageQuery = graphql(`
  query CatalogPage($filter: CatalogFilterInput, $first: Int, $after: String) {
    catalog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        ...CatalogCard_cohort
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
  }
`);

export const CATALOG_PAGE_SIZE = 12;

function readFilters(params: URLSearchParams): CatalogFilterValues {
  // A mangled month in a shared link is ignored rather than failing the whole page.
  const month = params.get('month');
  return { state: params.get('state'), modality: params.get('modality'), month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null, q: params.get('q') };
}

/** The catalog of open cohorts across chapters. Public; filters live in the URL. */
export function Component() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const now = useNow(60_000);
  const filters = readFilters(params);
  const { data, error, loading, refetch, fetchMore } = useQuery(CatalogPageQuery, {
    variables: { filter: catalogFilterInput(filters), first: CATALOG_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.catalog;

  const setFilters = (next: CatalogFilterValues) => {
    const query = new URLSearchParams();
    if (next.state) query.set('state', next.state);
    if (next.modality) query.set('modality', next.modality);
    if (next.month) query.set('month', next.month);
    if (next.q) query.set('q', next.q);
    setParams(query, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle documentTitle="Find a cohort">Find a cohort</PageTitle>
        <Text>CRES study groups run by chapters across the country, meeting live online. Times are shown in your time zone ({zone.replace(/_/g, ' ')}).</Text>
      </Stack>
      <Paper withBorder p="md">
        <CatalogFilters value={filters} onChange={setFilters} modalities={data?.modalities ?? []} months={monthOptions(now, zone)} />
      </Paper>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading label="Loading cohorts…" /> : null}
      {page ? (
        <section aria-labelledby="catalog-results">
          <Title order={2} size="h4" id="catalog-results" mb="sm" aria-live="polite">
            {page.totalCount === 1 ? '1 open cohort' : `${page.totalCount} open cohorts`}
            {page.nodes.length < page.totalCount ? `, ${page.nodes.length} shown` : ''}
          </Title>
          {page.nodes.length === 0 ? (
            <EmptyState>No open cohort matches these filters. Try another month or state, or clear the filters.</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {page.nodes.map((c) => (
                <CatalogCard key={c.id} cohort={c} viewerZone={zone} now={now} />
              ))}
            </SimpleGrid>
          )}
          {page.pageInfo.hasNextPage ? (
            <Group mt="md">
              <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
                Load more
              </Button>
            </Group>
          ) : null}
        </section>
      ) : null}
      {viewer ? (
        <Paper withBorder p="md" component="section" aria-labelledby="invite-code-heading">
          <Title order={2} size="h4" id="invite-code-heading" mb="xs">
            Have an invite code?
          </Title>
          <JoinByCodeForm onJoined={(o) => navigate(paths.cohort.to(o.cohortId))} />
        </Paper>
      ) : null}
    </Stack>
  );
}
