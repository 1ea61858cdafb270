import { screen, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { GradebookPageDocument } from '@/gql/graphql';
import { student } from '@/features/grading/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as GradebookRoute } from './gradebook';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/Denver', roles: ['MENTOR'] });
const cohort = { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', viewerCanManage: true };

function asg(id: string, title: string, points: number | null, sessionNumber: number) {
  return { __typename: 'Assignment', id, title, points, dueAt: '2030-01-16T01:00:00.000Z', session: { __typename: 'CohortSession', id: `session-${sessionNumber}`, number: sessionNumber } };
}
function cell(assignmentId: string, status: string, score: number | null = null, late = false) {
  return { __typename: 'GradebookCell', assignmentId, status, late, score };
}

const assignments = [asg('asg-1', 'Tube warm-up worksheet', 10, 1), asg('asg-2', 'Detector calibration log', null, 2)];
const rows = [
  { __typename: 'GradebookRow', student: student('stu-1', 'Avery Chen'), completed: 2, cells: [cell('asg-1', 'RETURNED', 8.5), cell('asg-2', 'SUBMITTED', null, true)] },
  { __typename: 'GradebookRow', student: student('stu-2', 'Blake Kim'), completed: 1, cells: [cell('asg-1', 'SUBMITTED', 6), cell('asg-2', 'MISSING')] },
  { __typename: 'GradebookRow', student: student('stu-3', 'Casey Ortiz'), completed: 0, cells: [cell('asg-1', 'DRAFT'), cell('asg-2', 'MISSING')] },
];

function renderPage(mocks: Mocks) {
  return renderRoutes([{ path: '/cohorts/:id/gradebook', element: <GradebookRoute /> }], { path: '/cohorts/cohort-1/gradebook', mocks: [viewerMock(mentor), ...mocks] });
}
const pageMock = (gradebook: unknown): Mocks[number] => ({
  request: { query: GradebookPageDocument, variables: { id: 'cohort-1' } },
  result: { data: { cohort, gradebook: { __typename: 'Gradebook', ...(gradebook as object) } } },
});

describe('gradebook', () => {
  it('shows a score or a status per cell, each a link into the grading queue, completion per student, a summary row and the CSV download', async () => {
    renderPage([pageMock({ assignments, rows })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Gradebook' })).toBeInTheDocument();
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', '/exports/cohorts/cohort-1/gradebook.csv');
    expect(csv).toHaveAttribute('download');

    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Student', 'Tube warm-up worksheetSession 1 · out of 10', 'Detector calibration logSession 2 · ungraded', 'Handed in']);
    const avery = within(table).getByRole('row', { name: /^Avery Chen/ });
    const cells = within(avery).getAllByTestId('gradebook-cell');
    expect(cells.map((c) => c.textContent)).toEqual(['8.5Returned', 'Late']);
    expect(within(cells[0]!).getByRole('link', { name: '8.5 (Returned): Avery Chen, Tube warm-up worksheet' })).toHaveAttribute('href', '/assignments/asg-1/grade?student=stu-1');
    expect(within(cells[1]!).getByRole('link', { name: 'Late: Avery Chen, Detector calibration log' })).toHaveAttribute('href', '/assignments/asg-2/grade?student=stu-1');
    expect(within(avery).getByRole('progressbar', { name: 'Avery Chen: assignments handed in' })).toHaveAttribute('aria-valuenow', '2');

    const casey = within(table).getByRole('row', { name: /^Casey Ortiz/ });
    expect(within(casey).getAllByTestId('gradebook-cell').map((c) => c.textContent)).toEqual(['Draft', 'Missing']);
    const caseyBar = within(casey).getByRole('progressbar', { name: 'Casey Ortiz: assignments handed in' });
    expect(caseyBar).toHaveAttribute('aria-valuenow', '0');
    expect(caseyBar).toHaveAttribute('aria-valuemax', '2');
    expect(within(table).getByRole('row', { name: /^Blake Kim/ })).toHaveTextContent('6Submitted');

    const summary = screen.getByTestId('gradebook-summary');
    expect(within(summary).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '2 of 3 handed inAverage 7.25 of 10 (2 graded)',
      '1 of 3 handed in',
      '1 student handed everything in',
    ]);
    // The table scrolls inside its own box, which the keyboard can reach.
    expect(screen.getByTestId('gradebook-scroll')).toHaveAttribute('tabindex', '0');
  });

  it('says so when there is nothing to show yet', async () => {
    renderPage([pageMock({ assignments: [], rows })]);
    expect(await screen.findByText(/^No published assignments yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toBeInTheDocument();
  });

  it('is only for the cohort’s managers', async () => {
    renderPage([{ request: { query: GradebookPageDocument, variables: { id: 'cohort-1' } }, result: { errors: [gqlError(ErrorCode.Forbidden, 'Not allowed.')] } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not your cohort' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download CSV' })).not.toBeInTheDocument();
  });
});
