/** Assignment- and submission-shaped API answers for tests, with the __typename fields the cache relies on. */
import type { AssignmentKind, LatePolicy, SubmissionStatus } from '@/gql/graphql';

export const ASSIGNMENT_ID = 'asg-1';

export function storedFile(id: string, filename: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StoredFile' as const,
    id,
    filename,
    contentType: 'application/pdf',
    sizeBytes: 2048,
    preview: 'PDF' as const,
    url: `/files/${id}/content?exp=1&sig=a`,
    downloadUrl: `/files/${id}/content?exp=1&sig=a&dl=1`,
    ...overrides,
  };
}

export function version(number: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SubmissionVersion' as const,
    id: `ver-${number}`,
    number,
    bodyMarkdown: `Answer, version ${number}.`,
    bodyHtml: `<p>Answer, version ${number}.</p>`,
    submittedAt: '2030-01-09T00:45:00.000Z',
    late: false,
    files: [] as ReturnType<typeof storedFile>[],
    ...overrides,
  };
}

export function submission(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Submission' as const,
    id: 'sub-1',
    assignmentId: ASSIGNMENT_ID,
    status: 'DRAFT' as SubmissionStatus,
    draftMarkdown: 'The anode heat capacity',
    draftSavedAt: '2030-01-09T00:30:00.000Z',
    draftRevision: 3,
    draftFiles: [] as { __typename: 'StoredFile'; id: string; filename: string; contentType: string; sizeBytes: number }[],
    submittedAt: null as string | null,
    late: false,
    versions: [] as ReturnType<typeof version>[],
    score: null as number | null,
    rubricScores: [] as { __typename: 'RubricScore'; criterionId: string; points: number }[],
    feedbackHtml: null as string | null,
    gradedAt: null as string | null,
    returnedAt: null as string | null,
    ...overrides,
  };
}

/** What both mutations answer with (SubmissionState_submission and the fields they name). */
export function submissionAnswer(sub: ReturnType<typeof submission>) {
  return {
    ...sub,
    draftFiles: sub.draftFiles.map((f) => ({ __typename: 'StoredFile' as const, id: f.id, filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes })),
    assignment: { __typename: 'Assignment' as const, id: sub.assignmentId, viewerSubmission: { __typename: 'Submission' as const, id: sub.id } },
  };
}

export function assignment(
  opts: {
    kind?: AssignmentKind;
    points?: number | null;
    dueAt?: string;
    viewerDueAt?: string;
    latePolicy?: LatePolicy;
    manage?: boolean;
    enrolled?: boolean;
    submission?: ReturnType<typeof submission> | null;
    rubric?: { id: string; title: string; description?: string; points: number }[];
  } = {},
) {
  const dueAt = opts.dueAt ?? '2030-01-16T04:59:00.000Z';
  return {
    __typename: 'Assignment' as const,
    id: ASSIGNMENT_ID,
    title: 'Tube heat units worksheet',
    published: true,
    kind: opts.kind ?? ('WRITTEN' as AssignmentKind),
    points: opts.points === undefined ? 10 : opts.points,
    dueMode: 'ABSOLUTE' as const,
    dueAt,
    dueDescription: null,
    viewerDueAt: opts.viewerDueAt ?? dueAt,
    latePolicy: opts.latePolicy ?? ('ACCEPT_LATE' as LatePolicy),
    instructionsHtml: '<p>Work out the <strong>heat units</strong> of three exposures.</p>',
    rubric: (opts.rubric ?? []).map((c) => ({ __typename: 'RubricCriterion' as const, description: '', ...c })),
    submissionCounts: opts.manage ? { __typename: 'SubmissionCounts' as const, enrolled: 5, submitted: 2, late: 1, returned: 1, missing: 3 } : null,
    session: {
      __typename: 'CohortSession' as const,
      id: 'session-1',
      number: 1,
      title: 'CT: gantry, tube and detector',
      cohort: {
        __typename: 'Cohort' as const,
        id: 'cohort-1',
        title: 'CRES study group — CT and MRI',
        timeZone: 'America/Denver',
        viewerCanManage: !!opts.manage,
        viewerEnrollment: (opts.enrolled ?? !opts.manage) ? { __typename: 'Enrollment' as const, id: 'enr-1', status: 'ENROLLED' as const } : null,
      },
    },
    viewerSubmission: opts.submission === undefined ? submission() : opts.submission,
  };
}
