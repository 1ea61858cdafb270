import { screen, within } from '@testing-library/react';
import { QuizPanelDocument, StartQuizAttemptDocument } from '@/gql/graphql';
import { gqlError } from '@/testing/fixtures';
import { renderAt, type Mocks } from '@/testing/render';
import { ASSIGNMENT_ID, ATTEMPT_ID, attemptState, attemptSummary, expectNoA11yViolations } from '../testing';
import { QuizPanel } from './QuizPanel';

function panelMock(attempts: ReturnType<typeof attemptSummary>[], quiz: Record<string, unknown> | null = {}): Mocks[number] {
  return {
    request: { query: QuizPanelDocument, variables: { id: ASSIGNMENT_ID } },
    result: {
      data: {
        assignment: {
          __typename: 'Assignment',
          id: ASSIGNMENT_ID,
          quiz: quiz ? { __typename: 'QuizSettings', selection: 'FIXED', questionCount: 5, feedback: 'AT_END', timeLimitMinutes: 15, shuffle: true, ...quiz } : null,
          myAttempts: attempts,
        },
      },
    },
  };
}

function render(mocks: Mocks, canTake = true) {
  return renderAt(`/assignments/${ASSIGNMENT_ID}`, <QuizPanel assignmentId={ASSIGNMENT_ID} canTake={canTake} viewerZone="America/New_York" />, mocks, { '/attempts/:id': 'Attempt page' });
}

const practice = (overrides: Record<string, unknown>) => attemptSummary({ kind: 'PRACTICE', title: 'Week 2 quiz', assignmentId: ASSIGNMENT_ID, ...overrides });

describe('quiz on its assignment page', () => {
  it('describes the quiz, lists earlier attempts with scores, and starts a new one', async () => {
    const { user, container } = render([
      panelMock([practice({ percent: 60 })]),
      { request: { query: StartQuizAttemptDocument, variables: { assignmentId: ASSIGNMENT_ID } }, result: { data: { startQuizAttempt: attemptState() } }, delay: 20 },
    ]);
    const panel = await screen.findByTestId('quiz-panel');
    expect(panel).toHaveTextContent('5 multiple-choice questions.');
    expect(panel).toHaveTextContent('15 minutes per attempt');
    expect(within(screen.getByTestId('quiz-attempts')).getByRole('row', { name: /Jan 3, 2030/ })).toHaveTextContent('60 %');
    await expectNoA11yViolations(container);
    await user.click(screen.getByRole('button', { name: 'Practise again' }));
    expect(await screen.findByText('Attempt page')).toBeInTheDocument();
  });

  it('offers Resume for an attempt in progress', async () => {
    render([panelMock([practice({ id: ATTEMPT_ID, status: 'IN_PROGRESS', submittedAt: null, percent: null })])]);
    expect(await screen.findByRole('link', { name: 'Resume your attempt' })).toHaveAttribute('href', `/attempts/${ATTEMPT_ID}`);
    expect(screen.queryByRole('button', { name: /Start the quiz|Practise again/ })).not.toBeInTheDocument();
  });

  it('says why an attempt cannot start', async () => {
    const { user } = render([
      panelMock([]),
      { request: { query: StartQuizAttemptDocument, variables: { assignmentId: ASSIGNMENT_ID } }, result: { errors: [gqlError('CONFLICT', 'This quiz is not set up yet. Ask your mentor to choose its questions.')] } },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Start the quiz' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This quiz is not set up yet.');
  });

  it('shows mentors the quiz without Start', async () => {
    render([panelMock([])], false);
    expect(await screen.findByTestId('quiz-panel')).toHaveTextContent('5 multiple-choice questions.');
    expect(screen.queryByRole('button', { name: 'Start the quiz' })).not.toBeInTheDocument();
  });
});
