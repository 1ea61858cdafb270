/** Chapter-shaped API answers for tests. */
export function chapter(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Chapter' as const,
    id: 'chapter-1',
    name: 'CABMET',
    slug: 'cabmet',
    region: 'CO',
    regionName: 'Colorado',
    timeZone: 'America/Denver',
    description: 'Colorado’s biomedical technicians’ association.',
    createdAt: '2026-01-15T17:00:00.000Z',
    version: 2,
    ...overrides,
  };
}
