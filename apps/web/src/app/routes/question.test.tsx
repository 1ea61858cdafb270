import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { CreateQuestionDocument, NewQuestionPageDocument, QuestionPageDocument, SetQuestionStatusDocument, UpdateQuestionDocument } from '@/gql/graphql';
import { expectNoA11yViolations } from '@/features/questions/testing/axe';
import { CHAPTER_ID, DOMAIN_SAFETY, MOD_CT, option, question, QUESTION_ID, taxonomy } from '@/features/questions/testing/fixtures';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as QuestionRoute } from './question';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', roles: ['MENTOR', 'STUDENT'] });

function render(path: string, mocks: Mocks) {
  return renderRoutes(
    [
      { path: '/questions/new', element: <QuestionRoute /> },
      { path: '/questions/:id', element: <QuestionRoute /> },
      { path: '/questions', element: <p>The bank</p> },
    ],
    { path, mocks: [viewerMock(mentor), ...mocks] },
  );
}

const pageMock = (q: ReturnType<typeof question>, maxUsageCount = 1): Mocks[number] => ({
  request: { query: QuestionPageDocument, variables: { id: QUESTION_ID } },
  result: { data: { question: q, ...taxonomy } },
  maxUsageCount,
});

const INPUT = {
  stemMarkdown: 'Which test instrument checks the **kVp** of an X-ray generator?',
  options: [
    { textMarkdown: 'A non-invasive kVp meter', isCorrect: false },
    { textMarkdown: 'A digital multimeter', isCorrect: false },
    { textMarkdown: 'An oscilloscope alone', isCorrect: false },
    { textMarkdown: 'A dosimeter set to air kerma', isCorrect: false },
  ],
  rationaleMarkdown: 'A kVp meter reads the peak voltage through the beam without opening the generator.',
  domainId: DOMAIN_SAFETY,
  modalityId: MOD_CT,
  difficulty: 'EASY',
  scope: 'CHAPTER',
  chapterId: CHAPTER_ID,
};

describe('question editor: new question', () => {
  it('checks with the shared rules, adds and removes options (focus follows), shows the API’s field errors, and opens the saved question', async () => {
    const correct = { ...INPUT, options: INPUT.options.map((o, i) => ({ ...o, isCorrect: i === 0 })) };
    const { user, router, container } = render('/questions/new', [
      { request: { query: NewQuestionPageDocument }, result: { data: taxonomy }, maxUsageCount: 3 },
      {
        request: { query: CreateQuestionDocument, variables: { input: correct } },
        result: { errors: [gqlError(ErrorCode.BadUserInput, 'Check the highlighted fields.', { 'options.2.textMarkdown': ['Same text as option B.'] })] },
      },
      {
        request: { query: CreateQuestionDocument, variables: { input: { ...correct, options: correct.options.map((o, i) => (i === 2 ? { ...o, textMarkdown: 'A spectrum analyser' } : o)) } } },
        result: { data: { createQuestion: question({ id: 'q-new', version: 1 }) } },
      },
      { request: { query: QuestionPageDocument, variables: { id: 'q-new' } }, result: { data: { question: question({ id: 'q-new', version: 1 }), ...taxonomy } } },
    ]);
    // Typing whole sentences key by key is slow on a loaded machine: paste them.
    const fill = async (box: HTMLElement, text: string) => {
      await user.click(box);
      await user.paste(text);
    };
    expect(await screen.findByRole('heading', { level: 1, name: 'New question' })).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'New question' });
    await expectNoA11yViolations(container);

    // Empty: the shared schema's messages, all at once.
    await user.click(within(form).getByRole('button', { name: 'Create question' }));
    expect(await within(form).findByText('Write the question.')).toBeInTheDocument();
    expect(within(form).getAllByText('Write the option.')).toHaveLength(4);
    expect(within(form).getByText('Explain why the correct answer is correct.')).toBeInTheDocument();
    expect(within(form).getByTestId('options-error')).toHaveTextContent('Mark the correct answer.');
    expect(within(form).getByText('Choose the exam domain.')).toBeInTheDocument();

    // A fifth option, then removed again; focus stays in the list.
    await user.click(within(form).getByRole('button', { name: 'Add option E' }));
    const optionE = within(form).getByRole('textbox', { name: 'Option E' });
    await waitFor(() => expect(optionE).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Remove option E' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Option D' })).toHaveFocus());
    expect(within(form).queryByRole('textbox', { name: 'Option E' })).not.toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: /Remove option/ })).not.toBeInTheDocument();

    await fill(within(form).getByRole('textbox', { name: 'Question' }), INPUT.stemMarkdown);
    for (const [i, letter] of ['A', 'B', 'C', 'D'].entries()) {
      await fill(within(form).getByRole('textbox', { name: `Option ${letter}` }), INPUT.options[i]!.textMarkdown);
    }
    // The correct answer: native radios of one group (arrow keys move between them).
    await user.click(within(form).getByRole('radio', { name: 'Option B is the correct answer' }));
    expect(within(form).getByRole('radio', { name: 'Option B is the correct answer' })).toBeChecked();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(within(form).getByRole('radio', { name: 'Option A is the correct answer' })).toBeChecked());
    expect(within(form).getByRole('radio', { name: 'Option A is the correct answer' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Option A (correct)' })).toBeInTheDocument();
    expect(within(form).getByText('Correct answer: A.')).toBeInTheDocument();

    await fill(within(form).getByRole('textbox', { name: 'Rationale' }), INPUT.rationaleMarkdown);
    await user.click(within(form).getByRole('combobox', { name: 'Exam domain' }));
    await user.click(await screen.findByRole('option', { name: 'Safety and regulatory compliance' }));
    await user.click(within(form).getByRole('combobox', { name: 'Modality' }));
    await user.click(await screen.findByRole('option', { name: 'Computed tomography (CT)' }));
    await user.click(within(form).getByRole('radio', { name: 'Easy' }));
    // One chapter: its bank is the default.
    expect(within(form).getByRole('radio', { name: /My chapter’s bank/ })).toBeChecked();

    // The student's view: the stem and options, no correct answer, no rationale.
    const preview = within(form).getByTestId('student-preview');
    expect(preview).toHaveTextContent('Which test instrument checks the **kVp** of an X-ray generator?');
    expect(within(preview).getAllByTestId('preview-option').map((o) => o.textContent)).toEqual([
      'A.A non-invasive kVp meter',
      'B.A digital multimeter',
      'C.An oscilloscope alone',
      'D.A dosimeter set to air kerma',
    ]);
    expect(preview).not.toHaveTextContent(/correct/i);
    expect(preview).not.toHaveTextContent('peak voltage');

    // The API refuses option C: its message lands on that option.
    await user.click(within(form).getByRole('button', { name: 'Create question' }));
    const optionC = within(form).getByRole('textbox', { name: 'Option C' });
    await waitFor(() => expect(optionC).toHaveAccessibleDescription(expect.stringContaining('Same text as option B.')));
    await user.clear(optionC);
    await user.paste('A spectrum analyser');
    await user.click(within(form).getByRole('button', { name: 'Create question' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/questions/q-new'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit question' })).toBeInTheDocument();
  }, 60_000);
});

describe('question editor: an existing question', () => {
  it('keeps the edits on CONFLICT, then saves over theirs; marks it reviewed', async () => {
    const mine = question();
    const theirs = question({ version: 4, stemMarkdown: 'Their stem', stemHtml: '<p>Their stem</p>' });
    const edited = {
      stemMarkdown: 'What happens in a **quench**? (revised)',
      options: mine.options.map((o) => ({ textMarkdown: o.textMarkdown, isCorrect: o.isCorrect })),
      rationaleMarkdown: mine.rationaleMarkdown,
      domainId: DOMAIN_SAFETY,
      modalityId: mine.modality.id,
      difficulty: 'MEDIUM',
      scope: 'CHAPTER',
      chapterId: CHAPTER_ID,
    };
    const saved = question({ version: 5, stemMarkdown: edited.stemMarkdown, stemHtml: '<p>What happens in a <strong>quench</strong>? (revised)</p>' });
    const { user, container } = render(`/questions/${QUESTION_ID}`, [
      pageMock(mine),
      {
        request: { query: UpdateQuestionDocument, variables: { id: QUESTION_ID, input: edited, expectedVersion: 3 } },
        result: { errors: [gqlError(ErrorCode.Conflict, 'Someone else saved this question while you were editing.')] },
      },
      pageMock(theirs),
      { request: { query: UpdateQuestionDocument, variables: { id: QUESTION_ID, input: edited, expectedVersion: 4 } }, result: { data: { updateQuestion: saved } } },
      {
        request: { query: SetQuestionStatusDocument, variables: { id: QUESTION_ID, status: 'REVIEWED', expectedVersion: 5 } },
        result: { data: { setQuestionStatus: { ...saved, version: 6, status: 'REVIEWED', reviewedBy: 'Dale Okafor', reviewedAt: '2030-01-03T02:00:00.000Z' } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit question' })).toBeInTheDocument();
    expect(screen.getByTestId('question-meta')).toHaveTextContent('Version 3');
    const form = screen.getByRole('form', { name: 'Edit question' });
    expect(within(form).getByRole('radio', { name: 'Option A is the correct answer' })).toBeChecked();
    // Saved text is shown formatted, as the student will see it.
    expect(within(form).getByTestId('student-preview').querySelector('strong')).toHaveTextContent('quench');
    await expectNoA11yViolations(container);

    const stem = within(form).getByRole('textbox', { name: 'Question' });
    await user.type(stem, ' (revised)');
    // Unsaved edits: reviewing waits for a save.
    expect(screen.getByRole('button', { name: 'Mark reviewed' })).toBeDisabled();
    expect(screen.getByText('Save your changes first: reviewing applies to the saved question.')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = (await screen.findByText('Not saved: someone else saved first')).closest<HTMLElement>('[role="alert"]')!;
    await waitFor(() => expect(alert).toHaveTextContent('The question is now at version 4.'));
    expect(stem).toHaveValue('What happens in a **quench**? (revised)');

    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(screen.getByTestId('question-meta')).toHaveTextContent('Version 5'));
    expect(screen.queryByText(/someone else saved first/)).not.toBeInTheDocument();

    // The saved version shows first; the form resets its unsaved state (which unblocks
    // reviewing) a render or two later, once the save's promise has resolved.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark reviewed' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    await waitFor(() => expect(screen.getAllByTestId('status-badge')[0]).toHaveTextContent('Reviewed'));
    expect(screen.getByTestId('question-meta')).toHaveTextContent('reviewed by Dale Okafor');
    expect(screen.getByRole('button', { name: 'Back to draft' })).toBeInTheDocument();
  }, 60_000);

  it('explains why a draft-scope question can’t be marked reviewed', async () => {
    const draft = question({ scope: 'DRAFT', chapterId: null });
    render(`/questions/${QUESTION_ID}`, [pageMock(draft)]);
    const button = await screen.findByRole('button', { name: 'Mark reviewed' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/Drafts are yours alone/);
  });

  it('retires after asking, and shows a refusal from the API', async () => {
    const reviewed = question({ status: 'REVIEWED', reviewedBy: 'Ana Ruiz' });
    const { user } = render(`/questions/${QUESTION_ID}`, [
      pageMock(reviewed),
      { request: { query: SetQuestionStatusDocument, variables: { id: QUESTION_ID, status: 'RETIRED', expectedVersion: 3 } }, result: { data: { setQuestionStatus: { ...reviewed, version: 4, status: 'RETIRED' } } } },
      {
        request: { query: SetQuestionStatusDocument, variables: { id: QUESTION_ID, status: 'DRAFT', expectedVersion: 4 } },
        result: { errors: [gqlError(ErrorCode.Forbidden, 'Only the chapter’s mentors and admins edit its questions.')] },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Retire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retire this question?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retire' }));
    await waitFor(() => expect(screen.getAllByTestId('status-badge')[0]).toHaveTextContent('Retired'));
    // The confirm modal closes with a transition: its Retire button goes a moment later.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retire' })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Back to draft' }));
    expect(await screen.findByText('Only the chapter’s mentors and admins edit its questions.')).toBeInTheDocument();
  }, 30_000);

  it('locks the options of a question attempts have used, but keeps their wording editable', async () => {
    const used = question({ usedInAttempts: 3, options: [0, 1, 2, 3, 4].map((i) => option(i, `Choice ${i}`)) });
    render(`/questions/${QUESTION_ID}`, [pageMock(used)]);
    const locked = await screen.findByTestId('options-locked');
    expect(locked).toHaveTextContent('This question is in 3 attempts, so its options can’t be added, removed or given a different correct answer');
    expect(screen.getByRole('radio', { name: 'Option B is the correct answer' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Remove option/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add option/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Option E' })).not.toHaveAttribute('readonly');
  });

  it('shows a read-only question to a mentor who can’t edit it', async () => {
    render(`/questions/${QUESTION_ID}`, [pageMock(question({ viewerCanEdit: false, scope: 'PLATFORM', chapterId: null }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Question' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('status-actions')).not.toBeInTheDocument();
  });

  it('says when there is no such question', async () => {
    render(`/questions/${QUESTION_ID}`, [
      { request: { query: QuestionPageDocument, variables: { id: QUESTION_ID } }, result: { errors: [gqlError(ErrorCode.NotFound, 'That question was not found.')] } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Question not found' })).toBeInTheDocument();
  });
});
