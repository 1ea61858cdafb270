/**
 * Every page path of the web app, in one place. Route definitions use `pattern`;
 * links and redirects call `to(...)` so a path is never spelled twice.
 */
function withQuery(path: string, query: Record<string, string | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const paths = {
  home: { pattern: '/', to: () => '/' },
  signIn: { pattern: '/sign-in', to: (next?: string | null) => withQuery('/sign-in', { next: safeNext(next) }) },
  signUp: { pattern: '/sign-up', to: (next?: string | null) => withQuery('/sign-up', { next: safeNext(next) }) },
  forgotPassword: { pattern: '/forgot-password', to: () => '/forgot-password' },
  resetPassword: { pattern: '/reset-password', to: (token: string) => withQuery('/reset-password', { token }) },
  profile: { pattern: '/profile', to: () => '/profile' },
  chapter: { pattern: '/chapters/:slug', to: (slug: string) => `/chapters/${encodeURIComponent(slug)}` },
  catalog: {
    pattern: '/cohorts',
    to: (filters: { state?: string | null; modality?: string | null; month?: string | null; q?: string | null } = {}) => withQuery('/cohorts', filters),
  },
  newCohort: { pattern: '/cohorts/new', to: () => '/cohorts/new' },
  cohort: { pattern: '/cohorts/:id', to: (id: string) => `/cohorts/${encodeURIComponent(id)}` },
  manageCohort: { pattern: '/cohorts/:id/manage', to: (id: string) => `/cohorts/${encodeURIComponent(id)}/manage` },
  schedule: {
    pattern: '/schedule',
    to: (opts: { view?: 'list' | 'week' | null; week?: string | null } = {}) => withQuery('/schedule', { view: opts.view, week: opts.week }),
  },
  /** The calendar-feed section of the profile page. */
  calendarFeed: { pattern: '/profile', to: () => '/profile#calendar-feed' },
  /** A single session as an .ics download (served by the API on this origin). */
  sessionIcs: { to: (sessionId: string) => `/calendar/sessions/${encodeURIComponent(sessionId)}.ics` },
  cohortSession: {
    pattern: '/cohorts/:id/sessions/:sessionId',
    to: (cohortId: string, sessionId: string) => `/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}`,
  },
  /** The mentor's plan for one session: its agenda beside the cohort's coverage. */
  planSession: {
    pattern: '/cohorts/:id/manage/sessions/:sessionId',
    to: (cohortId: string, sessionId: string) => `/cohorts/${encodeURIComponent(cohortId)}/manage/sessions/${encodeURIComponent(sessionId)}`,
  },
  /** One released agenda item, read in the context of its session. */
  agendaItem: { pattern: '/agenda/:itemId', to: (itemId: string) => `/agenda/${encodeURIComponent(itemId)}` },
  library: {
    pattern: '/library',
    to: (filters: { q?: string | null; modality?: string | null; domain?: string | null; kind?: string | null; scope?: string | null } = {}) =>
      withQuery('/library', filters),
  },
  newMaterial: { pattern: '/library/new', to: () => '/library/new' },
  material: { pattern: '/library/:id', to: (id: string) => `/library/${encodeURIComponent(id)}` },
  /** An assignment: students write and submit; mentors see it with its submissions. */
  assignment: { pattern: '/assignments/:id', to: (id: string) => `/assignments/${encodeURIComponent(id)}` },
  /** The grading queue of an assignment, optionally at one student. */
  gradeAssignment: {
    pattern: '/assignments/:id/grade',
    to: (id: string, studentId?: string | null) => withQuery(`/assignments/${encodeURIComponent(id)}/grade`, { student: studentId }),
  },
  gradebook: { pattern: '/cohorts/:id/gradebook', to: (cohortId: string) => `/cohorts/${encodeURIComponent(cohortId)}/gradebook` },
  /** The gradebook as CSV (served by the API on this origin). */
  gradebookCsv: { to: (cohortId: string) => `/exports/cohorts/${encodeURIComponent(cohortId)}/gradebook.csv` },
  todo: { pattern: '/todo', to: () => '/todo' },
  /** The mentor's live roster of one session (check-ins arrive as they happen). */
  sessionRoster: {
    pattern: '/cohorts/:id/sessions/:sessionId/roster',
    to: (cohortId: string, sessionId: string) => `/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}/roster`,
  },
  /** Students × sessions with minutes and contact hours, for the cohort's managers. */
  cohortAttendance: { pattern: '/cohorts/:id/attendance', to: (cohortId: string) => `/cohorts/${encodeURIComponent(cohortId)}/attendance` },
  /** Import of Zoom's participants report for one session. */
  zoomImport: {
    pattern: '/cohorts/:id/sessions/:sessionId/zoom-import',
    to: (cohortId: string, sessionId: string) => `/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}/zoom-import`,
  },
  /** Attendance as CSV (served by the API on this origin). */
  attendanceCsv: { to: (cohortId: string) => `/exports/cohorts/${encodeURIComponent(cohortId)}/attendance.csv` },
  chapterAttendanceCsv: { to: (chapterId: string) => `/exports/chapters/${encodeURIComponent(chapterId)}/attendance.csv` },
  /** A certificate of attendance as PDF (served by the API on this origin). */
  certificatePdf: { to: (certificateId: string) => `/exports/certificates/${encodeURIComponent(certificateId)}.pdf` },
  /** Public: anyone checks a certificate's verification code. */
  verifyCertificate: { pattern: '/verify/:code', to: (code: string) => `/verify/${encodeURIComponent(code)}` },
  /** The viewer's continuing-education ledger toward recertification. */
  ceLedger: { pattern: '/ce', to: () => '/ce' },
  eligibility: { pattern: '/ce/eligibility', to: () => '/ce/eligibility' },
  credentialRules: { pattern: '/admin/credential-rules', to: () => '/admin/credential-rules' },
  /** The question bank (mentors and up); filters live in the URL. */
  questions: {
    pattern: '/questions',
    to: (filters: { q?: string | null; domain?: string | null; modality?: string | null; status?: string | null; scope?: string | null } = {}) =>
      withQuery('/questions', filters),
  },
  newQuestion: { pattern: '/questions/new', to: () => '/questions/new' },
  questionImport: { pattern: '/questions/import', to: () => '/questions/import' },
  question: { pattern: '/questions/:id', to: (id: string) => `/questions/${encodeURIComponent(id)}` },
  /** The bank as GIFT, Aiken or CSV (served by the API on this origin). */
  questionExport: {
    to: (format: 'gift' | 'aiken' | 'csv', filters: { domain?: string | null; modality?: string | null; status?: string | null; scope?: string | null } = {}) =>
      withQuery(`/exports/questions.${format}`, filters),
  },
  /** One attempt at a quiz or mock exam: a question at a time, or the review screen. */
  attempt: { pattern: '/attempts/:id', to: (id: string, opts: { review?: boolean } = {}) => withQuery(`/attempts/${encodeURIComponent(id)}`, { review: opts.review ? '1' : null }) },
  mockExam: { pattern: '/practice/mock-exam', to: () => '/practice/mock-exam' },
  /** The viewer's weak-area map. */
  readiness: { pattern: '/readiness', to: () => '/readiness' },
  /** The cohort's students × domains heatmap, for its managers. */
  cohortReadiness: { pattern: '/cohorts/:id/readiness', to: (cohortId: string) => `/cohorts/${encodeURIComponent(cohortId)}/readiness` },
  taxonomy: { pattern: '/admin/taxonomy', to: () => '/admin/taxonomy' },
  outbox: { pattern: '/admin/outbox', to: (to?: string | null) => withQuery('/admin/outbox', { to }) },
  acceptInvitation: { pattern: '/invitations/accept', to: (token: string) => withQuery('/invitations/accept', { token }) },
} as const;

/**
 * A `next` target is only ever a path on this site: anything else (another origin,
 * a protocol-relative `//host`) falls back to home, so a link cannot redirect away.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next.startsWith(paths.signIn.pattern) || next.startsWith(paths.signUp.pattern)) return undefined;
  return next;
}
