import { act, screen, waitFor, within } from '@testing-library/react';
import { LibraryPageDocument } from '@/gql/graphql';
import { examDomains, libraryModalities, material, myChapters } from '@/features/library/testing/fixtures';
import { page } from '@/testing/cohorts';
import { me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as LibraryRoute } from './library';

// The shared 2-core machine can be slow to render Mantine's selects.

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', roles: ['MENTOR', 'STUDENT'] });

function hit(id: string, title: string, headline: string | null, overrides: Record<string, unknown> = {}) {
  return { __typename: 'MaterialSearchHit' as const, headline, material: material({ id, title, ...overrides }) };
}

function libraryMock(filter: Record<string, unknown>, nodes: ReturnType<typeof hit>[], opts: { after?: string; hasNextPage?: boolean; endCursor?: string; totalCount?: number } = {}): Mocks[number] {
  return {
    request: { query: LibraryPageDocument, variables: { filter, first: 20, ...(opts.after ? { after: opts.after } : {}) } },
    result: { data: { materials: page('MaterialSearchPage', nodes, opts), modalities: libraryModalities, examDomains, myChapters } },
    maxUsageCount: 3,
  };
}

describe('library search', () => {
  it('shows where each result matched with <mark>, keeps the filters in the URL, loads more, and goes back', async () => {
    const helium = hit('m-1', 'Superconducting MRI magnets', 'A magnet holds liquid «helium» near 4 K; a «quench» boils it off. <b>not html</b>');
    const second = hit('m-2', 'MRI safety for service engineers', 'Vent the «helium» outdoors.', { scope: 'PLATFORM', chapterId: null, kind: 'LINK', minutes: 45 });
    const { user, router } = renderRoutes([{ path: '/library', element: <LibraryRoute /> }], {
      path: '/library?q=helium&modality=MRI',
      mocks: [
        viewerMock(mentor),
        libraryMock({ query: 'helium', modalityCodes: ['MRI'] }, [helium], { hasNextPage: true, endCursor: 'c-1', totalCount: 2 }),
        libraryMock({ query: 'helium', modalityCodes: ['MRI'] }, [second], { after: 'c-1', totalCount: 2 }),
        libraryMock({ query: 'helium', modalityCodes: ['MRI'], kinds: ['LINK'] }, [second]),
        libraryMock({ query: 'quench', modalityCodes: ['MRI'], kinds: ['LINK'] }, []),
      ],
    });

    expect(await screen.findByRole('heading', { name: '2 matches for “helium”, 1 shown' })).toBeInTheDocument();
    const search = screen.getByRole('search', { name: 'Search the library' });
    expect(within(search).getByRole('searchbox', { name: 'Search' })).toHaveValue('helium');
    // The filter's label appears once the modalities have loaded.
    await waitFor(() => expect(within(search).getByRole('combobox', { name: 'Modality' })).toHaveValue('Magnetic resonance imaging (MRI)'));

    // The headline: matches as <mark>, everything else as text (markup in it stays text).
    const result = screen.getByRole('article', { name: 'Superconducting MRI magnets' });
    const marks = within(result).getByTestId('headline').querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['helium', 'quench']);
    expect(within(result).getByTestId('headline')).toHaveTextContent('A magnet holds liquid helium near 4 K; a quench boils it off. <b>not html</b>');
    expect(within(result).getByTestId('headline').querySelector('b')).toBeNull();
    expect(within(result).getByRole('link', { name: 'Superconducting MRI magnets' })).toHaveAttribute('href', '/library/m-1');
    expect(within(result).getByTestId('kind-badge')).toHaveTextContent('Reading');
    expect(within(result).getByTestId('scope-badge')).toHaveTextContent('CABMET library');
    expect(result).toHaveTextContent('10 min');
    expect(result).toHaveTextContent('What happens when a magnet quenches.');

    // Load more appends the next page.
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    const link = await screen.findByRole('article', { name: 'MRI safety for service engineers' });
    expect(within(link).getByTestId('scope-badge')).toHaveTextContent('Platform');
    expect(screen.getAllByTestId('library-result')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    // A filter applies at once and is written to the URL.
    await user.click(within(search).getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Link' }));
    expect(await screen.findByRole('heading', { name: '1 match for “helium”' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=helium&modality=MRI&kind=LINK');

    // New words apply on submit; nothing found says so.
    const box = within(search).getByRole('searchbox', { name: 'Search' });
    await user.clear(box);
    await user.type(box, 'quench{Enter}');
    expect(await screen.findByText('Nothing in the library matches. Try other words, or clear the filters.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=quench&modality=MRI&kind=LINK');

    // Back returns to the previous search, its words and results.
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { name: '1 match for “helium”' })).toBeInTheDocument();
    expect(within(search).getByRole('searchbox', { name: 'Search' })).toHaveValue('helium');
    expect(router.state.location.search).toBe('?q=helium&modality=MRI&kind=LINK');
  }, 30_000);

  it('offers a new item and says when the library is empty', async () => {
    renderRoutes([{ path: '/library', element: <LibraryRoute /> }], { path: '/library', mocks: [viewerMock(mentor), libraryMock({}, [])] });
    expect(await screen.findByText(/The library is empty/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '0 items' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New item' })).toHaveAttribute('href', '/library/new');
  });

  it('tells a student the library is not theirs (and asks the API nothing)', async () => {
    renderRoutes([{ path: '/library', element: <LibraryRoute /> }], { path: '/library', mocks: [viewerMock(me())] });
    expect(await screen.findByText(/You don’t have access to the library/)).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});
