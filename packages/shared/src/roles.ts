/**
 * Roles and the permission map both sides use: the API enforces it, the web app
 * uses the same map to decide which entry points to show.
 */
export const Role = {
  PlatformAdmin: 'PLATFORM_ADMIN',
  ChapterAdmin: 'CHAPTER_ADMIN',
  Mentor: 'MENTOR',
  Student: 'STUDENT',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Roles held inside one chapter (a membership row). */
export const ChapterRole = {
  Admin: 'CHAPTER_ADMIN',
  Mentor: 'MENTOR',
} as const;
export type ChapterRole = (typeof ChapterRole)[keyof typeof ChapterRole];

/**
 * Role-level permissions. A permission answers "may this kind of user ever do this?";
 * whether they may do it to a particular chapter or record is checked in the service.
 */
export const Permission = {
  ViewOwnAccount: 'account:view-own',
  EditOwnAccount: 'account:edit-own',
  CreateChapter: 'chapter:create',
  ManageChapter: 'chapter:manage',
  InviteMentor: 'chapter:invite-mentor',
  ViewChapterMembers: 'chapter:view-members',
  ViewOutbox: 'outbox:view',
  ListUsers: 'user:list',
  CreateCohort: 'cohort:create',
  ManageCohort: 'cohort:manage',
  ViewChapterCohorts: 'cohort:view-chapter',
  UseLibrary: 'material:use-library',
  ManageTaxonomy: 'taxonomy:manage',
  ManageCredentialRules: 'credential-rules:manage',
  ExportChapterReports: 'chapter:export-reports',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const everyone: readonly Role[] = [Role.PlatformAdmin, Role.ChapterAdmin, Role.Mentor, Role.Student];

export const PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.ViewOwnAccount]: everyone,
  [Permission.EditOwnAccount]: everyone,
  [Permission.CreateChapter]: [Role.PlatformAdmin],
  [Permission.ManageChapter]: [Role.PlatformAdmin, Role.ChapterAdmin],
  [Permission.InviteMentor]: [Role.PlatformAdmin, Role.ChapterAdmin],
  [Permission.ViewChapterMembers]: [Role.PlatformAdmin, Role.ChapterAdmin],
  [Permission.ViewOutbox]: [Role.PlatformAdmin],
  [Permission.ListUsers]: [Role.PlatformAdmin],
  // Mentors schedule cohorts; a chapter admin may run one too. Which chapter and which
  // cohort is checked in the service.
  [Permission.CreateCohort]: [Role.Mentor, Role.ChapterAdmin],
  [Permission.ManageCohort]: [Role.Mentor, Role.ChapterAdmin, Role.PlatformAdmin],
  [Permission.ViewChapterCohorts]: [Role.ChapterAdmin, Role.PlatformAdmin],
  // Browsing, writing and curating the library; students read material through agendas.
  [Permission.UseLibrary]: [Role.Mentor, Role.ChapterAdmin, Role.PlatformAdmin],
  // Modalities and exam domains are platform-wide data.
  [Permission.ManageTaxonomy]: [Role.PlatformAdmin],
  // The CRES rules (recertification cycle, eligibility paths) are versioned platform data.
  [Permission.ManageCredentialRules]: [Role.PlatformAdmin],
  // Chapter-wide reports (attendance across cohorts); which chapter is checked in the service.
  [Permission.ExportChapterReports]: [Role.ChapterAdmin, Role.PlatformAdmin],
};

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  const allowed = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** The home page a user lands on: the most capable role wins. */
export function primaryRole(roles: readonly Role[]): Role {
  for (const r of [Role.PlatformAdmin, Role.ChapterAdmin, Role.Mentor] as const) {
    if (roles.includes(r)) return r;
  }
  return Role.Student;
}
