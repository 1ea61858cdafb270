import { act, screen, waitFor, within } from '@testing-library/react';
import { QuestionBankTaxonomyDocument, QuestionCountDocument, QuestionsPageDocument } from '@/gql/graphql';
import { expectNoA11yViolations } from '@/features/questions/testing/axe';
import { DOMAIN_EQ, DOMAIN_SAFETY, MOD_MRI, question, taxonomy } from '@/features/questions/testing/fixtures';
import { page } from '@/testing/cohorts';
import { me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as QuestionsRoute } from './questions';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', roles: ['MENTOR', 'STUDENT'] });

const taxonomyMock: Mocks[number] = { request: { query: QuestionBankTaxonomyDocument }, result: { data: taxonomy }, maxUsageCount: 5 };

function listMock(filter: Record<string, unknown>, nodes: unknown[], opts: { after?: string; hasNextPage?: boolean; endCursor?: string; totalCount?: number } = {}): Mocks[number] {
  return {
    request: { query: QuestionsPageDocument, variables: { filter, first: 25, ...(opts.after ? { after: opts.after } : {}) } },
    result: { data: { questions: page('QuestionPage', nodes, opts) } },
    maxUsageCount: 3,
  };
}

function countMock(filter: Record<string, unknown>, totalCount: number): Mocks[number] {
  return { request: { query: QuestionCountDocument, variables: { filter } }, result: { data: { questions: { __typename: 'QuestionPage', totalCount } } } };
}

const quench = question();
const second = question({
  id: 'q-2',
  stemMarkdown: 'Which **gas** vents through the quench pipe during a [quench](https://example.org)?',
  status: 'REVIEWED',
  scope: 'PLATFORM',
  chapterId: null,
  difficulty: 'HARD',
  modality: null,
  usedInAttempts: 12,
});

describe('question bank', () => {
  it('filters from the URL, shows each question’s tags and use, loads more, exports with the filters, and goes back', async () => {
    const { user, router, container } = renderRoutes([{ path: '/questions', element: <QuestionsRoute /> }], {
      path: '/questions?q=quench&modality=MRI&status=DRAFT',
      mocks: [
        viewerMock(mentor),
        taxonomyMock,
        listMock({ q: 'quench', modalityIds: [MOD_MRI], statuses: ['DRAFT'] }, [quench], { hasNextPage: true, endCursor: 'c-1', totalCount: 2 }),
        listMock({ q: 'quench', modalityIds: [MOD_MRI], statuses: ['DRAFT'] }, [second], { after: 'c-1', totalCount: 2 }),
        listMock({ q: 'quench', modalityIds: [MOD_MRI], statuses: ['DRAFT'], difficulty: 'HARD' }, [second]),
        listMock({ q: 'helium', modalityIds: [MOD_MRI], statuses: ['DRAFT'], difficulty: 'HARD' }, []),
      ],
    });

    expect(await screen.findByRole('heading', { name: '2 matches for “quench”, 1 shown' })).toBeInTheDocument();
    const search = screen.getByRole('search', { name: 'Search the question bank' });
    expect(within(search).getByRole('searchbox', { name: 'Search' })).toHaveValue('quench');
    await waitFor(() => expect(within(search).getByRole('combobox', { name: 'Modality' })).toHaveValue('Magnetic resonance imaging (MRI)'));
    expect(within(search).getByRole('combobox', { name: 'Status' })).toHaveValue('Draft');

    const first = screen.getByRole('article', { name: 'What happens in a quench?' });
    expect(within(first).getByRole('link', { name: 'What happens in a quench?' })).toHaveAttribute('href', `/questions/${quench.id}`);
    expect(within(first).getByTestId('status-badge')).toHaveTextContent('Draft');
    expect(within(first).getByTestId('scope-badge')).toHaveTextContent('CABMET bank');
    expect(within(first).getByTestId('difficulty-badge')).toHaveTextContent('Medium');
    expect(within(first).getByTestId('domain-badge')).toHaveTextContent('Safety and regulatory compliance');
    expect(within(first).getByTestId('modality-badge')).toHaveTextContent('MRI');
    expect(within(first).getByTestId('usage')).toHaveTextContent('Not used in attempts yet');
    expect(first).toHaveTextContent('By Dale Okafor');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    const more = await screen.findByRole('article', { name: 'Which gas vents through the quench pipe during a quench?' });
    expect(within(more).getByTestId('status-badge')).toHaveTextContent('Reviewed');
    expect(within(more).getByTestId('scope-badge')).toHaveTextContent('Platform bank');
    expect(within(more).getByTestId('modality-badge')).toHaveTextContent('General');
    expect(within(more).getByTestId('usage')).toHaveTextContent('Used in 12 attempts');
    expect(screen.getAllByTestId('question-result')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await expectNoA11yViolations(container);

    // A filter applies at once and is written to the URL.
    await user.click(within(search).getByRole('combobox', { name: 'Difficulty' }));
    await user.click(await screen.findByRole('option', { name: 'Hard' }));
    expect(await screen.findByRole('heading', { name: '1 match for “quench”' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=quench&modality=MRI&status=DRAFT&difficulty=HARD');

    // Export carries the same filters.
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const gift = await screen.findByRole('menuitem', { name: 'GIFT (Moodle)' });
    expect(gift).toHaveAttribute('href', '/exports/questions.gift?modality=MRI&status=DRAFT&q=quench&difficulty=HARD');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveAttribute('href', '/exports/questions.csv?modality=MRI&status=DRAFT&q=quench&difficulty=HARD');
    await user.keyboard('{Escape}');

    // New words apply on submit; nothing found says so.
    const box = within(search).getByRole('searchbox', { name: 'Search' });
    await user.clear(box);
    await user.type(box, 'helium{Enter}');
    expect(await screen.findByText('No question matches. Try other words, or clear the filters.')).toBeInTheDocument();

    // Back returns to the previous search.
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { name: '1 match for “quench”' })).toBeInTheDocument();
    expect(within(search).getByRole('searchbox', { name: 'Search' })).toHaveValue('quench');
  }, 30_000);

  it('counts the questions per domain, as a chart or a table', async () => {
    const { user } = renderRoutes([{ path: '/questions', element: <QuestionsRoute /> }], {
      path: '/questions?difficulty=EASY',
      mocks: [
        viewerMock(mentor),
        taxonomyMock,
        listMock({ difficulty: 'EASY' }, [quench]),
        countMock({ difficulty: 'EASY', domainIds: [DOMAIN_EQ] }, 0),
        countMock({ difficulty: 'EASY', domainIds: [DOMAIN_SAFETY] }, 7),
      ],
    });
    await screen.findByRole('heading', { name: '1 question' });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByTestId('domain-gaps')).toHaveTextContent('No questions yet for: Imaging equipment function and operation.');
    expect(screen.getByRole('img', { name: /Safety and regulatory compliance 7/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByTestId('domain-counts-table');
    expect(within(table).getByRole('row', { name: /Safety and regulatory compliance/ })).toHaveTextContent('7');
    expect(within(table).getByRole('row', { name: /Imaging equipment/ })).toHaveTextContent('0');
  }, 30_000);

  it('offers a new question and an import, and says when the bank is empty', async () => {
    renderRoutes([{ path: '/questions', element: <QuestionsRoute /> }], { path: '/questions', mocks: [viewerMock(mentor), taxonomyMock, listMock({}, [])] });
    expect(await screen.findByText(/The bank is empty/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '0 questions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New question' })).toHaveAttribute('href', '/questions/new');
    expect(screen.getByRole('link', { name: 'Import' })).toHaveAttribute('href', '/questions/import');
  });

  it('tells a student the bank is not theirs (and asks the API nothing)', async () => {
    renderRoutes([{ path: '/questions', element: <QuestionsRoute /> }], { path: '/questions', mocks: [viewerMock(me())] });
    expect(await screen.findByText(/You don’t have access to the question bank/)).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});
