/** Question-bank-shaped API answers for tests, with the __typename fields the cache relies on. */
export const CHAPTER_ID = '0b6f3c1e-4d2a-4c8e-9f1a-2b3c4d5e6f70';
export const QUESTION_ID = '7e2a1c3b-5d4f-4a6b-8c9d-0e1f2a3b4c5d';
export const DOMAIN_EQ = '11111111-1111-4111-8111-111111111111';
export const DOMAIN_SAFETY = '22222222-2222-4222-8222-222222222222';
export const MOD_CT = '33333333-3333-4333-8333-333333333333';
export const MOD_MRI = '44444444-4444-4444-8444-444444444444';

export const modalities = [
  { __typename: 'Modality' as const, id: MOD_CT, code: 'CT', name: 'Computed tomography' },
  { __typename: 'Modality' as const, id: MOD_MRI, code: 'MRI', name: 'Magnetic resonance imaging' },
];

export const examDomains = [
  { __typename: 'ExamDomain' as const, id: DOMAIN_EQ, code: 'IMAGING_EQUIPMENT', name: 'Imaging equipment function and operation' },
  { __typename: 'ExamDomain' as const, id: DOMAIN_SAFETY, code: 'SAFETY', name: 'Safety and regulatory compliance' },
];

export const myChapters = [{ __typename: 'Chapter' as const, id: CHAPTER_ID, name: 'CABMET' }];

export const taxonomy = { modalities, examDomains, myChapters };

const OPTION_TEXTS = ['Helium boils off', 'The gradient coils melt', 'The RF coil detunes', 'Nothing happens'];

export function option(i: number, text = OPTION_TEXTS[i] ?? `Option ${i}`, isCorrect = i === 0) {
  return { __typename: 'QuestionOption' as const, id: `opt-${i}`, position: i, textMarkdown: text, textHtml: `<p>${text}</p>`, isCorrect };
}

/** A chapter question at version 3, a draft, editable by the viewer. */
export function question(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Question' as const,
    id: QUESTION_ID,
    version: 3,
    status: 'DRAFT' as const,
    scope: 'CHAPTER' as const,
    chapterId: CHAPTER_ID,
    difficulty: 'MEDIUM' as const,
    author: 'Dale Okafor',
    reviewedBy: null,
    reviewedAt: null,
    source: null,
    createdAt: '2030-01-01T02:00:00.000Z',
    updatedAt: '2030-01-02T02:00:00.000Z',
    usedInAttempts: 0,
    viewerCanEdit: true,
    stemMarkdown: 'What happens in a **quench**?',
    stemHtml: '<p>What happens in a <strong>quench</strong>?</p>',
    rationaleMarkdown: 'The magnet warms and the helium boils off.',
    rationaleHtml: '<p>The magnet warms and the helium boils off.</p>',
    domain: examDomains[1],
    modality: modalities[1],
    options: [0, 1, 2, 3].map((i) => option(i)),
    ...overrides,
  };
}
