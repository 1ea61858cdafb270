import { screen, waitFor, within } from '@testing-library/react';
import { CreateAssignmentDocument, QuizBuilderOptionsDocument, QuizQuestionSearchDocument } from '@/gql/graphql';
// The builder lives in the assignment editor's slot: test it where the mentor uses it.
import { AssignmentForm } from '@/features/assignments/components/AssignmentForm';
import { assignment, SESSION_1, SESSIONS } from '@/features/assignments/testing';
import { page } from '@/testing/cohorts';
import { renderAt, type Mocks } from '@/testing/render';
import { DOMAIN_EQUIPMENT, DOMAIN_SAFETY, expectNoA11yViolations, MODALITY_CT } from '../testing';
import { QuizBuilder } from './QuizBuilder';

const Q = (n: number) => `9e000000-0000-4000-8000-00000000000${n}`;

function question(n: number, stem: string, domain = DOMAIN_EQUIPMENT) {
  return {
    __typename: 'Question' as const,
    id: Q(n),
    stemHtml: `<p>${stem}</p>`,
    stemMarkdown: stem,
    difficulty: 'MEDIUM',
    scope: 'PLATFORM',
    status: 'REVIEWED',
    domain,
    modality: n % 2 ? MODALITY_CT : null,
  };
}

const QUESTIONS = [question(1, 'Which CT part wears out first?'), question(2, 'What comes before servicing an energized system?', DOMAIN_SAFETY), question(3, 'What does a **detector** measure?')];

let searches: Record<string, unknown>[];
let created: Record<string, unknown>[];

const options: Mocks[number] = {
  request: { query: QuizBuilderOptionsDocument },
  result: {
    data: {
      examDomains: [
        { ...DOMAIN_EQUIPMENT, code: 'EQUIPMENT' },
        { ...DOMAIN_SAFETY, code: 'SAFETY' },
      ],
      modalities: [{ ...MODALITY_CT, code: 'CT' }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const search: Mocks[number] = {
  request: { query: QuizQuestionSearchDocument, variables: () => true },
  result: (v) => {
    searches.push(v);
    const filter = v.filter as { domainIds?: string[] | null };
    const nodes = filter.domainIds?.length ? QUESTIONS.filter((q) => filter.domainIds!.includes(q.domain.id)) : QUESTIONS;
    return { data: { questions: page('QuestionPage', v.first === 1 ? nodes.slice(0, 1) : nodes, { totalCount: v.first === 1 ? 7 : nodes.length }) } };
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderForm(extra: Mocks = []) {
  return renderAt(
    '/plan',
    <AssignmentForm
      cohortId="cohort-1"
      sessionId={SESSION_1}
      sessions={SESSIONS}
      viewerZone="America/Denver"
      cohortZone="America/Denver"
      onSaved={() => {}}
      onCancel={() => {}}
      renderQuizEditor={(p) => <QuizBuilder {...p} />}
    />,
    [options, search, ...extra],
  );
}

beforeEach(() => {
  searches = [];
  created = [];
});

describe('quiz builder', () => {
  it('picks reviewed questions (search, add, reorder, remove) and sends them with the feedback, time limit and shuffle', async () => {
    const { user, container } = renderForm([
      {
        request: { query: CreateAssignmentDocument, variables: () => true },
        result: (v) => {
          created.push(v.input as Record<string, unknown>);
          return { data: { createAssignment: assignment({ kind: 'QUIZ', title: 'CT warm-up quiz' }) } };
        },
        delay: 20,
      },
    ]);
    const form = screen.getByRole('form', { name: 'New assignment' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'CT warm-up quiz');
    await user.click(within(form).getByRole('radio', { name: 'Practice quiz' }));
    const builder = await screen.findByTestId('quiz-builder');
    // No rubric for a quiz: the server scores it.
    expect(screen.queryByText('Rubric (optional)')).not.toBeInTheDocument();

    const found = await within(builder).findByRole('list', { name: 'Reviewed questions found' });
    await waitFor(() => expect(within(found).getAllByTestId('quiz-search-result')).toHaveLength(3));
    // Only reviewed questions are offered.
    expect(searches[0]).toMatchObject({ filter: { statuses: ['REVIEWED'] } });

    await user.click(within(found).getByRole('button', { name: 'Add: Which CT part wears out first?' }));
    await user.click(within(found).getByRole('button', { name: /Add: What comes before servicing/ }));
    await user.click(within(found).getByRole('button', { name: /Add: What does a detector measure/ }));
    expect(within(found).getByRole('button', { name: 'Added: Which CT part wears out first?' })).toBeDisabled();
    let chosen = within(builder).getAllByTestId('quiz-question');
    expect(chosen.map((c) => c.textContent)).toEqual([
      expect.stringContaining('1. Which CT part wears out first?'),
      expect.stringContaining('2. What comes before servicing'),
      expect.stringContaining('3. What does a detector measure?'),
    ]);

    await user.click(within(builder).getByRole('button', { name: 'Move question 3 up' }));
    await user.click(within(builder).getByRole('button', { name: 'Remove question 1' }));
    chosen = within(builder).getAllByTestId('quiz-question');
    expect(chosen.map((c) => c.textContent)).toEqual([expect.stringContaining('1. What does a detector measure?'), expect.stringContaining('2. What comes before servicing')]);

    // Filter the search by domain.
    await user.selectOptions(within(builder).getByRole('combobox', { name: 'Exam domain' }), DOMAIN_SAFETY.id);
    await waitFor(() => expect(within(found).getAllByTestId('quiz-search-result')).toHaveLength(1));

    await user.click(within(builder).getByRole('radio', { name: 'After each answer (the answer then locks)' }));
    await user.click(within(builder).getByRole('switch', { name: 'Time limit' }));
    const minutes = within(builder).getByRole('textbox', { name: 'Minutes per attempt' });
    await user.clear(minutes);
    await user.type(minutes, '15');
    await user.click(within(builder).getByRole('checkbox', { name: /Shuffle the questions/ }));
    await expectNoA11yViolations(container);

    await user.click(within(form).getByRole('button', { name: 'Create assignment' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      kind: 'QUIZ',
      rubric: [],
      quiz: { selection: 'FIXED', questionIds: [Q(3), Q(2)], rule: null, feedback: 'IMMEDIATE', timeLimitMinutes: 15, shuffle: false },
    });
  }, 60_000);

  it('draws by a rule with the pool size shown, and refuses an empty quiz before sending', async () => {
    const { user } = renderForm();
    const form = screen.getByRole('form', { name: 'New assignment' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Safety drill');
    await user.click(within(form).getByRole('radio', { name: 'Practice quiz' }));
    const builder = await screen.findByTestId('quiz-builder');

    // Nothing picked yet: the shared rules say so on the field, nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Create assignment' }));
    expect(await within(builder).findByText('Add at least one question.')).toBeInTheDocument();

    await user.click(within(builder).getByRole('radio', { name: 'Draw by a rule' }));
    await user.click(await within(builder).findByRole('checkbox', { name: 'Safety and compliance' }));
    await waitFor(() => expect(searches.at(-1)).toMatchObject({ first: 1, filter: { domainIds: [DOMAIN_SAFETY.id], statuses: ['REVIEWED'] } }));
    // Ten questions by default: more than the pool has.
    expect(await within(builder).findByTestId('quiz-pool')).toHaveTextContent('7 reviewed questions in the banks you can read match this rule: fewer than the 10 asked for.');
    const count = within(builder).getByRole('textbox', { name: 'Questions per attempt' });
    await user.clear(count);
    await user.type(count, '5');
    expect(within(builder).getByTestId('quiz-pool')).toHaveTextContent('7 reviewed questions in the banks you can read match this rule. Saving checks');
  }, 30_000);
});
