/** Homework-shaped API answers for tests, with the __typename fields the cache relies on. */
import type { SubmissionStatus } from '@/gql/graphql';

export function homeworkItem(
  id: string,
  title: string,
  dueAt: string,
  opts: { status?: SubmissionStatus; late?: boolean; score?: number | null; points?: number | null; cohortTitle?: string; sessionNumber?: number } = {},
) {
  return {
    __typename: 'HomeworkItem' as const,
    dueAt,
    status: opts.status ?? ('MISSING' as SubmissionStatus),
    late: opts.late ?? false,
    score: opts.score ?? null,
    cohortTitle: opts.cohortTitle ?? 'CRES study group — CT and MRI',
    assignment: {
      __typename: 'Assignment' as const,
      id,
      title,
      points: opts.points === undefined ? 10 : opts.points,
      session: { __typename: 'CohortSession' as const, id: `session-${opts.sessionNumber ?? 1}`, number: opts.sessionNumber ?? 1 },
    },
  };
}

export function homeworkPage(nodes: ReturnType<typeof homeworkItem>[], opts: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    __typename: 'HomeworkPage' as const,
    nodes,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
    totalCount: opts.totalCount ?? nodes.length,
  };
}
