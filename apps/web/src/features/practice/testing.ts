/** Practice-shaped API answers for tests, with the __typename fields the cache relies on. */
import axe from 'axe-core';

export const ATTEMPT_ID = 'a7e00000-0000-4000-8000-000000000001';
export const ASSIGNMENT_ID = 'a5900000-0000-4000-8000-000000000001';
export const COHORT_ID = 'c0400000-0000-4000-8000-000000000001';

export const DOMAIN_EQUIPMENT = { __typename: 'ExamDomain' as const, id: 'd0000000-0000-4000-8000-000000000001', name: 'Imaging equipment' };
export const DOMAIN_SAFETY = { __typename: 'ExamDomain' as const, id: 'd0000000-0000-4000-8000-000000000002', name: 'Safety and compliance' };
export const MODALITY_CT = { __typename: 'Modality' as const, id: 'm0000000-0000-4000-8000-000000000001', name: 'CT' };

/** Option ids of the question at a position: `q{position}-a` … `q{position}-d`. */
export const optionId = (position: number, letter: 'a' | 'b' | 'c' | 'd') => `q${position}-${letter}`;

export function attemptItem(position: number, overrides: Record<string, unknown> = {}, question: Record<string, unknown> = {}) {
  return {
    __typename: 'AttemptItem' as const,
    id: `${ATTEMPT_ID}:${position}`,
    position,
    flagged: false,
    answered: false,
    selectedOptionId: null as string | null,
    correct: null as boolean | null,
    question: {
      __typename: 'AttemptQuestion' as const,
      id: `question-${position}`,
      stemHtml: `<p>Stem of question ${position + 1}: which part fails first?</p>`,
      options: (['a', 'b', 'c', 'd'] as const).map((l) => ({ __typename: 'AttemptOption' as const, id: optionId(position, l), textHtml: `<p>Option ${l.toUpperCase()} of ${position + 1}</p>` })),
      domain: position % 2 ? DOMAIN_SAFETY : DOMAIN_EQUIPMENT,
      modality: position % 2 ? null : MODALITY_CT,
      correctOptionId: null as string | null,
      rationaleHtml: null as string | null,
      ...question,
    },
    ...overrides,
  };
}

export type ItemFixture = ReturnType<typeof attemptItem>;

export function attemptState(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Attempt' as const,
    id: ATTEMPT_ID,
    kind: 'PRACTICE',
    status: 'IN_PROGRESS',
    title: 'Week 2 practice quiz',
    feedback: 'AT_END',
    assignmentId: ASSIGNMENT_ID as string | null,
    cohortId: COHORT_ID as string | null,
    startedAt: '2030-01-10T00:00:00.000Z',
    deadlineAt: '2030-01-10T00:30:00.000Z' as string | null,
    secondsLeft: 1800 as number | null,
    serverNow: '2030-01-10T00:00:00.000Z',
    submittedAt: null as string | null,
    autoSubmitted: false,
    currentPosition: 0,
    itemCount: 3,
    answeredCount: 0,
    flaggedCount: 0,
    ...overrides,
  };
}

export function attemptResult() {
  return {
    __typename: 'AttemptResult' as const,
    correct: 2,
    total: 3,
    percent: 67,
    byDomain: [
      { __typename: 'DomainScore' as const, domain: DOMAIN_EQUIPMENT, correct: 2, total: 2, percent: 100 },
      { __typename: 'DomainScore' as const, domain: DOMAIN_SAFETY, correct: 0, total: 1, percent: 0 },
    ],
    byModality: [
      { __typename: 'ModalityScore' as const, modality: MODALITY_CT, correct: 2, total: 2, percent: 100 },
      { __typename: 'ModalityScore' as const, modality: null, correct: 0, total: 1, percent: 0 },
    ],
  };
}

/** The attempt as the page reads it: state, every item, and the result once submitted. */
export function attempt(overrides: Record<string, unknown> = {}, items: ItemFixture[] = [attemptItem(0), attemptItem(1), attemptItem(2)]) {
  return { ...attemptState({ itemCount: items.length }), items, result: null as ReturnType<typeof attemptResult> | null, ...overrides };
}

/** Items of a submitted attempt: everything revealed. */
export function revealedItems(): ItemFixture[] {
  return [
    attemptItem(0, { answered: true, selectedOptionId: optionId(0, 'b'), correct: true }, { correctOptionId: optionId(0, 'b'), rationaleHtml: '<p>B is right because the tube heats first.</p>' }),
    attemptItem(1, { answered: true, selectedOptionId: optionId(1, 'a'), correct: false, flagged: true }, { correctOptionId: optionId(1, 'c'), rationaleHtml: '<p>C: lockout before service.</p>' }),
    attemptItem(2, { answered: true, selectedOptionId: optionId(2, 'd'), correct: true }, { correctOptionId: optionId(2, 'd'), rationaleHtml: '<p>D: the detector.</p>' }),
  ];
}

export function blueprint(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ExamBlueprint' as const,
    id: 'b1000000-0000-4000-8000-000000000001',
    edition: '2025-06',
    effectiveFrom: '2025-06-01',
    questionCount: 165,
    minutes: 180,
    provisional: true,
    weights: [
      { __typename: 'DomainWeight' as const, domain: { ...DOMAIN_EQUIPMENT, code: 'EQUIPMENT' }, weight: 1, percent: 50, questionCount: 83 },
      { __typename: 'DomainWeight' as const, domain: { ...DOMAIN_SAFETY, code: 'SAFETY' }, weight: 1, percent: 50, questionCount: 82 },
    ],
    ...overrides,
  };
}

export function attemptSummary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AttemptSummary' as const,
    id: 'a7e00000-0000-4000-8000-0000000000a1',
    kind: 'MOCK',
    status: 'SUBMITTED',
    title: 'Mock exam',
    startedAt: '2030-01-03T15:00:00.000Z',
    submittedAt: '2030-01-03T17:40:00.000Z' as string | null,
    deadlineAt: '2030-01-03T18:00:00.000Z' as string | null,
    percent: 71 as number | null,
    assignmentId: null as string | null,
    ...overrides,
  };
}

/** axe-core on the rendered page (contrast needs a real browser: the e2e test checks it). */
export async function expectNoA11yViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}
