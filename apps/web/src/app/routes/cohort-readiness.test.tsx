import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { CohortReadinessPageDocument } from '@/gql/graphql';
import { cell, DOMAINS, heatmapRow, student } from '@/features/readiness/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as CohortReadinessRoute } from './cohort-readiness';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/Denver', roles: ['MENTOR'] });
const [care, safety, equipment, networking] = DOMAINS;

const ana = heatmapRow(student('stu-1', 'Ana Ruiz'), [cell(care, 9, 10), cell(safety, 2, 5), cell(equipment, 3, 4), cell(networking, 0, 0)]);
const ben = heatmapRow(student('stu-2', 'Ben Ode'), [cell(care, 6, 10), cell(safety, 1, 5), cell(equipment, 0, 0), cell(networking, 1, 2)]);
const cara = heatmapRow(student('stu-3', 'Cara Lind'), [cell(care, 0, 0), cell(safety, 0, 0), cell(equipment, 0, 0), cell(networking, 0, 0)]);
const cohortCells = [cell(care, 15, 20), cell(safety, 3, 10), cell(equipment, 3, 4), cell(networking, 1, 2)];

function page(rows: unknown[], opts: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number; nextSession?: unknown; viewerCanManage?: boolean; cells?: unknown[]; weakest?: unknown[] } = {}) {
  return {
    cohort: {
      __typename: 'Cohort',
      id: 'cohort-1',
      title: 'CRES study group — CT and MRI',
      viewerCanManage: opts.viewerCanManage ?? true,
      nextSession: opts.nextSession === undefined ? { __typename: 'CohortSession', id: 'session-4', number: 4 } : opts.nextSession,
    },
    cohortReadiness: {
      __typename: 'CohortReadiness',
      totalCount: opts.totalCount ?? 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
      domains: DOMAINS,
      rows,
      cohortCells: opts.cells ?? cohortCells,
      weakest: opts.weakest ?? [cell(safety, 3, 10), cell(networking, 1, 2), cell(equipment, 3, 4)],
    },
  };
}

function render(mocks: Mocks) {
  return renderRoutes([{ path: '/cohorts/:id/readiness', element: <CohortReadinessRoute /> }], { path: '/cohorts/cohort-1/readiness', mocks: [viewerMock(mentor), ...mocks] });
}
const first = (data: Record<string, unknown>): Mocks[number] => ({ request: { query: CohortReadinessPageDocument, variables: { id: 'cohort-1', first: 50 } }, result: { data } });

/** axe-core on the rendered page (contrast needs a real browser: the e2e test checks it; the model test checks the cell colours). */
async function expectNoA11yViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const texts = (cells: HTMLElement[]) => cells.map((c) => c.textContent);

describe('cohort readiness (the mentor’s heatmap)', () => {
  it('calls out the weakest domains with the next session’s plan, shows students × domains with a key, loads more students, and the cohort’s bars', async () => {
    const { user, container } = render([
      first(page([ana, ben], { hasNextPage: true, endCursor: 'c2' })),
      { request: { query: CohortReadinessPageDocument, variables: { id: 'cohort-1', first: 50, after: 'c2' } }, result: { data: page([cara]) } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Readiness' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Manage CRES study group — CT and MRI' })).toHaveAttribute('href', '/cohorts/cohort-1/manage');

    // The three weakest, worst first, and the way to plan the next session around them.
    expect(screen.getByTestId('weakest-summary')).toHaveTextContent('Plan the next session around: Safety and infection control; Networking and IT; Imaging equipment.');
    expect(within(screen.getByTestId('weakest-domains')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Safety and infection control: 30 % correct (3 of 10)',
      'Networking and IT: 50 % correct (1 of 2)',
      'Imaging equipment: 75 % correct (3 of 4)',
    ]);
    expect(screen.getByRole('link', { name: 'Plan session 4' })).toHaveAttribute('href', '/cohorts/cohort-1/manage/sessions/session-4');

    // The heatmap: a table with a caption, domain headers, a row per student, a number in every scored cell.
    const table = screen.getByRole('table', { name: /^2 students × 4 exam domains/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Student', 'Patient care', 'Safety and infection control', 'Imaging equipment', 'Networking and IT', 'Answered']);
    const anaRow = within(table).getByRole('row', { name: /^Ana Ruiz/ });
    const anaCells = within(anaRow).getAllByTestId('heatmap-cell');
    expect(texts(anaCells)).toEqual(['90 %9 of 10', '40 %2 of 5', '75 %3 of 4', '—No answers']);
    expect(anaCells.map((c) => c.getAttribute('data-band'))).toEqual(['85', '0', '70', 'none']);
    // Colour follows the band, and the text colour is set with it.
    expect(anaCells[1]).toHaveStyle({ backgroundColor: '#ffa94d', color: '#000000' });
    expect(anaCells[3]).toHaveStyle({ backgroundColor: '#f1f3f5' });
    expect(anaRow).toHaveTextContent(/19$/);
    expect(texts(within(within(table).getByRole('row', { name: /^Ben Ode/ })).getAllByTestId('heatmap-cell'))).toEqual(['60 %6 of 10', '20 %1 of 5', '—No answers', '50 %1 of 2']);
    // The whole cohort, in the table's footer.
    expect(texts(within(screen.getByTestId('heatmap-cohort-row')).getAllByTestId('heatmap-cohort-cell'))).toEqual(['75 %15 of 20', '30 %3 of 10', '75 %3 of 4', '50 %1 of 2']);
    expect(within(screen.getByTestId('heatmap-legend')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Under 50 %', '50–69 %', '70–84 %', '85 % and up', '—No answers yet']);
    expect(screen.getByTestId('heatmap-scroll')).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('readiness-shown')).toHaveTextContent('Showing 2 of 3');
    await expectNoA11yViolations(container);

    await user.click(screen.getByRole('button', { name: 'Load more students' }));
    await waitFor(() => expect(within(table).getAllByTestId('heatmap-row')).toHaveLength(3));
    expect(texts(within(within(table).getByRole('row', { name: /^Cara Lind/ })).getAllByTestId('heatmap-cell'))).toEqual(['—No answers', '—No answers', '—No answers', '—No answers']);
    expect(screen.getByTestId('readiness-shown')).toHaveTextContent('Showing 3 of 3');
    expect(screen.queryByRole('button', { name: 'Load more students' })).not.toBeInTheDocument();

    // The cohort by domain: bars with a summary, or a table.
    expect(screen.getByRole('img', { name: /^The cohort’s score by exam domain: Patient care 75 %; Safety and infection control 30 %; Imaging equipment 75 %; Networking and IT 50 %\./ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Show the cohort’s score by exam domain as' })).getByRole('radio', { name: 'Table' }));
    const bars = await screen.findByTestId('cohort-scores-table');
    expect(within(bars).getAllByTestId('cohort-scores-row').map((r) => r.textContent)).toEqual([
      'Patient care75 %1520',
      'Safety and infection control30 %310',
      'Imaging equipment75 %34',
      'Networking and IT50 %12',
    ]);
  });

  it('says so when nobody has answered yet, and when no session is next', async () => {
    const empty = DOMAINS.map((d) => cell(d, 0, 0));
    const { container } = render([first(page([cara], { totalCount: 1, nextSession: null, cells: empty, weakest: [] }))]);
    expect(await screen.findByTestId('weakest-domains')).toHaveTextContent(/^No answers yet: the weakest domains show here once students submit/);
    expect(screen.queryByRole('link', { name: /^Plan session/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('readiness-shown')).toHaveTextContent('Showing 1 of 1');
    await expectNoA11yViolations(container);
  });

  it('says so when no student is enrolled', async () => {
    render([first(page([], { totalCount: 0, cells: DOMAINS.map((d) => cell(d, 0, 0)), weakest: [] }))]);
    expect(await screen.findByText(/^No students are enrolled yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is only for the cohort’s managers', async () => {
    render([{ request: { query: CohortReadinessPageDocument, variables: { id: 'cohort-1', first: 50 } }, result: { errors: [gqlError(ErrorCode.Forbidden, 'Not allowed.')] } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not your cohort' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the cohort’s page' })).toHaveAttribute('href', '/cohorts/cohort-1');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
