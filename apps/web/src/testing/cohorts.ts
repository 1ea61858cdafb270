/** Cohort-shaped API answers for tests. */
export const modalities = [
  { __typename: 'Modality' as const, id: 'mod-ct', code: 'CT', name: 'Computed tomography' },
  { __typename: 'Modality' as const, id: 'mod-mri', code: 'MRI', name: 'Magnetic resonance imaging' },
  { __typename: 'Modality' as const, id: 'mod-pacs', code: 'PACS', name: 'PACS and imaging informatics' },
];

/** Weekly sessions at 7 pm Denver (MST, 02:00 UTC the next day), far enough ahead to stay upcoming. */
export function weeklySessions(count: number, firstUtc = '2030-01-09T02:00:00.000Z') {
  return Array.from({ length: count }, (_, i) => {
    const startsAt = new Date(Date.parse(firstUtc) + i * 7 * 86_400_000).toISOString();
    return {
      __typename: 'CohortSession' as const,
      id: `session-${i + 1}`,
      number: i + 1,
      title: `Session ${i + 1}`,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
      status: 'SCHEDULED' as const,
    };
  });
}

export function catalogCohort(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Cohort' as const,
    id: 'cohort-1',
    title: 'CRES study group — CT and MRI',
    timeZone: 'America/Denver',
    requiresApproval: false,
    chapter: { __typename: 'Chapter' as const, id: 'chapter-1', name: 'CABMET', region: 'CO', regionName: 'Colorado' },
    modalities: modalities.slice(0, 2),
    seats: { __typename: 'Seats' as const, left: 4, capacity: 12, waitlisted: 0 },
    sessions: weeklySessions(5),
    ...overrides,
  };
}

export function page<T>(typename: string, nodes: T[], opts: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    __typename: typename,
    nodes,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
    totalCount: opts.totalCount ?? nodes.length,
  };
}
