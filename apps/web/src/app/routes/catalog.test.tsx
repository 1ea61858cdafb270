import { screen, waitFor, within } from '@testing-library/react';
import { monthOptions } from '@/features/catalog/components/CatalogFilters';
import { CatalogPageDocument } from '@/gql/graphql';
import { nowUtc } from '@gantry/shared';
import { catalogCohort, modalities, page } from '@/testing/cohorts';
import { viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as CatalogRoute } from './catalog';

function catalogMock(filter: Record<string, string>, nodes: ReturnType<typeof catalogCohort>[], opts: { after?: string; hasNextPage?: boolean; endCursor?: string; totalCount?: number } = {}): Mocks[number] {
  return {
    request: { query: CatalogPageDocument, variables: { filter, first: 12, ...(opts.after ? { after: opts.after } : {}) } },
    result: { data: { catalog: page('CohortPage', nodes, opts), modalities } },
  };
}

describe('catalog', () => {
  it('turns the filters in the URL and the form into the query’s variables, and loads more', async () => {
    // The month options are this month and the next eleven, as the browser's calendar has them.
    const month = monthOptions(nowUtc(), 'America/Chicago')[2]!;
    const second = catalogCohort({ id: 'cohort-2', title: 'MRI safety deep dive', seats: { __typename: 'Seats', left: 0, capacity: 8, waitlisted: 3 } });
    const { user, router } = renderRoutes([{ path: '/cohorts', element: <CatalogRoute /> }], {
      path: '/cohorts?state=CO&modality=CT',
      mocks: [
        viewerMock(null),
        catalogMock({ region: 'CO', modalityCode: 'CT' }, [catalogCohort()], { hasNextPage: true, endCursor: 'cursor-1', totalCount: 2 }),
        catalogMock({ region: 'CO', modalityCode: 'CT' }, [second], { after: 'cursor-1', totalCount: 2 }),
        catalogMock({ region: 'CO', modalityCode: 'CT', startMonth: month.value }, [catalogCohort()]),
        catalogMock({ region: 'CO', modalityCode: 'CT', startMonth: month.value, search: 'MRI' }, []),
      ],
    });

    // Filters from the URL are shown and sent.
    expect(await screen.findByRole('heading', { name: '2 open cohorts, 1 shown' })).toBeInTheDocument();
    const filters = screen.getByRole('search', { name: 'Filter cohorts' });
    expect(within(filters).getByRole('combobox', { name: 'State' })).toHaveValue('Colorado');
    // The select shows its option's label once the modalities have arrived with the answer (a later render).
    await waitFor(() => expect(within(filters).getByRole('combobox', { name: 'Modality' })).toHaveValue('Computed tomography (CT)'));

    // A card: chapter, modalities, seats and the first sessions in the visitor's (browser's) zone.
    const card = screen.getByRole('article', { name: 'CRES study group — CT and MRI' });
    expect(card).toHaveTextContent('CABMET · Colorado');
    expect(within(card).getByText('CT')).toBeInTheDocument();
    expect(within(card).getByTestId('seats')).toHaveTextContent('4 seats left of 12');
    expect(card).toHaveTextContent('Tue, Jan 8, 8:00 PM CST (7:00 PM MST cohort time)');
    expect(card).toHaveTextContent('…and 2 more sessions');
    expect(within(card).getByRole('link', { name: 'CRES study group — CT and MRI' })).toHaveAttribute('href', '/cohorts/cohort-1');

    // "Load more" asks for the next page and appends it.
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    const full = await screen.findByRole('article', { name: 'MRI safety deep dive' });
    expect(within(full).getByTestId('seats')).toHaveTextContent('Full — 3 on the waitlist');
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    // A start month: applied at once and kept in the URL.
    await user.click(within(filters).getByRole('combobox', { name: 'Starts in' }));
    await user.click(await screen.findByRole('option', { name: month.label }));
    expect(await screen.findByRole('heading', { name: '1 open cohort' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?state=CO&modality=CT&month=${month.value}`);

    // The search applies on submit.
    await user.type(within(filters).getByRole('searchbox', { name: 'Search' }), 'MRI');
    await user.click(within(filters).getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/No open cohort matches these filters/)).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?state=CO&modality=CT&month=${month.value}&q=MRI`);
  });
});
