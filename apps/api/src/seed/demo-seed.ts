import type { DataSource } from 'typeorm';
import { ChapterRole } from '@gantry/shared';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { MembershipEntity } from '../chapters/membership.entity';
import type { PasswordHasher } from '../common/security/password-hasher';

export const DEMO_PASSWORD = 'gantry-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  timeZone: string;
  role: string;
}

export const DEMO_ACCOUNTS = {
  platformAdmin: { email: 'admin@gantry.test', displayName: 'Pat Admin', timeZone: 'America/Denver', role: 'platform admin' },
  chapterAdmin: { email: 'chair@cabmet.test', displayName: 'Carmen Ruiz', timeZone: 'America/Denver', role: 'chapter admin (CABMET)' },
  mentor: { email: 'mentor@cabmet.test', displayName: 'Dale Okafor', timeZone: 'America/Denver', role: 'mentor (CABMET)' },
  students: [
    { email: 'student1@gantry.test', displayName: 'Avery Chen', timeZone: 'America/Denver', role: 'student' },
    { email: 'student2@gantry.test', displayName: 'Jordan Miller', timeZone: 'America/Denver', role: 'student' },
    { email: 'student3@gantry.test', displayName: 'Sam Patel', timeZone: 'America/Denver', role: 'student' },
    { email: 'student4@gantry.test', displayName: 'Riley Johnson', timeZone: 'America/Chicago', role: 'student' },
    { email: 'student5@gantry.test', displayName: 'Morgan Davis', timeZone: 'America/Chicago', role: 'student' },
    { email: 'student6@gantry.test', displayName: 'Casey Nguyen', timeZone: 'America/Chicago', role: 'student' },
    { email: 'student7@gantry.test', displayName: 'Taylor Brooks', timeZone: 'America/New_York', role: 'student' },
    { email: 'student8@gantry.test', displayName: 'Jamie Rivera', timeZone: 'America/New_York', role: 'student' },
  ],
} satisfies Record<string, DemoAccount | DemoAccount[]>;

export const DEMO_CHAPTER = {
  name: 'CABMET — Colorado Association of Biomedical Equipment Technicians',
  slug: 'cabmet',
  region: 'CO',
  timeZone: 'America/Denver',
  description:
    'Colorado’s biomedical technicians’ association. Our volunteer mentors run CRES study groups: five two-hour evening sessions over Zoom, open to imaging service engineers in any state.',
};

/**
 * The demo data set: a chapter modelled on CABMET, its admin and a mentor, and eight
 * students in three US time zones. Runs only on an empty database; returns whether it ran.
 */
export async function seedDemo(db: DataSource, hasher: PasswordHasher): Promise<boolean> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return db.transaction(async (m) => {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM app_user`);
    if (n > 0) return false;
    const all = [DEMO_ACCOUNTS.platformAdmin, DEMO_ACCOUNTS.chapterAdmin, DEMO_ACCOUNTS.mentor, ...DEMO_ACCOUNTS.students];
    const users = await m.save(
      all.map((a) =>
        m.create(UserEntity, {
          email: a.email,
          displayName: a.displayName,
          timeZone: a.timeZone,
          passwordHash,
          isPlatformAdmin: a === DEMO_ACCOUNTS.platformAdmin,
        }),
      ),
    );
    const byEmail = new Map(users.map((u) => [u.email, u]));
    const chapter = await m.save(m.create(ChapterEntity, DEMO_CHAPTER));
    await m.insert(MembershipEntity, [
      { chapterId: chapter.id, userId: byEmail.get(DEMO_ACCOUNTS.chapterAdmin.email)!.id, role: ChapterRole.Admin },
      { chapterId: chapter.id, userId: byEmail.get(DEMO_ACCOUNTS.mentor.email)!.id, role: ChapterRole.Mentor },
    ]);
    return true;
  });
}

export function demoSignInsText(publicUrl: string): string {
  const rows = [DEMO_ACCOUNTS.platformAdmin, DEMO_ACCOUNTS.chapterAdmin, DEMO_ACCOUNTS.mentor, ...DEMO_ACCOUNTS.students.slice(0, 2)];
  return [
    '',
    `Gantry is running at ${publicUrl}`,
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...rows.map((r) => `  ${r.role.padEnd(24)} ${r.email}`),
    `  …and student3@gantry.test to student8@gantry.test`,
    '',
  ].join('\n');
}
