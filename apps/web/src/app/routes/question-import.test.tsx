import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { ImportQuestionsDocument, PreviewQuestionImportDocument, QuestionImportPageDocument } from '@/gql/graphql';
import { expectNoA11yViolations } from '@/features/questions/testing/axe';
import { CHAPTER_ID, DOMAIN_SAFETY, taxonomy } from '@/features/questions/testing/fixtures';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as ImportRoute } from './question-import';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', roles: ['MENTOR'] });

const BAD = `::q1:: Which gas boils off in a quench? {=Helium ~Nitrogen ~Argon ~Oxygen}

::q2:: What does a kVp meter measure? {=Peak tube voltage ~Tube current}
`;
const GOOD = `::q1:: Which gas boils off in a quench? {=Helium ~Nitrogen ~Argon ~Oxygen}

::q2:: What does a kVp meter measure? {=Peak tube voltage ~Tube current ~Exposure time ~Dose area product}
`;

const defaults = { domainId: DOMAIN_SAFETY, modalityId: null, difficulty: 'MEDIUM', scope: 'CHAPTER', chapterId: CHAPTER_ID, status: 'DRAFT' };
const input = (text: string, filename = 'bank.gift', format = 'GIFT') => ({ format, text, filename, defaults });

function imported(line: number, stem: string, options: string[]) {
  return { __typename: 'ImportedQuestion', line, stem, options, correctIndex: 0, rationale: null, domainCode: null, modalityCode: null, difficulty: null };
}
const q1 = imported(1, 'Which gas boils off in a quench?', ['Helium', 'Nitrogen', 'Argon', 'Oxygen']);
const q2 = imported(3, 'What does a kVp meter measure?', ['Peak tube voltage', 'Tube current', 'Exposure time', 'Dose area product']);

function previewMock(text: string, result: unknown): Mocks[number] {
  return { request: { query: PreviewQuestionImportDocument, variables: { input: input(text) } }, result: result as never };
}

function render(mocks: Mocks) {
  return renderRoutes([{ path: '/questions/import', element: <ImportRoute /> }], {
    path: '/questions/import',
    mocks: [viewerMock(mentor), { request: { query: QuestionImportPageDocument }, result: { data: taxonomy }, maxUsageCount: 3 }, ...mocks],
  });
}

const file = (text: string, name = 'bank.gift', type = '') => new File([text], name, { type });

async function chooseDomain(user: ReturnType<typeof render>['user']) {
  await user.click(screen.getByRole('combobox', { name: /Exam domain/ }));
  await user.click(await screen.findByRole('option', { name: 'Safety and regulatory compliance' }));
}

describe('question import', () => {
  it('shows the line errors and imports nothing until the file is fixed, then imports it and links the questions', async () => {
    const { user, container } = render([
      previewMock(BAD, {
        data: { previewQuestionImport: { __typename: 'QuestionImportPreview', ok: false, questions: [q1], errors: [{ __typename: 'ImportLineError', line: 3, message: 'Line 3: a question has 4 or 5 options; this one has 2.' }] } },
      }),
      previewMock(GOOD, { data: { previewQuestionImport: { __typename: 'QuestionImportPreview', ok: true, questions: [q1, q2], errors: [] } } }),
      {
        request: { query: ImportQuestionsDocument, variables: { input: input(GOOD) } },
        result: {
          data: {
            importQuestions: {
              __typename: 'QuestionImportResult',
              imported: 2,
              questions: [
                { __typename: 'Question', id: 'q-a', stemMarkdown: 'Which gas boils off in a quench?', status: 'DRAFT' },
                { __typename: 'Question', id: 'q-b', stemMarkdown: 'What does a kVp meter measure?', status: 'DRAFT' },
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Import questions' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Preview' })).toBeDisabled();
    await expectNoA11yViolations(container);

    await user.upload(screen.getByTestId('import-file-input'), file(BAD));
    await waitFor(() => expect(screen.getByTestId('import-file-state')).toHaveTextContent(/^bank\.gift \(\d+ bytes\)$/));
    expect(screen.getByRole('radio', { name: 'GIFT (Moodle)' })).toBeChecked();
    await chooseDomain(user);
    // One chapter: its bank is where imports go by default.
    expect(screen.getByRole('combobox', { name: 'Into' })).toHaveValue('A chapter’s bank');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const errors = await screen.findByTestId('import-errors');
    expect(errors).toHaveTextContent('Line 3: a question has 4 or 5 options; this one has 2.');
    expect(screen.getByTestId('import-summary')).toHaveTextContent('bank.gift, read as GIFT (Moodle): 1 question read, 1 line with errors.');
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    expect(importButton).toHaveAccessibleDescription('Nothing can be imported while 1 line has an error. Fix it in the file, choose it again and preview.');
    const row = within(screen.getByTestId('import-questions')).getByRole('row', { name: /Which gas boils off/ });
    expect(row).toHaveTextContent('A. HeliumCorrect');
    expect(row).toHaveTextContent('Safety and regulatory compliance (default)');
    expect(row).toHaveTextContent('General');
    expect(row).toHaveTextContent('Medium (default)');
    await expectNoA11yViolations(container);

    // The fixed file: everything parses, so it can be imported.
    await user.upload(screen.getByTestId('import-file-input'), file(GOOD));
    await waitFor(() => expect(screen.queryByTestId('import-errors')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Preview' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findAllByTestId('import-question')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Import 2 questions' }));
    const result = await screen.findByTestId('import-result');
    await waitFor(() => expect(result).toHaveTextContent('Imported 2 questions'));
    expect(within(result).getByRole('link', { name: 'What does a kVp meter measure?' })).toHaveAttribute('href', '/questions/q-b');
    expect(within(result).getByRole('link', { name: 'See them in the question bank' })).toHaveAttribute('href', '/questions?status=DRAFT');
  }, 60_000);

  it('says why the API refused the whole file', async () => {
    const { user } = render([
      previewMock(GOOD, { data: { previewQuestionImport: { __typename: 'QuestionImportPreview', ok: true, questions: [q1, q2], errors: [] } } }),
      {
        request: { query: ImportQuestionsDocument, variables: { input: input(GOOD) } },
        result: { errors: [gqlError(ErrorCode.BadUserInput, 'Nothing was imported: 1 line needs fixing.', { text: ['Line 3: the domain code RADIOLOGY is unknown.'] })] },
      },
    ]);
    await screen.findByTestId('import-file-input');
    await user.upload(screen.getByTestId('import-file-input'), file(GOOD));
    await chooseDomain(user);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Preview' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 questions' }));
    const error = await screen.findByTestId('import-error');
    await waitFor(() => expect(error).toHaveTextContent('Nothing was imported: 1 line needs fixing.'));
    expect(error).toHaveTextContent('Line 3: the domain code RADIOLOGY is unknown.');
    expect(screen.queryByTestId('import-result')).not.toBeInTheDocument();
  }, 30_000);

  it('guesses Aiken for a .txt file with ANSWER lines, and refuses a file that is too large or not text', async () => {
    const { user } = render([]);
    await screen.findByTestId('import-file-input');
    await user.upload(screen.getByTestId('import-file-input'), file('What is DICOM?\nA. A standard\nB. A cable\nC. A tube\nD. A coil\nANSWER: A\n', 'bank.txt', 'text/plain'));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Aiken' })).toBeChecked());

    await user.upload(screen.getByTestId('import-file-input'), file('x'.repeat(210_000), 'huge.csv', 'text/csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.csv is 210 KB; an import file is at most 200 KB. Split it into smaller files.');
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
    expect(screen.getByTestId('import-file-state')).toHaveTextContent('No file chosen.');

    // The picker's accept list is a hint a user can override ("All files").
    fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file('%PDF-1.4', 'bank.pdf', 'application/pdf')] } });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('bank.pdf is not a text file. Choose a .gift, .txt or .csv file.'));
  }, 30_000);
});
