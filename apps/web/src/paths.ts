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
