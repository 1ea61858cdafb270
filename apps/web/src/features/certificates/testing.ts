/** Certificate-shaped API answers for tests, with the __typename fields the cache relies on. */
export function certificate(overrides: Record<string, unknown> = {}) {
  const id = (overrides.id as string | undefined) ?? 'cert-1';
  const code = (overrides.code as string | undefined) ?? 'GNT-7K3M-Q9XP-4D2A';
  return {
    __typename: 'Certificate' as const,
    id,
    code,
    cohortId: 'cohort-1',
    cohortName: 'CRES study group — CT and MRI',
    chapterName: 'CABMET',
    studentName: 'Avery Chen',
    mentorNames: ['Dale Okafor'],
    firstSessionOn: '2026-09-08',
    lastSessionOn: '2026-10-06',
    minutes: 570,
    hours: 9.5,
    issuedAt: '2026-10-08T16:00:00.000Z',
    revokedAt: null,
    revokeReason: null,
    replacedBy: null,
    pdfUrl: `/exports/certificates/${id}.pdf`,
    verifyUrl: `https://gantry.example.org/verify/${code}`,
    ...overrides,
  };
}

export function verification(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CertificateVerification' as const,
    code: 'GNT-7K3M-Q9XP-4D2A',
    valid: true,
    revoked: false,
    revokedAt: null,
    studentName: 'Avery Chen',
    cohortName: 'CRES study group — CT and MRI',
    chapterName: 'CABMET',
    hours: 9.5,
    firstSessionOn: '2026-09-08',
    lastSessionOn: '2026-10-06',
    issuedAt: '2026-10-08T16:00:00.000Z',
    ...overrides,
  };
}
