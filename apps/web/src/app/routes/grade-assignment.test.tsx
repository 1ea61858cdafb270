import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { GradeAssignmentPageDocument } from '@/gql/graphql';
import { GradeSubmissionMutation, GrantExtensionMutation, ReturnSubmissionMutation } from '@/features/grading/api/documents';
import { entry, pdf, rubricScore, student, submission, version } from '@/features/grading/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as GradeAssignmentRoute } from './grade-assignment';

// A mentor in New York grading a Denver cohort's homework.
const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/New_York', roles: ['MENTOR'] });

const RUBRIC = [
  { __typename: 'RubricCriterion' as const, id: 'crit-1', title: 'Names the parts', description: 'Tube, detector, slip ring.', points: 6 },
  { __typename: 'RubricCriterion' as const, id: 'crit-2', title: 'Explains the heat', description: '', points: 4 },
];

function page(queue: ReturnType<typeof entry>[], rubric: typeof RUBRIC = RUBRIC) {
  return {
    assignment: {
      __typename: 'Assignment',
      id: 'asg-1',
      title: 'Tube warm-up worksheet',
      points: 10,
      dueAt: '2030-01-16T01:00:00.000Z',
      dueDescription: '1 hour before session 2',
      latePolicy: 'ACCEPT_LATE',
      published: true,
      rubric,
      session: {
        __typename: 'CohortSession',
        id: 'session-1',
        number: 1,
        title: 'CT: gantry, tube and detector',
        cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver', viewerCanManage: true },
      },
    },
    gradingQueue: queue,
  };
}

const avery = student('stu-1', 'Avery Chen');
const blake = student('stu-2', 'Blake Kim');
const casey = student('stu-3', 'Casey Ortiz');

const averyWork = submission('sub-1', {
  versions: [
    version('v-2', 2, '<p>The tube heats the <strong>anode</strong>.</p>', { files: [pdf('file-1', 'tube-sketch.pdf')] }),
    version('v-1', 1, '<p>First try.</p>', { submittedAt: '2030-01-14T23:00:00.000Z' }),
  ],
});
const caseyWork = submission('sub-3', {
  status: 'RETURNED',
  late: true,
  score: 9,
  gradedAt: '2030-01-17T15:00:00.000Z',
  returnedAt: '2030-01-17T16:00:00.000Z',
  feedbackMarkdown: 'Nice.',
  rubricScores: [rubricScore('crit-1', 6), rubricScore('crit-2', 3)],
  version: 4,
  versions: [version('v-9', 1, '<p>Late but good.</p>', { late: true })],
});

function queue(avery1 = averyWork) {
  return [entry(avery, avery1), entry(blake, null, { status: 'MISSING', extensionDueAt: '2030-01-20T02:00:00.000Z' }), entry(casey, caseyWork)];
}

function pageMock(data = page(queue())): Mocks[number] {
  return { request: { query: GradeAssignmentPageDocument, variables: { id: 'asg-1' } }, result: { data } };
}

function renderPage(mocks: Mocks, path = '/assignments/asg-1/grade?student=stu-1') {
  return renderRoutes([{ path: '/assignments/:id/grade', element: <GradeAssignmentRoute /> }], { path, mocks: [viewerMock(mentor), ...mocks] });
}

const studentHeading = () => screen.getByRole('heading', { level: 2, name: /^(Avery Chen|Blake Kim|Casey Ortiz)$/ });

describe('grading queue', () => {
  it('shows each student’s standing and work, and walks the queue with Next / Previous keeping the URL in sync', async () => {
    const { user, router } = renderPage([pageMock()]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Grade: Tube warm-up worksheet' })).toBeInTheDocument();
    const students = screen.getByRole('list', { name: 'Students' });
    const entries = within(students).getAllByTestId('queue-entry');
    expect(entries.map((e) => e.textContent)).toEqual(['Avery ChenSubmitted', 'Blake KimMissingExtension', 'Casey Ortiz9/10Returned']);
    expect(entries[0]).toHaveAttribute('aria-current', 'true');
    expect(entries[1]).toHaveAttribute('href', '/assignments/asg-1/grade?student=stu-2');
    expect(screen.getByTestId('queue-summary')).toHaveTextContent('1 of 3 waiting to be graded.');

    // Avery: the latest version, its PDF previewed in the page, the earlier one on request.
    expect(studentHeading()).toHaveTextContent('Avery Chen');
    expect(screen.getByTestId('queue-position')).toHaveTextContent('Student 1 of 3 · stu-1@example.org');
    expect(screen.getByTestId('submission-body')).toHaveTextContent('The tube heats the anode.');
    expect(screen.getByTitle('Avery Chen: tube-sketch.pdf (PDF)')).toHaveAttribute('src', '/files/file-1?sig=abc');
    // Handed in 23:00 UTC: 6 pm in New York, 4 pm in Denver.
    expect(screen.getByText(/^Handed in/)).toHaveTextContent('Handed in Tue, Jan 15, 6:00 PM EST (4:00 PM MST cohort time)');
    const show = screen.getByRole('button', { name: 'Show version 1' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(screen.getByText('First try.')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Grade Avery Chen’s work' })).toBeInTheDocument();

    const previous = screen.getByRole('button', { name: 'Previous student' });
    const next = screen.getByRole('button', { name: 'Next student' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(router.state.location.search).toBe('?student=stu-2');
    expect(studentHeading()).toHaveTextContent('Blake Kim');
    expect(screen.getByText('Blake Kim has not started this assignment.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /^Grade / })).not.toBeInTheDocument();
    // Their extension, in the viewer's zone with the cohort's beside it.
    expect(screen.getByRole('form', { name: 'Extension for Blake Kim' })).toHaveTextContent('Blake Kim has an extension to Sat, Jan 19, 9:00 PM EST (7:00 PM MST cohort time).');
    // Focus stays on the button that moved on.
    expect(next).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Next student' }));
    expect(router.state.location.search).toBe('?student=stu-3');
    expect(studentHeading()).toHaveTextContent('Casey Ortiz');
    expect(screen.getByRole('button', { name: 'Next student' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Next student' }));
    expect(router.state.location.search).toBe('?student=stu-3');
    expect(screen.getByTestId('grade-state')).toHaveTextContent('Returned to the student.');
    expect(screen.getByRole('textbox', { name: 'Score' })).toHaveValue('9');

    await user.click(screen.getByRole('button', { name: 'Previous student' }));
    expect(router.state.location.search).toBe('?student=stu-2');
    // Back and forward work too: the URL is the state.
    await router.navigate(-1);
    await waitFor(() => expect(studentHeading()).toHaveTextContent('Casey Ortiz'));
  }, 60_000);

  it('defaults the score to the rubric’s sum, saves the grade, and returns the work (the student is emailed)', async () => {
    const graded = { ...averyWork, version: 3, score: 8.5, rubricScores: [rubricScore('crit-1', 5), rubricScore('crit-2', 3.5)], feedbackMarkdown: 'Good work.', gradedAt: '2030-01-17T15:00:00.000Z' };
    const { user } = renderPage([
      pageMock(),
      {
        request: {
          query: GradeSubmissionMutation,
          variables: {
            input: {
              submissionId: 'sub-1',
              expectedVersion: 2,
              score: 8.5,
              rubricScores: [
                { criterionId: 'crit-1', points: 5 },
                { criterionId: 'crit-2', points: 3.5 },
              ],
              feedbackMarkdown: 'Good work.',
            },
          },
        },
        result: { data: { gradeSubmission: graded } },
      },
      {
        request: { query: ReturnSubmissionMutation, variables: { submissionId: 'sub-1', expectedVersion: 3 } },
        result: { data: { returnSubmission: { ...graded, version: 4, status: 'RETURNED', returnedAt: '2030-01-17T16:00:00.000Z' } } },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Grade Avery Chen’s work' });
    const score = within(form).getByRole('textbox', { name: 'Score' });
    expect(score).toHaveValue('');
    await user.type(within(form).getByRole('textbox', { name: 'Names the parts' }), '5');
    expect(score).toHaveValue('5');
    await user.type(within(form).getByRole('textbox', { name: 'Explains the heat' }), '3.5');
    expect(score).toHaveValue('8.5');
    expect(within(form).getByTestId('rubric-sum')).toHaveTextContent('Rubric total: 8.5 of 10');

    // A criterion is kept within its points (the field clamps when it loses focus).
    const heat = within(form).getByRole('textbox', { name: 'Explains the heat' });
    await user.clear(heat);
    await user.type(heat, '4.5');
    await user.tab();
    expect(heat).toHaveValue('4');
    await user.clear(heat);
    await user.type(heat, '3.5');
    expect(score).toHaveValue('8.5');

    await user.type(within(form).getByRole('textbox', { name: 'Feedback' }), 'Good work.');
    expect(within(form).getByTestId('grade-state')).toHaveTextContent('Unsaved changes.');
    await user.click(within(form).getByRole('button', { name: 'Save grade' }));
    expect(await screen.findByText('Grade saved for Avery Chen. They see it once you return the work.')).toBeInTheDocument();
    expect(within(form).getByTestId('grade-state')).toHaveTextContent('Grade saved; the student sees it once you return the work.');
    const averyEntry = within(screen.getByRole('list', { name: 'Students' })).getAllByTestId('queue-entry')[0]!;
    expect(averyEntry).toHaveTextContent('Avery Chen8.5/10Submitted');

    await user.click(within(form).getByRole('button', { name: 'Return to student' }));
    const dialog = await screen.findByRole('dialog', { name: 'Return the work to Avery Chen?' });
    expect(dialog).toHaveTextContent('Avery Chen gets an email saying their work is graded, and sees the score and your feedback.');
    await user.click(within(dialog).getByRole('button', { name: 'Return and email the student' }));
    expect(await screen.findByText('Returned to Avery Chen. They get an email and see the grade and your feedback.')).toBeInTheDocument();
    await waitFor(() => expect(averyEntry).toHaveTextContent('Avery Chen8.5/10Returned'));
    expect(within(form).getByTestId('grade-state')).toHaveTextContent('Returned to the student.');
  }, 60_000);

  it('keeps the typed feedback when another mentor graded first, reloads their grade, and saves over it', async () => {
    const theirs = { ...averyWork, version: 3, score: 6, rubricScores: [rubricScore('crit-1', 4), rubricScore('crit-2', 2)], feedbackMarkdown: 'Theirs.', gradedAt: '2030-01-17T15:00:00.000Z' };
    const input = { submissionId: 'sub-1', score: 7, rubricScores: [], feedbackMarkdown: 'Check the slip ring section again.' };
    const { user } = renderPage([
      pageMock(page(queue(), [])),
      { request: { query: GradeSubmissionMutation, variables: { input: { ...input, expectedVersion: 2 } } }, result: { errors: [gqlError(ErrorCode.Conflict, 'Someone graded this submission since you opened it.')] } },
      pageMock(page(queue(theirs), [])),
      { request: { query: GradeSubmissionMutation, variables: { input: { ...input, expectedVersion: 3 } } }, result: { data: { gradeSubmission: { ...theirs, version: 4, score: 7, rubricScores: [], feedbackMarkdown: input.feedbackMarkdown } } } },
    ]);
    const form = await screen.findByRole('form', { name: 'Grade Avery Chen’s work' });
    await user.type(within(form).getByRole('textbox', { name: 'Score' }), '7');
    const feedback = within(form).getByRole('textbox', { name: 'Feedback' });
    await user.type(feedback, input.feedbackMarkdown);
    await user.click(within(form).getByRole('button', { name: 'Save grade' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else graded this submission while you were working. Your score and feedback are still in the form.');
    expect(feedback).toHaveValue(input.feedbackMarkdown);
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await within(form).findByTestId('reloaded-grade')).toHaveTextContent('Loaded the latest grade: 6 of 10, graded Thu, Jan 17, 10:00 AM EST (8:00 AM MST cohort time).');
    expect(feedback).toHaveValue(input.feedbackMarkdown);
    expect(within(form).getByRole('textbox', { name: 'Score' })).toHaveValue('7');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Save grade' }));
    expect(await screen.findByText('Grade saved for Avery Chen. They see it once you return the work.')).toBeInTheDocument();
    expect(feedback).toHaveValue(input.feedbackMarkdown);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Students' })).getAllByTestId('queue-entry')[0]).toHaveTextContent('Avery Chen7/10Submitted'));
  }, 60_000);

  it('asks before leaving a student with an unsaved grade, and grants an extension in the cohort’s zone', async () => {
    const { user, router } = renderPage(
      [
        pageMock(),
        {
          // 5 pm MST on Jan 20 in Denver is 00:00 UTC on Jan 21.
          request: { query: GrantExtensionMutation, variables: { assignmentId: 'asg-1', studentId: 'stu-1', dueAt: '2030-01-21T00:00:00.000Z' } },
          result: { data: { grantExtension: { __typename: 'AssignmentExtension', assignmentId: 'asg-1', studentId: 'stu-1', dueAt: '2030-01-21T00:00:00.000Z' } } },
        },
        pageMock(page([entry(avery, averyWork, { extensionDueAt: '2030-01-21T00:00:00.000Z' }), ...queue().slice(1)])),
      ],
      '/assignments/asg-1/grade',
    );
    // Without ?student= the first one waiting to be graded is open.
    const form = await screen.findByRole('form', { name: 'Grade Avery Chen’s work' });
    await user.type(within(form).getByRole('textbox', { name: 'Feedback' }), 'Half done');
    await user.click(screen.getByRole('button', { name: 'Next student' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving the grade?' });
    await user.click(within(leave).getByRole('button', { name: 'Stay and keep grading' }));
    expect(router.state.location.search).toBe('');
    expect(within(form).getByRole('textbox', { name: 'Feedback' })).toHaveValue('Half done');

    const extension = screen.getByRole('form', { name: 'Extension for Avery Chen' });
    expect(extension).toHaveTextContent('Avery Chen has no extension: their work is due Tue, Jan 15, 8:00 PM EST (6:00 PM MST cohort time).');
    fireEvent.change(within(extension).getByLabelText(/^Extended due date/), { target: { value: '2030-01-20' } });
    fireEvent.change(within(extension).getByLabelText(/^Extended due time/), { target: { value: '17:00' } });
    expect(within(extension).getByTestId('extension-preview')).toHaveTextContent('That is Sun, Jan 20, 7:00 PM EST (5:00 PM MST cohort time) for you.');
    await user.click(within(extension).getByRole('button', { name: 'Grant extension' }));
    expect(await screen.findByText('Extension saved for Avery Chen.')).toBeInTheDocument();
    // The queue is read again after saving: wait for the new answer, not just the form.
    await waitFor(() => expect(screen.getByRole('form', { name: 'Extension for Avery Chen' })).toHaveTextContent('Avery Chen has an extension to Sun, Jan 20, 7:00 PM EST'));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Students' })).getAllByTestId('queue-entry')[0]).toHaveTextContent('Extension'));
    // The typed feedback survived the reload.
    expect(within(screen.getByRole('form', { name: 'Grade Avery Chen’s work' })).getByRole('textbox', { name: 'Feedback' })).toHaveValue('Half done');
  }, 60_000);
});
