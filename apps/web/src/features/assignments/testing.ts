/** Assignment-shaped API answers for tests, with the __typename fields the cache relies on. */
import type { AssignmentForm_AssignmentFragment, AssignmentKind, DueMode, LatePolicy } from '@/gql/graphql';

export const SESSION_1 = '5e551011-0000-4000-8000-000000000001';
export const SESSION_2 = '5e551011-0000-4000-8000-000000000002';
export const SESSION_3 = '5e551011-0000-4000-8000-000000000003';

// A Denver cohort: 7 pm MST on Tuesdays (02:00 UTC the next day).
export const SESSIONS = [
  { __typename: 'CohortSession' as const, id: SESSION_1, number: 1, title: 'CT: gantry, tube and detector', startsAt: '2030-01-09T02:00:00.000Z', status: 'SCHEDULED' },
  { __typename: 'CohortSession' as const, id: SESSION_2, number: 2, title: 'MRI: magnets and safety', startsAt: '2030-01-16T02:00:00.000Z', status: 'SCHEDULED' },
  { __typename: 'CohortSession' as const, id: SESSION_3, number: 3, title: 'Practice exam', startsAt: '2030-01-23T02:00:00.000Z', status: 'SCHEDULED' },
];

export function criterion(id: string, title: string, points: number, description = '') {
  return { __typename: 'RubricCriterion' as const, id, title, description, points };
}

export function counts(enrolled: number, submitted: number, late: number, returned: number) {
  return { __typename: 'SubmissionCounts' as const, enrolled, submitted, late, returned, missing: enrolled - submitted };
}

export function assignment(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Assignment' as const,
    id: 'asg-1',
    cohortId: 'cohort-1',
    sessionId: SESSION_1,
    position: 0,
    version: 1,
    title: 'Tube warm-up worksheet',
    instructionsMarkdown: 'Answer the questions.',
    kind: 'WRITTEN' as AssignmentKind,
    points: 10 as number | null,
    dueMode: 'RELATIVE' as DueMode,
    // One hour before session 2.
    dueAt: '2030-01-16T01:00:00.000Z',
    dueSessionId: SESSION_2 as string | null,
    dueOffsetMinutes: -60 as number | null,
    dueDescription: '1 hour before session 2' as string | null,
    latePolicy: 'ACCEPT_LATE' as LatePolicy,
    published: false,
    rubric: [] as ReturnType<typeof criterion>[],
    quiz: null as AssignmentForm_AssignmentFragment['quiz'],
    submissionCounts: counts(5, 3, 1, 1) as ReturnType<typeof counts> | null,
    ...overrides,
  };
}
