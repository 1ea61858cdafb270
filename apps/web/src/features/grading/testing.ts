/** Grading-shaped API answers for tests, with the __typename fields the cache relies on. */
import type { SubmissionStatus } from '@/gql/graphql';

export function student(id: string, displayName: string) {
  return { __typename: 'SubmissionStudent' as const, id, displayName, email: `${id}@example.org` };
}

export function pdf(id: string, filename: string) {
  return {
    __typename: 'StoredFile' as const,
    id,
    filename,
    contentType: 'application/pdf',
    sizeBytes: 48_000,
    preview: 'PDF' as const,
    url: `/files/${id}?sig=abc`,
    downloadUrl: `/files/${id}?sig=abc&download=1`,
  };
}

export function version(id: string, number: number, bodyHtml: string, opts: { submittedAt?: string; late?: boolean; files?: ReturnType<typeof pdf>[] } = {}) {
  return { __typename: 'SubmissionVersion' as const, id, number, bodyHtml, submittedAt: opts.submittedAt ?? '2030-01-15T23:00:00.000Z', late: opts.late ?? false, files: opts.files ?? [] };
}

export function submission(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Submission' as const,
    id,
    status: 'SUBMITTED' as SubmissionStatus,
    late: false,
    submittedAt: '2030-01-15T23:00:00.000Z',
    score: null as number | null,
    rubricScores: [] as { __typename: 'RubricScore'; criterionId: string; points: number }[],
    feedbackMarkdown: null as string | null,
    gradedAt: null as string | null,
    returnedAt: null as string | null,
    version: 2,
    versions: [] as ReturnType<typeof version>[],
    ...overrides,
  };
}

export function entry(s: ReturnType<typeof student>, sub: ReturnType<typeof submission> | null, opts: { status?: SubmissionStatus; late?: boolean; extensionDueAt?: string | null } = {}) {
  return {
    __typename: 'GradingQueueEntry' as const,
    status: opts.status ?? sub?.status ?? ('MISSING' as SubmissionStatus),
    late: opts.late ?? sub?.late ?? false,
    extensionDueAt: opts.extensionDueAt ?? null,
    student: s,
    submission: sub,
  };
}

export function rubricScore(criterionId: string, points: number) {
  return { __typename: 'RubricScore' as const, criterionId, points };
}
