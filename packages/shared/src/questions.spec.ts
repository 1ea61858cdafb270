import { fieldErrorsOf } from './validation';
import { importedContentSchema, normalizeOptionText, questionImportSchema, questionSchema } from './questions';

const DOMAIN = '3f1c1b8e-6d7e-4c55-9a57-8b7a1d2f0c11';
const base = {
  stemMarkdown: 'Which DICOM service verifies a node?',
  options: [
    { textMarkdown: 'C-STORE', isCorrect: false },
    { textMarkdown: 'C-ECHO', isCorrect: true },
    { textMarkdown: 'C-FIND', isCorrect: false },
    { textMarkdown: 'C-MOVE', isCorrect: false },
  ],
  rationaleMarkdown: 'Verification.',
  domainId: DOMAIN,
  difficulty: 'EASY',
  scope: 'DRAFT',
} as const;

function fields(input: unknown): Record<string, string[]> {
  const r = questionSchema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe('question rules', () => {
  it('accepts a well-formed question with 4 or 5 options', () => {
    expect(fields(base)).toEqual({});
    expect(fields({ ...base, options: [...base.options, { textMarkdown: 'N-ACTION', isCorrect: false }] })).toEqual({});
  });

  it('names each field the editor shows, options by index', () => {
    expect(
      fields({
        ...base,
        stemMarkdown: 'x'.repeat(4001),
        rationaleMarkdown: '',
        domainId: undefined,
        options: [
          { textMarkdown: 'Same', isCorrect: true },
          { textMarkdown: 'x', isCorrect: true },
          { textMarkdown: 'same.', isCorrect: false },
          { textMarkdown: ' ', isCorrect: false },
        ],
      }),
    ).toEqual({
      stemMarkdown: ['A question has at most 4000 characters.'],
      rationaleMarkdown: ['Explain why the correct answer is correct.'],
      domainId: ['Choose the exam domain.'],
      options: ['Only one option can be correct.'],
      'options.2.textMarkdown': ['Same text as option A.'],
      'options.3.textMarkdown': ['Write the option.'],
    });
    expect(fields({ ...base, options: base.options.slice(0, 3) })).toEqual({ options: ['A question has 4 or 5 options.'] });
    expect(fields({ ...base, options: base.options.map((o) => ({ ...o, isCorrect: false })) })).toEqual({ options: ['Mark the correct answer.'] });
    expect(fields({ ...base, scope: 'CHAPTER' })).toEqual({ chapterId: ['Choose the chapter whose bank this joins.'] });
  });

  it('lets an imported question lack a rationale, and normalizes option text for duplicates', () => {
    expect(importedContentSchema.safeParse({ ...base, rationaleMarkdown: '' }).success).toBe(true);
    expect(normalizeOptionText('  The   Fuse. ')).toBe('the fuse');
  });

  it('caps the import size and checks the defaults', () => {
    const r = questionImportSchema.safeParse({ format: 'GIFT', text: 'é'.repeat(100_001), filename: 'x.gift' });
    expect(r.success).toBe(false);
    expect(questionImportSchema.parse({ format: 'CSV', text: 'a', filename: 'x.csv' }).defaults).toEqual({ scope: 'DRAFT', status: 'DRAFT' });
    const reviewedDraft = questionImportSchema.safeParse({ format: 'CSV', text: 'a', filename: 'x.csv', defaults: { status: 'REVIEWED' } });
    expect(reviewedDraft.success ? {} : fieldErrorsOf(reviewedDraft.error)).toHaveProperty(['defaults.status']);
  });
});
