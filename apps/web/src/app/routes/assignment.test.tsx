import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { AssignmentPageDocument, SaveSubmissionDraftDocument, SubmitAssignmentDocument, UploadLimitsDocument } from '@/gql/graphql';
import { localDraftKey } from '@/features/submissions/lib/localDraft';
import { ASSIGNMENT_ID, assignment, storedFile, submission, submissionAnswer, version } from '@/features/submissions/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as AssignmentRoute } from './assignment';

// A New York student in a Denver cohort. "Now" is 7:42 PM in New York on Jan 9, 2030.
const NOW = new Date('2030-01-10T00:42:00.000Z');
const student = me({ id: 'user-1', displayName: 'Avery Chen', timeZone: 'America/New_York' });
const storageKey = localDraftKey('user-1', ASSIGNMENT_ID);

const limits: Mocks[number] = {
  request: { query: UploadLimitsDocument, variables: { purpose: 'SUBMISSION' } },
  result: { data: { uploadLimits: { __typename: 'UploadLimits', maxBytes: 20 * 1024 * 1024, contentTypes: ['application/pdf', 'image/png'], extensions: ['.pdf', '.png'] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function pageMock(data: ReturnType<typeof assignment>): Mocks[number] {
  return { request: { query: AssignmentPageDocument, variables: { id: ASSIGNMENT_ID } }, result: { data: { assignment: data } } };
}

/** What the API was sent, in order. */
let sent: { saves: Record<string, unknown>[]; submits: Record<string, unknown>[] };

function saveOk(answer: ReturnType<typeof submission>, delay = 20): Mocks[number] {
  return {
    request: { query: SaveSubmissionDraftDocument, variables: () => true },
    result: (v) => {
      sent.saves.push(v.input as Record<string, unknown>);
      return { data: { saveSubmissionDraft: submissionAnswer(answer) } };
    },
    delay,
  };
}

function saveFails(how: 'network' | 'conflict'): Mocks[number] {
  if (how === 'network') {
    return {
      request: {
        query: SaveSubmissionDraftDocument,
        variables: (v) => {
          sent.saves.push(v.input as Record<string, unknown>);
          return true;
        },
      },
      error: new TypeError('Failed to fetch'),
      delay: 20,
    };
  }
  return {
    request: { query: SaveSubmissionDraftDocument, variables: () => true },
    result: (v) => {
      sent.saves.push(v.input as Record<string, unknown>);
      return { errors: [gqlError('CONFLICT', 'Your answer was saved from another tab or device since you opened it.')] };
    },
    delay: 20,
  };
}

function submitOk(answer: ReturnType<typeof submission>, delay = 200): Mocks[number] {
  return {
    request: { query: SubmitAssignmentDocument, variables: () => true },
    result: (v) => {
      sent.submits.push(v);
      return { data: { submitAssignment: submissionAnswer(answer) } };
    },
    delay,
  };
}

function submitFails(error: { network: true } | { code: string; message: string }): Mocks[number] {
  if ('network' in error) {
    return {
      request: {
        query: SubmitAssignmentDocument,
        variables: (v) => {
          sent.submits.push(v);
          return true;
        },
      },
      error: new TypeError('Failed to fetch'),
      delay: 20,
    };
  }
  return {
    request: { query: SubmitAssignmentDocument, variables: () => true },
    result: (v) => {
      sent.submits.push(v);
      return { errors: [gqlError(error.code, error.message)] };
    },
    delay: 20,
  };
}

function render(data: ReturnType<typeof assignment>, mocks: Mocks = [], viewer = student) {
  const view = renderRoutes([{ path: '/assignments/:id', element: <AssignmentRoute /> }], {
    path: `/assignments/${ASSIGNMENT_ID}`,
    mocks: [viewerMock(viewer), limits, pageMock(data), ...mocks],
  });
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  return { ...view, user };
}

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const answerBox = () => screen.findByRole('textbox', { name: 'Your answer' });
const status = () => screen.getByTestId('save-status');

beforeEach(() => {
  sent = { saves: [], submits: [] };
  window.localStorage.clear();
  vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  // Mantine keeps notifications in a module-level store: start each test without them.
  act(() => notifications.clean());
});

describe('assignment page: the student’s answer', () => {
  it('shows the assignment: due time in the viewer’s zone, time left, points, late policy, instructions', async () => {
    render(assignment({ rubric: [{ id: 'c1', title: 'Method', points: 6 }, { id: 'c2', title: 'Units', points: 4 }] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tube heat units worksheet' })).toBeInTheDocument();
    const due = screen.getByRole('region', { name: 'Due' });
    // 04:59 UTC on Jan 16 is 11:59 PM in New York on the 15th, 9:59 PM in Denver.
    expect(due).toHaveTextContent('Tue, Jan 15, 11:59 PM EST (9:59 PM MST cohort time)');
    expect(within(due).getByTestId('due-relative')).toHaveTextContent('Due in 6 days');
    expect(due).toHaveTextContent('Points: 10 points');
    expect(due).toHaveTextContent('Late work is accepted after the due time, and marked late.');
    expect(screen.queryByTestId('extension-note')).not.toBeInTheDocument();
    const instructions = screen.getByRole('region', { name: 'Instructions' });
    expect(within(instructions).getByText('heat units').tagName).toBe('STRONG');
    expect(instructions).toHaveTextContent('Method (6 points)');
    expect(screen.getByRole('link', { name: 'Session 1: CT: gantry, tube and detector' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-1');
  });

  it('names an extension and a past due time', async () => {
    render(assignment({ dueAt: '2030-01-09T21:42:00.000Z', viewerDueAt: '2030-01-12T04:59:00.000Z', points: null, latePolicy: 'CLOSE' }));
    const due = await screen.findByRole('region', { name: 'Due' });
    expect(due).toHaveTextContent('Fri, Jan 11, 11:59 PM EST');
    expect(screen.getByTestId('extension-note')).toHaveTextContent('You have an extension: the cohort’s due time is Wed, Jan 9, 4:42 PM EST (2:42 PM MST cohort time).');
    expect(due).toHaveTextContent('Points: ungraded');
    expect(due).toHaveTextContent('Nothing can be handed in after the due time.');
    await act(async () => vi.setSystemTime(new Date('2030-01-12T07:59:00.000Z')));
    await advance(30_000);
    expect(within(due).getByTestId('due-relative')).toHaveTextContent('Was due 3 hours ago');
  });

  it('autosaves 1.5 s after typing stops, with the revision it started from, and says "Saved"', async () => {
    const saved = submission({ draftMarkdown: 'The anode heat capacity is 300 kHU.', draftRevision: 4, draftSavedAt: '2030-01-10T00:42:03.000Z' });
    render(assignment(), [saveOk(saved)]);
    const box = await answerBox();
    expect(box).toHaveValue('The anode heat capacity');
    expect(status()).toHaveTextContent('Saved Jan 8, 7:30 PM');

    fireEvent.change(box, { target: { value: 'The anode heat capacity is' } });
    expect(status()).toHaveTextContent('Saving…');
    await advance(1000);
    fireEvent.change(box, { target: { value: 'The anode heat capacity is 300 kHU.' } });
    // Each keystroke restarts the pause: nothing was sent yet.
    await advance(1000);
    expect(sent.saves).toHaveLength(0);
    // The copy in this browser is already there.
    expect(JSON.parse(window.localStorage.getItem(storageKey)!)).toMatchObject({ bodyMarkdown: 'The anode heat capacity is 300 kHU.', baseRevision: 3 });

    await advance(600);
    await waitFor(() => expect(sent.saves).toHaveLength(1));
    expect(sent.saves[0]).toEqual({ assignmentId: ASSIGNMENT_ID, bodyMarkdown: 'The anode heat capacity is 300 kHU.', fileIds: [], expectedRevision: 3 });
    await waitFor(() => expect(status()).toHaveTextContent('Saved 7:42 PM'));
    expect(status()).toHaveAttribute('aria-live', 'polite');
    // Once the server has it, the local copy is gone.
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });

  it('saves at once when the field loses focus or the page is hidden', async () => {
    const saved = submission({ draftMarkdown: 'Blur me', draftRevision: 4, draftSavedAt: '2030-01-10T00:42:01.000Z' });
    const hidden = submission({ draftMarkdown: 'Blur me, hide me', draftRevision: 5, draftSavedAt: '2030-01-10T00:42:02.000Z' });
    render(assignment(), [saveOk(saved), saveOk(hidden)]);
    const box = await answerBox();
    fireEvent.change(box, { target: { value: 'Blur me' } });
    fireEvent.blur(box);
    await waitFor(() => expect(sent.saves).toHaveLength(1));
    await waitFor(() => expect(status()).toHaveTextContent('Saved 7:42 PM'));

    fireEvent.change(box, { target: { value: 'Blur me, hide me' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    fireEvent(document, new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await waitFor(() => expect(sent.saves).toHaveLength(2));
    expect(sent.saves[1]).toMatchObject({ bodyMarkdown: 'Blur me, hide me', expectedRevision: 4 });
  });

  it('keeps the text when a save fails, says so, and tries again', async () => {
    const saved = submission({ draftMarkdown: 'Offline words', draftRevision: 4, draftSavedAt: '2030-01-10T00:42:04.000Z' });
    render(assignment(), [saveFails('network'), saveOk(saved)]);
    const box = await answerBox();
    fireEvent.change(box, { target: { value: 'Offline words' } });
    await advance(1500);
    await waitFor(() => expect(status()).toHaveTextContent('Not saved — retrying'));
    expect(sent.saves).toHaveLength(1);
    expect(box).toHaveValue('Offline words');
    expect(JSON.parse(window.localStorage.getItem(storageKey)!)).toMatchObject({ bodyMarkdown: 'Offline words' });

    // The retry goes out on its own, with the same revision.
    await advance(2000);
    await waitFor(() => expect(sent.saves).toHaveLength(2));
    expect(sent.saves[1]).toMatchObject({ bodyMarkdown: 'Offline words', expectedRevision: 3 });
    await waitFor(() => expect(status()).toHaveTextContent('Saved 7:42 PM'));
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });

  it('restores a newer copy from this browser with a notice, and saves it', async () => {
    window.localStorage.setItem(
      storageKey,
      JSON.stringify({ bodyMarkdown: 'Typed before the tab closed', files: [], editedAt: '2030-01-10T00:35:00.000Z', baseRevision: 3 }),
    );
    const saved = submission({ draftMarkdown: 'Typed before the tab closed', draftRevision: 4, draftSavedAt: '2030-01-10T00:42:02.000Z' });
    render(assignment(), [saveOk(saved)]);
    const box = await answerBox();
    expect(box).toHaveValue('Typed before the tab closed');
    expect(screen.getByTestId('restored-notice')).toHaveTextContent('Your answer had changes from 7:35 PM that had not reached Gantry.');
    await advance(1500);
    await waitFor(() => expect(sent.saves).toHaveLength(1));
    expect(sent.saves[0]).toMatchObject({ bodyMarkdown: 'Typed before the tab closed', expectedRevision: 3 });
    await waitFor(() => expect(status()).toHaveTextContent('Saved 7:42 PM'));
  });

  it('drops a copy from this browser that is older than the server’s draft', async () => {
    window.localStorage.setItem(storageKey, JSON.stringify({ bodyMarkdown: 'Old text', files: [], editedAt: '2030-01-09T00:00:00.000Z', baseRevision: 1 }));
    render(assignment());
    expect(await answerBox()).toHaveValue('The anode heat capacity');
    expect(screen.queryByTestId('restored-notice')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });

  it('on a conflict with another tab, offers to load the other version or keep mine', async () => {
    const theirs = submission({ draftMarkdown: 'Written in the other tab', draftRevision: 5, draftSavedAt: '2030-01-10T00:41:00.000Z' });
    const mine = submission({ draftMarkdown: 'Written here', draftRevision: 6, draftSavedAt: '2030-01-10T00:42:09.000Z' });
    render(assignment(), [saveFails('conflict'), pageMock(assignment({ submission: theirs })), saveOk(mine)]);
    const box = await answerBox();
    fireEvent.change(box, { target: { value: 'Written here' } });
    await advance(1500);
    const alert = await screen.findByRole('alert', { name: 'Changed in another tab' });
    await waitFor(() => expect(within(alert).getByTestId('other-version')).toHaveTextContent('The other version: “Written in the other tab”.'));
    expect(status()).toHaveTextContent('Not saved — this draft was changed in another tab');
    expect(box).toHaveValue('Written here');
    // Nothing more is sent until the student chooses.
    fireEvent.change(box, { target: { value: 'Written here' } });
    await advance(3000);
    expect(sent.saves).toHaveLength(1);

    await act(async () => within(alert).getByRole('button', { name: 'Keep mine' }).click());
    await waitFor(() => expect(sent.saves).toHaveLength(2));
    expect(sent.saves[1]).toMatchObject({ bodyMarkdown: 'Written here', expectedRevision: 5 });
    await waitFor(() => expect(status()).toHaveTextContent('Saved 7:42 PM'));
    expect(screen.queryByRole('alert', { name: 'Changed in another tab' })).not.toBeInTheDocument();
  });

  it('“Load the other version” replaces the text with the other tab’s', async () => {
    const theirs = submission({ draftMarkdown: 'Written in the other tab', draftRevision: 5, draftSavedAt: '2030-01-10T00:41:00.000Z' });
    render(assignment(), [saveFails('conflict'), pageMock(assignment({ submission: theirs }))]);
    const box = await answerBox();
    fireEvent.change(box, { target: { value: 'Written here' } });
    await advance(1500);
    const alert = await screen.findByRole('alert', { name: 'Changed in another tab' });
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Load the other version' })).toBeEnabled());
    await act(async () => within(alert).getByRole('button', { name: 'Load the other version' }).click());
    expect(box).toHaveValue('Written in the other tab');
    expect(status()).toHaveTextContent('Saved 7:41 PM');
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });
});

describe('assignment page: submitting', () => {
  const handedIn = submission({
    status: 'SUBMITTED',
    draftRevision: 3,
    submittedAt: '2030-01-10T00:45:00.000Z',
    versions: [version(1, { bodyMarkdown: 'The anode heat capacity', bodyHtml: '<p>The anode heat capacity</p>', submittedAt: '2030-01-10T00:45:00.000Z' })],
  });

  it('a double click sends one submit with one idempotency key, then shows the version', async () => {
    const { user } = render(assignment(), [submitOk(handedIn)]);
    await answerBox();
    const button = screen.getByRole('button', { name: 'Submit' });
    await user.dblClick(button);
    await waitFor(() => expect(screen.getByTestId('submitted-status')).toHaveTextContent('Submitted 7:45 PM (version 1)'));
    expect(sent.submits).toHaveLength(1);
    expect(sent.submits[0]).toEqual({ assignmentId: ASSIGNMENT_ID, idempotencyKey: expect.stringMatching(/^[0-9a-f-]{32,36}$/) });
    // The status comes from the cache; the button stops "submitting" once the submit's promise settles, a render later.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Submit again' })).toBeEnabled());
    const versions = screen.getByRole('region', { name: 'What you handed in' });
    expect(within(versions).getAllByTestId('submission-version')).toHaveLength(1);
    expect(versions).toHaveTextContent('Version 1');
  });

  it('is disabled while submitting, and a retry after a lost answer reuses the key', async () => {
    const { user } = render(assignment(), [submitFails({ network: true }), submitOk(handedIn, 300)]);
    await answerBox();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const alert = await screen.findByRole('alert', { name: 'Could not submit' });
    expect(alert).toHaveTextContent('Submitting again is safe');

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    await waitFor(() => expect(screen.getByTestId('submitted-status')).toHaveTextContent('Submitted 7:45 PM (version 1)'));
    expect(sent.submits).toHaveLength(2);
    expect(sent.submits[1]!.idempotencyKey).toBe(sent.submits[0]!.idempotencyKey);
  });

  it('a new submit intent after success gets a new key; editing after a failure does too', async () => {
    const second = submission({ ...handedIn, submittedAt: '2030-01-10T00:46:00.000Z', versions: [version(2), ...handedIn.versions] });
    const saved = submission({ ...handedIn, draftMarkdown: 'Better answer', draftRevision: 4, draftSavedAt: '2030-01-10T00:42:30.000Z' });
    const { user } = render(assignment(), [submitOk(handedIn, 20), submitFails({ network: true }), saveOk(saved), submitOk(second, 20)]);
    const box = await answerBox();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByTestId('submitted-status');
    // The status shows from the cache a render before that submit settles; go on once the
    // button is usable again (a click while it still runs is ignored, as a double click).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Submit again' })).toBeEnabled());
    fireEvent.change(box, { target: { value: 'Better answer' } });
    expect(await screen.findByText(/Your answer has changed since version 1/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit again' }));
    await screen.findByRole('alert', { name: 'Could not submit' });
    fireEvent.change(box, { target: { value: 'Better answer' } });
    fireEvent.change(box, { target: { value: 'Better answer!' } });
    fireEvent.change(box, { target: { value: 'Better answer' } });
    await user.click(screen.getByRole('button', { name: 'Submit again' }));
    await waitFor(() => expect(screen.getByTestId('submitted-status')).toHaveTextContent('(version 2)'));
    // The draft was saved before it was handed in.
    expect(sent.saves).toHaveLength(1);
    expect(sent.submits).toHaveLength(3);
    expect(new Set(sent.submits.map((s) => s.idempotencyKey)).size).toBe(3);
  });

  it('asks before handing in late work', async () => {
    const late = submission({ ...handedIn, late: true, versions: [version(1, { late: true })] });
    const { user } = render(assignment({ viewerDueAt: '2030-01-09T23:00:00.000Z', dueAt: '2030-01-09T23:00:00.000Z' }), [submitOk(late, 20)]);
    await answerBox();
    expect(screen.getByText('The due time has passed: work handed in now is marked late.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit late?' });
    expect(dialog).toHaveTextContent('This is after the due time; it will be marked late.');
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(sent.submits).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Submit late?' })).getByRole('button', { name: 'Submit late' }));
    await waitFor(() => expect(screen.getByTestId('submitted-status')).toHaveTextContent('Submitted 7:45 PM (version 1), marked late'));
    expect(sent.submits).toHaveLength(1);
  });

  it('a closed assignment cannot be submitted, and the API’s refusal is shown plainly', async () => {
    const { unmount } = render(assignment({ viewerDueAt: '2030-01-09T23:00:00.000Z', dueAt: '2030-01-09T23:00:00.000Z', latePolicy: 'CLOSE' }));
    await answerBox();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    expect(screen.getByText(/does not accept late work. Your draft is still saved./)).toBeInTheDocument();
    unmount();

    // The browser's clock said there was time; the API says otherwise.
    const { user } = render(assignment({ latePolicy: 'CLOSE' }), [submitFails({ code: 'BAD_USER_INPUT', message: 'The due time has passed and this assignment does not accept late work.' })]);
    await answerBox();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const alert = await screen.findByRole('alert', { name: 'Not submitted' });
    expect(alert).toHaveTextContent('The due time has passed and this assignment does not accept late work.');
  });

  it('a FILE assignment needs a file before it can be submitted; attached files can be removed', async () => {
    const withFile = submission({ draftMarkdown: '', draftFiles: [{ __typename: 'StoredFile', id: 'file-1', filename: 'heat-units.pdf', contentType: 'application/pdf', sizeBytes: 3072 }] });
    const removed = submission({ draftMarkdown: '', draftFiles: [], draftRevision: 4, draftSavedAt: '2030-01-10T00:42:01.000Z' });
    const { user } = render(assignment({ kind: 'FILE', submission: withFile }), [saveOk(removed)]);
    const files = await screen.findByTestId('draft-files');
    expect(files).toHaveTextContent('heat-units.pdf (3 KB)');
    expect(screen.getByRole('textbox', { name: 'Note for your mentor (optional)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove heat-units.pdf' }));
    await waitFor(() => expect(sent.saves).toHaveLength(1));
    expect(sent.saves[0]).toMatchObject({ fileIds: [], expectedRevision: 3 });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('alert', { name: 'Not submitted' })).toHaveTextContent('Attach at least one file before submitting.');
    expect(sent.submits).toHaveLength(0);
  });
});

describe('assignment page: returned work and mentors', () => {
  it('shows the returned grade: score, rubric points, feedback and when it came back', async () => {
    const returned = submission({
      status: 'RETURNED',
      submittedAt: '2030-01-10T00:45:00.000Z',
      versions: [version(1, { files: [storedFile('file-9', 'worksheet.pdf')] })],
      score: 8.5,
      rubricScores: [
        { __typename: 'RubricScore', criterionId: 'c1', points: 5.5 },
        { __typename: 'RubricScore', criterionId: 'c2', points: 3 },
      ],
      feedbackHtml: '<p>Good method; check the <em>units</em> in part 3.</p>',
      returnedAt: '2030-01-09T14:00:00.000Z',
    });
    render(assignment({ submission: returned, rubric: [{ id: 'c1', title: 'Method', points: 6 }, { id: 'c2', title: 'Units', points: 4 }] }));
    const feedback = await screen.findByRole('region', { name: 'Feedback from your mentor' });
    expect(within(feedback).getByTestId('score')).toHaveTextContent('Score: 8.5 / 10');
    const rubric = within(feedback).getByRole('table', { name: 'Rubric scores' });
    expect(within(rubric).getByRole('row', { name: 'Method 5.5 / 6' })).toBeInTheDocument();
    expect(within(rubric).getByRole('row', { name: 'Units 3 / 4' })).toBeInTheDocument();
    expect(within(feedback).getByText('units').tagName).toBe('EM');
    expect(feedback).toHaveTextContent('Returned 9:00 AM');
    // The version it grades, beside it, with its file previewed.
    const versions = screen.getByRole('region', { name: 'What you handed in' });
    expect(within(versions).getByTitle('worksheet.pdf (version 1) (PDF)')).toHaveAttribute('src', '/files/file-9/content?exp=1&sig=a');
  });

  it('shows nothing of a grade before it is returned', async () => {
    render(assignment({ submission: submission({ status: 'SUBMITTED', submittedAt: '2030-01-10T00:45:00.000Z', versions: [version(1)] }) }));
    await answerBox();
    expect(screen.queryByRole('region', { name: 'Feedback from your mentor' })).not.toBeInTheDocument();
  });

  it('a mentor sees the assignment read-only with the way to the grading queue', async () => {
    const mentor = me({ id: 'user-9', roles: ['MENTOR', 'STUDENT'], timeZone: 'America/Denver' });
    render(assignment({ manage: true, submission: null }), [], mentor);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tube heat units worksheet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the grading queue' })).toHaveAttribute('href', '/assignments/asg-1/grade');
    expect(screen.getByTestId('submission-counts')).toHaveTextContent('2 of 5 students handed in (1 late), 1 returned.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit' })).not.toBeInTheDocument();
  });
});
