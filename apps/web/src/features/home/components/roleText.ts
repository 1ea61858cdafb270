import { Role } from '@gantry/shared';

export const ROLE_INTRO: Record<Role, string> = {
  [Role.Student]: 'Your study groups and the chapters that invited you.',
  [Role.Mentor]: 'The chapters you mentor for and the cohorts you run.',
  [Role.ChapterAdmin]: 'Run your chapter: its details, its mentors and the invitations it sent.',
  [Role.PlatformAdmin]: 'Every chapter on Gantry, and the mail the platform sends.',
};

export const ROLE_NAME: Record<Role, string> = {
  [Role.Student]: 'Student',
  [Role.Mentor]: 'Mentor',
  [Role.ChapterAdmin]: 'Chapter admin',
  [Role.PlatformAdmin]: 'Platform admin',
};
