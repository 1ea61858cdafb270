/** Library-shaped API answers for tests, with the __typename fields the cache relies on. */
export const CHAPTER_ID = '0b6f3c1e-4d2a-4c8e-9f1a-2b3c4d5e6f70';
export const MATERIAL_ID = '5c1d7a2e-9b3f-4e6a-8d1c-2f4b6a8c0e12';

export const libraryModalities = [
  { __typename: 'Modality' as const, id: 'mod-ct', code: 'CT', name: 'Computed tomography' },
  { __typename: 'Modality' as const, id: 'mod-mri', code: 'MRI', name: 'Magnetic resonance imaging' },
];

export const examDomains = [
  { __typename: 'ExamDomain' as const, id: 'dom-eq', code: 'IMAGING_EQUIPMENT', name: 'Imaging equipment function and operation' },
  { __typename: 'ExamDomain' as const, id: 'dom-safety', code: 'SAFETY', name: 'Safety and regulatory compliance' },
];

export const myChapters = [{ __typename: 'Chapter' as const, id: CHAPTER_ID, name: 'CABMET' }];

export function version(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MaterialVersion' as const,
    version: n,
    createdAt: `2030-01-0${n}T02:00:00.000Z`,
    title: n === 1 ? 'Quench basics' : `Quench basics, take ${n}`,
    summary: 'What happens when a magnet quenches.',
    minutes: 10,
    bodyMarkdown: `## Quench\n\nVersion ${n} text.`,
    url: null,
    modalityCodes: ['MRI'],
    domainCodes: ['SAFETY'],
    ...overrides,
  };
}

/** A reading in the CABMET library at version 2, editable by the viewer. */
export function material(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Material' as const,
    id: MATERIAL_ID,
    kind: 'READING' as const,
    scope: 'CHAPTER' as const,
    chapterId: CHAPTER_ID,
    title: 'Quench basics, take 2',
    summary: 'What happens when a magnet quenches.',
    minutes: 10,
    bodyMarkdown: '## Quench\n\nVersion 2 text.',
    bodyHtml: '<h2>Quench</h2><p>Version 2 text.</p>',
    url: null,
    file: null,
    archivedAt: null,
    updatedAt: '2030-01-02T02:00:00.000Z',
    version: 2,
    viewerCanEdit: true,
    modalities: [libraryModalities[1]],
    domains: [examDomains[1]],
    versions: [version(2), version(1)],
    ...overrides,
  };
}
