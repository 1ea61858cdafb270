import { act, screen, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { ActiveMockAttemptDocument, MockExamPageDocument, StartMockExamDocument } from '@/gql/graphql';
import { AppLayout } from '@/app/layout/AppLayout';
import { ATTEMPT_ID, attemptState, attemptSummary, blueprint, COHORT_ID, expectNoA11yViolations } from '@/features/practice/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { QueryAnswered, renderRoutes, type Mocks } from '@/testing/render';
import { Component as MockExamRoute } from './mock-exam';

const student = me({ id: 'user-1', timeZone: 'America/New_York' });

function cohort(id: string, title: string, status = 'ENROLLED') {
  return { __typename: 'Cohort' as const, id, title, status: 'IN_PROGRESS', viewerEnrollment: { __typename: 'Enrollment' as const, id: `enr-${id}`, status } };
}

function pageMock(overrides: { active?: ReturnType<typeof attemptState> | null; history?: ReturnType<typeof attemptSummary>[] } = {}): Mocks[number] {
  const history = overrides.history ?? [attemptSummary(), attemptSummary({ id: 'a7e00000-0000-4000-8000-0000000000b2', kind: 'PRACTICE', title: 'Week 2 quiz' })];
  return {
    request: { query: MockExamPageDocument, variables: { first: 50 } },
    result: {
      data: {
        examBlueprint: blueprint(),
        activeMockAttempt: overrides.active ?? null,
        myCohorts: [cohort(COHORT_ID, 'Spring CT cohort'), cohort('c0400000-0000-4000-8000-000000000009', 'Waitlisted cohort', 'WAITLISTED')],
        myAttempts: { __typename: 'AttemptSummaryPage', nodes: history, totalCount: history.length },
      },
    },
  };
}

function render(mocks: Mocks) {
  return renderRoutes(
    [
      { path: '/practice/mock-exam', element: <MockExamRoute /> },
      { path: '/attempts/:id', element: <p>Attempt page</p> },
    ],
    { path: '/practice/mock-exam', mocks: [viewerMock(student), ...mocks] },
  );
}

afterEach(() => {
  act(() => notifications.clean());
});

describe('mock exam page', () => {
  it('says what the exam is, with the blueprint’s counts and its provisional flag, and lists earlier mock exams', async () => {
    const { container } = render([pageMock()]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mock exam' })).toBeInTheDocument();
    expect(screen.getByText(/165 multiple-choice questions/)).toBeInTheDocument();
    expect(screen.getByText('3 hours')).toBeInTheDocument();
    expect(screen.getByTestId('blueprint-provisional')).toHaveTextContent('Provisional');
    const table = screen.getByTestId('blueprint-table');
    expect(within(table).getByRole('row', { name: /Imaging equipment/ })).toHaveTextContent('Imaging equipment50 %83');
    // Only mock exams in the history, not practice quizzes.
    const rows = screen.getAllByTestId('mock-history-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Jan 3, 2030, 10:00 AM');
    expect(rows[0]).toHaveTextContent('71 %');
    expect(within(rows[0]!).getByRole('link', { name: /See the result/ })).toHaveAttribute('href', '/attempts/a7e00000-0000-4000-8000-0000000000a1');
    await expectNoA11yViolations(container);
  });

  it('starts a mock exam counted toward a cohort, after saying the clock starts, and opens it', async () => {
    const sent: unknown[] = [];
    const { user, router } = render([
      pageMock(),
      {
        request: { query: StartMockExamDocument, variables: { cohortId: COHORT_ID } },
        result: () => {
          sent.push(COHORT_ID);
          return { data: { startMockExam: attemptState({ kind: 'MOCK', title: 'Mock exam', assignmentId: null, itemCount: 165, secondsLeft: 10800, deadlineAt: '2030-01-10T03:00:00.000Z' }) } };
        },
        delay: 20,
      },
    ]);
    const select = await screen.findByRole('combobox', { name: 'Count it toward a cohort (optional)' });
    // Only cohorts the student is enrolled in.
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['No cohort: just for me', 'Spring CT cohort']);
    await user.selectOptions(select, COHORT_ID);
    await user.click(screen.getByRole('button', { name: 'Start the mock exam' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start the mock exam?' });
    expect(dialog).toHaveTextContent('Your 3 hours start now');
    await user.click(within(dialog).getByRole('button', { name: 'Start now' }));
    expect(await screen.findByText('Attempt page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/attempts/${ATTEMPT_ID}`);
    expect(sent).toEqual([COHORT_ID]);
  });

  it('offers Resume when a mock exam is in progress', async () => {
    render([pageMock({ active: attemptState({ kind: 'MOCK', title: 'Mock exam', itemCount: 165, answeredCount: 40, secondsLeft: 5400 }) })]);
    expect(await screen.findByTestId('mock-in-progress')).toHaveTextContent('40 of 165 answered · about 1:30:00 left');
    expect(screen.getByRole('link', { name: 'Resume the mock exam' })).toHaveAttribute('href', `/attempts/${ATTEMPT_ID}`);
    expect(screen.queryByRole('button', { name: 'Start the mock exam' })).not.toBeInTheDocument();
  });

  it('says why it cannot start, in the API’s words', async () => {
    const { user } = render([
      pageMock(),
      { request: { query: StartMockExamDocument, variables: { cohortId: null } }, result: { errors: [gqlError('CONFLICT', 'The mock exam cannot start yet: Safety has 3 reviewed questions you can practise; the exam needs 82.')] } },
      pageMock(),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Start the mock exam' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Start now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Safety has 3 reviewed questions');
  });
});

describe('closed book while a mock exam runs', () => {
  function renderShell(active: boolean) {
    return renderRoutes(
      [{ element: <AppLayout />, children: [{ path: '/', element: <QueryAnswered query={ActiveMockAttemptDocument} /> }] }],
      {
        path: '/',
        mocks: [
          viewerMock(me({ roles: ['STUDENT', 'MENTOR'] })),
          {
            request: { query: ActiveMockAttemptDocument },
            result: { data: { activeMockAttempt: active ? { __typename: 'Attempt', id: ATTEMPT_ID, status: 'IN_PROGRESS', deadlineAt: '2030-01-10T03:00:00.000Z' } : null } },
          },
        ],
      },
    );
  }

  it('hides the library and shows a banner with the way back to the exam', async () => {
    renderShell(true);
    const banner = await screen.findByTestId('mock-exam-banner');
    expect(banner).toHaveTextContent('Mock exam in progress — lesson material is hidden until you submit.');
    expect(within(banner).getByRole('link', { name: 'Resume the mock exam' })).toHaveAttribute('href', `/attempts/${ATTEMPT_ID}`);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Library' })).not.toBeInTheDocument();
  });

  it('shows the library without a mock exam in progress', async () => {
    renderShell(false);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    // Checked once the shell has its answer: no exam in progress.
    await screen.findByText('Query answered');
    expect(within(nav).getByRole('link', { name: 'Library' })).toBeInTheDocument();
    expect(screen.queryByTestId('mock-exam-banner')).not.toBeInTheDocument();
  });
});
