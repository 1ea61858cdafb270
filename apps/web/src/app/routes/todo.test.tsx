import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TodoPageDocument } from '@/gql/graphql';
import { homeworkItem, homeworkPage } from '@/features/todo/testing';
import { me, viewerMock } from '@/testing/fixtures';
import { renderAt, type Mocks } from '@/testing/render';
import { Component as TodoRoute } from './todo';

// Sunday Jan 13, 2030, 1:30 AM for this New York student.
const NOW = new Date('2030-01-13T06:30:00.000Z');
const student = me({ timeZone: 'America/New_York' });

function todoMock(includeDone: boolean, page: ReturnType<typeof homeworkPage>, after?: string): Mocks[number] {
  return {
    request: { query: TodoPageDocument, variables: { includeDone, first: 20, ...(after ? { after } : {}) } },
    result: { data: { myHomework: page } },
  };
}

const open = [
  homeworkItem('asg-3', 'Quench procedure summary', '2030-02-01T17:00:00.000Z', { sessionNumber: 3, cohortTitle: 'MRI safety cohort' }),
  homeworkItem('asg-2', 'Detector calibration log', '2030-01-14T06:00:00.000Z', { status: 'DRAFT' }),
  homeworkItem('asg-1', 'Tube heat units worksheet', '2030-01-10T00:00:00.000Z', { late: true }),
  homeworkItem('asg-4', 'Slip ring inspection', '2030-01-13T20:00:00.000Z'),
];
const done = [
  homeworkItem('asg-5', 'PACS worklist exercise', '2030-01-11T00:00:00.000Z', { status: 'RETURNED', score: 9, points: 10, late: true }),
  homeworkItem('asg-6', 'Grid artefacts note', '2030-01-13T21:00:00.000Z', { status: 'SUBMITTED' }),
];

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

function groupTitles() {
  return screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
}

describe('to-do page', () => {
  it('groups the student’s homework by due time in their zone, with status badges and links', async () => {
    renderAt('/todo', <TodoRoute />, [viewerMock(student), todoMock(false, homeworkPage(open))]);
    expect(await screen.findByRole('heading', { level: 2, name: /^Overdue/ })).toBeInTheDocument();
    expect(groupTitles()).toEqual(['Overdue (1)', 'This week (1)', 'Later (2)']);

    const overdue = screen.getByRole('region', { name: /^Overdue/ });
    const missing = within(overdue).getByRole('listitem', { name: 'Tube heat units worksheet' });
    expect(missing).toHaveTextContent('Missing');
    expect(missing).toHaveTextContent('Due Wed, Jan 9, 7:00 PM EST');
    expect(within(missing).getByRole('link', { name: 'Tube heat units worksheet' })).toHaveAttribute('href', '/assignments/asg-1');

    const later = within(screen.getByRole('region', { name: /^Later/ })).getAllByTestId('todo-item');
    // Monday 1 AM in New York is next week, before Feb 1.
    expect(later.map((li) => within(li).getByRole('link').textContent)).toEqual(['Detector calibration log', 'Quench procedure summary']);
    expect(later[0]).toHaveTextContent('Draft saved');
    expect(later[1]).toHaveTextContent('MRI safety cohort · session 3');
    expect(later[1]).toHaveTextContent('Not started');
    expect(screen.getByText('Showing 4 of 4')).toBeInTheDocument();
  });

  it('“Show done” brings back handed-in work with its score, and “Load more” appends the next page', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    renderAt('/todo', <TodoRoute />, [
      viewerMock(student),
      todoMock(false, homeworkPage(open)),
      todoMock(true, homeworkPage([...open.slice(0, 2), done[0]!], { hasNextPage: true, endCursor: 'c3', totalCount: 6 })),
      todoMock(true, homeworkPage([open[2]!, open[3]!, done[1]!], { totalCount: 6 }), 'c3'),
    ]);
    await screen.findByRole('heading', { level: 2, name: /^Overdue/ });
    await user.click(screen.getByRole('switch', { name: /Show done/ }));
    const doneGroup = await screen.findByRole('region', { name: /^Done/ });
    const returned = within(doneGroup).getByRole('listitem', { name: 'PACS worklist exercise' });
    expect(returned).toHaveTextContent('Returned: 9 / 10');
    expect(returned).toHaveTextContent('Late');
    expect(screen.getByText('Showing 3 of 6')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getByText('Showing 6 of 6')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(groupTitles()).toEqual(['Overdue (1)', 'This week (2)', 'Later (2)', 'Done (1)']);
    const week = within(screen.getByRole('region', { name: /^This week/ })).getAllByTestId('todo-item');
    expect(week.map((li) => within(li).getByRole('link').textContent)).toEqual(['Slip ring inspection', 'Grid artefacts note']);
    expect(week[1]).toHaveTextContent('Submitted');
  });

  it('says when there is nothing to do', async () => {
    renderAt('/todo', <TodoRoute />, [viewerMock(student), todoMock(false, homeworkPage([]))]);
    expect(await screen.findByText(/Nothing to hand in right now/)).toBeInTheDocument();
  });
});
