import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { AnswerItemDocument, AttemptPageDocument, MoveToDocument, SubmitAttemptDocument } from '@/gql/graphql';
import {
  ATTEMPT_ID,
  attempt,
  attemptItem,
  attemptResult,
  attemptState,
  expectNoA11yViolations,
  optionId,
  revealedItems,
  type ItemFixture,
} from '@/features/practice/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as AttemptRoute } from './attempt';

const NOW = new Date('2030-01-10T00:00:00.000Z');
const student = me({ id: 'user-1', timeZone: 'America/New_York' });

/** What the API was sent, in order. */
let sent: { answers: Record<string, unknown>[]; moves: number[]; submits: number };

function pageMock(data: ReturnType<typeof attempt> | null): Mocks[number] {
  return { request: { query: AttemptPageDocument, variables: { id: ATTEMPT_ID, count: 200 } }, result: { data: { attempt: data } } };
}

/** The server's item after an answer, with the attempt as it then is (counts and the server's clock). */
function answerMock(item: ItemFixture, delay = 20, state: Record<string, unknown> = {}): Mocks[number] {
  const counts = { currentPosition: item.position, answeredCount: item.answered ? 1 : 0, flaggedCount: item.flagged ? 1 : 0 };
  return {
    request: { query: AnswerItemDocument, variables: () => true },
    result: (v) => {
      sent.answers.push(v);
      return { data: { answerItem: { ...item, attempt: attemptState({ ...counts, ...state }) } } };
    },
    delay,
  };
}

function moveMock(position: number, overrides: Record<string, unknown> = {}): Mocks[number] {
  return {
    request: { query: MoveToDocument, variables: { attemptId: ATTEMPT_ID, position } },
    result: () => {
      sent.moves.push(position);
      return { data: { moveTo: attemptState({ currentPosition: position, ...overrides }) } };
    },
  };
}

function render(mocks: Mocks, path = `/attempts/${ATTEMPT_ID}`, fakeTimers = false) {
  const view = renderRoutes(
    [
      { path: '/attempts/:id', element: <AttemptRoute /> },
      { path: '/assignments/:id', element: <p>Assignment page</p> },
    ],
    { path, mocks: [viewerMock(student), ...mocks] },
  );
  const user = fakeTimers ? userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }) : view.user;
  return { ...view, user };
}

const heading = (n: number, of = 3) => screen.findByRole('heading', { name: `Question ${n} of ${of}` });
const navButton = (name: string | RegExp) => within(screen.getByRole('navigation', { name: 'Questions' })).getByRole('button', { name });

beforeEach(() => {
  sent = { answers: [], moves: [], submits: 0 };
});
afterEach(() => {
  vi.useRealTimers();
  act(() => notifications.clean());
});

describe('attempt page', () => {
  it('resumes at the remembered question, saves each answer at once, flags, and moves with Next and the navigator', async () => {
    const { user, container } = render([
      pageMock(attempt({ currentPosition: 1 })),
      answerMock(attemptItem(1, { answered: true, selectedOptionId: optionId(1, 'c') })),
      answerMock(attemptItem(1, { answered: true, selectedOptionId: optionId(1, 'c'), flagged: true })),
      moveMock(2),
      moveMock(0),
    ]);
    // A reload lands where the server says the student was.
    expect(await heading(2)).toBeInTheDocument();
    expect(screen.getByText('Stem of question 2: which part fails first?')).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not answered yet');

    await user.click(screen.getByRole('radio', { name: /Option C of 2/ }));
    expect(screen.getByRole('radio', { name: /Option C of 2/ })).toBeChecked();
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved'));
    expect(sent.answers).toEqual([{ attemptId: ATTEMPT_ID, position: 1, optionId: optionId(1, 'c') }]);
    expect(screen.getByTestId('attempt-progress')).toHaveTextContent('1 of 3 answered');
    expect(navButton('Question 2: answered, current question')).toHaveAttribute('aria-current', 'step');

    const flag = screen.getByRole('button', { name: /Flag for review/ });
    expect(flag).toHaveAttribute('aria-pressed', 'false');
    await user.click(flag);
    await waitFor(() => expect(sent.answers).toHaveLength(2));
    expect(sent.answers[1]).toEqual({ attemptId: ATTEMPT_ID, position: 1, flagged: true });
    await waitFor(() => expect(screen.getByRole('button', { name: /Flag for review/ })).toHaveAttribute('aria-pressed', 'true'));
    expect(navButton('Question 2: answered, flagged for review, current question')).toBeInTheDocument();
    expect(screen.getByTestId('attempt-progress')).toHaveTextContent('1 of 3 answered · 1 flagged');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(async () => expect(await heading(3)).toHaveFocus());
    await waitFor(() => expect(sent.moves).toEqual([2]));
    // The last question offers review instead of Next.
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();

    await user.click(navButton('Question 1: not answered'));
    await waitFor(async () => expect(await heading(1)).toHaveFocus());
    await waitFor(() => expect(sent.moves).toEqual([2, 0]));
    await expectNoA11yViolations(container);
  }, 30_000);

  it('keeps the choice on screen when a save fails and sends it again on request', async () => {
    const { user } = render([
      pageMock(attempt()),
      { request: { query: AnswerItemDocument, variables: () => true }, error: new TypeError('Failed to fetch'), delay: 20 },
      answerMock(attemptItem(0, { answered: true, selectedOptionId: optionId(0, 'a') })),
    ]);
    await heading(1);
    await user.click(screen.getByRole('radio', { name: /Option A of 1/ }));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved: We could not reach Gantry.'));
    expect(screen.getByRole('radio', { name: /Option A of 1/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved'));
    expect(sent.answers).toEqual([{ attemptId: ATTEMPT_ID, position: 0, optionId: optionId(0, 'a') }]);
  });

  it('with feedback after each answer, shows the verdict and the rationale only once the server has revealed them', async () => {
    const { user } = render([
      pageMock(attempt({ feedback: 'IMMEDIATE' })),
      answerMock(
        attemptItem(0, { answered: true, selectedOptionId: optionId(0, 'b'), correct: false }, { correctOptionId: optionId(0, 'c'), rationaleHtml: '<p>The anode heats first.</p>' }),
        20,
        { feedback: 'IMMEDIATE' },
      ),
    ]);
    await heading(1);
    await user.click(screen.getByRole('radio', { name: /Option B of 1/ }));
    // Choosing is not answering: nothing is judged. (Nothing is sent either: the one answer
    // mock is still there for "Check answer" below, and exactly one answer is recorded.)
    expect(sent.answers).toEqual([]);
    expect(screen.queryByTestId('answer-feedback')).not.toBeInTheDocument();
    expect(screen.queryByText(/correct answer/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const feedback = await screen.findByTestId('answer-feedback');
    expect(feedback).toHaveTextContent('Incorrect');
    expect(feedback).toHaveTextContent('The anode heats first.');
    expect(sent.answers).toEqual([{ attemptId: ATTEMPT_ID, position: 0, optionId: optionId(0, 'b') }]);
    expect(screen.getByRole('radio', { name: /Option C of 1\s*— correct answer/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: /Option B of 1\s*— your answer/ })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('re-syncs the countdown from the server’s clock that comes back with each answer', async () => {
    const { user } = render([
      pageMock(attempt({ secondsLeft: 1800 })),
      // The laptop slept: by the server's clock ten minutes are left, not thirty.
      answerMock(attemptItem(0, { answered: true, selectedOptionId: optionId(0, 'a') }), 20, { secondsLeft: 600, serverNow: '2030-01-10T00:20:00.000Z' }),
    ]);
    await heading(1);
    expect(screen.getByRole('timer')).toHaveTextContent(/^(30:00|29:5\d)$/);
    await user.click(screen.getByRole('radio', { name: /Option A of 1/ }));
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent(/^(10:00|9:5\d)$/));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved'));
  });

  it('announces the time left at 30 minutes, not every second, by the server’s clock', async () => {
    vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true });
    render([pageMock(attempt({ secondsLeft: 30 * 60 + 2 }))], undefined, true);
    await heading(1);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('30:02');
    expect(screen.getByTestId('timer-announcer')).toHaveTextContent('');
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(screen.getByRole('timer')).toHaveTextContent('29:59');
    expect(screen.getByTestId('timer-announcer')).toHaveTextContent('30 minutes left');
    expect(screen.getByRole('timer')).toHaveAccessibleName('29 minutes left');
    // Silent between thresholds: the next words come at 10 minutes left.
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.getByRole('timer')).toHaveTextContent('29:54');
    expect(screen.getByTestId('timer-announcer')).toHaveTextContent(/^30 minutes left$/);
  });

  it('when time runs out, reads the attempt again (the server has submitted it) and shows the result', async () => {
    vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true });
    render(
      [
        pageMock(attempt({ secondsLeft: 2 })),
        pageMock(attempt({ status: 'SUBMITTED', autoSubmitted: true, secondsLeft: 0, submittedAt: '2030-01-10T00:30:00.000Z', result: attemptResult() }, revealedItems())),
      ],
      undefined,
      true,
    );
    await heading(1);
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(await screen.findByTestId('auto-submitted')).toHaveTextContent('The server submitted this attempt when its time ran out.');
    expect(screen.getByTestId('attempt-score')).toHaveTextContent('2 of 3 correct (67 %)');
  });

  it('reviews unanswered and flagged questions with jump links, then submits after a confirmation and shows the result', async () => {
    const items = [attemptItem(0, { answered: true, selectedOptionId: optionId(0, 'b') }), attemptItem(1, { flagged: true }), attemptItem(2)];
    const { user, container, router } = render(
      [
        pageMock(attempt({ currentPosition: 0, answeredCount: 1, flaggedCount: 1 }, items)),
        moveMock(2),
        {
          request: { query: SubmitAttemptDocument, variables: { attemptId: ATTEMPT_ID, count: 200 } },
          result: () => {
            sent.submits++;
            return { data: { submitAttempt: { ...attemptState({ status: 'SUBMITTED', submittedAt: '2030-01-10T00:12:00.000Z', secondsLeft: 0 }), items: revealedItems(), result: attemptResult() } } };
          },
          delay: 20,
        },
      ],
      `/attempts/${ATTEMPT_ID}?review=1`,
    );
    expect(await screen.findByTestId('review-summary')).toHaveTextContent('2 unanswered, 1 flagged for review.');
    const unanswered = screen.getByRole('region', { name: 'Unanswered (2)' });
    const flagged = screen.getByRole('region', { name: 'Flagged for review (1)' });
    expect(within(flagged).getByRole('button', { name: 'Question 2' })).toBeInTheDocument();
    await expectNoA11yViolations(container);

    // A jump link goes to the question (and leaves the review screen).
    await user.click(within(unanswered).getByRole('button', { name: 'Question 3' }));
    expect(await heading(3)).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(sent.moves).toEqual([2]));

    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    await screen.findByTestId('review-summary');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit with 2 unanswered?' });
    expect(dialog).toHaveTextContent('2 unanswered questions will count as wrong.');
    await user.click(within(dialog).getByRole('button', { name: 'Submit now' }));

    expect(await screen.findByTestId('attempt-score')).toHaveTextContent('2 of 3 correct (67 %)');
    expect(sent.submits).toBe(1);
    const results = screen.getAllByTestId('result-item');
    expect(results).toHaveLength(3);
    expect(results[1]).toHaveTextContent('Incorrect');
    expect(results[1]).toHaveTextContent('Your answer: A. Option A of 2');
    expect(results[1]).toHaveTextContent('Correct answer: C. Option C of 2');
    expect(results[1]).toHaveTextContent('C: lockout before service.');

    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const tables = screen.getAllByTestId('score-table');
    expect(within(tables[0]!).getByRole('row', { name: /Safety and compliance/ })).toHaveTextContent('Safety and compliance010 %');
    expect(within(tables[1]!).getByRole('row', { name: /General \(any modality\)/ })).toHaveTextContent('0 %');
    await expectNoA11yViolations(container);
  }, 30_000);

  it('says so when answering after the time is up, and shows the submitted attempt', async () => {
    const { user } = render([
      pageMock(attempt()),
      { request: { query: AnswerItemDocument, variables: () => true }, result: { errors: [gqlError('CONFLICT', 'Time is up: this attempt was submitted automatically when its time ran out.')] } },
      pageMock(attempt({ status: 'SUBMITTED', autoSubmitted: true, result: attemptResult(), submittedAt: '2030-01-10T00:30:00.000Z' }, revealedItems())),
    ]);
    await heading(1);
    await user.click(screen.getByRole('radio', { name: /Option A of 1/ }));
    expect(await screen.findByTestId('attempt-score')).toHaveTextContent('2 of 3 correct (67 %)');
    expect(screen.getByText(/Time is up: this attempt was submitted automatically/)).toBeInTheDocument();
  });

  it('says plainly when the attempt is not the viewer’s', async () => {
    render([{ request: { query: AttemptPageDocument, variables: { id: ATTEMPT_ID, count: 200 } }, result: { errors: [gqlError('NOT_FOUND', 'That attempt was not found.')] } }]);
    expect(await screen.findByRole('heading', { name: 'Attempt not found' })).toBeInTheDocument();
  });
});
