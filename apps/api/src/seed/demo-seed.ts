import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChapterRole, DateTime, Role } from '@gantry/shared';
import type { Viewer } from '../common/auth/viewer';
import { CohortsService } from '../cohorts/cohorts.service';
import { CohortStatus } from '../cohorts/cohort.entity';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { AnnouncementsService } from '../announcements/announcements.service';
import { PasswordHasher } from '../common/security/password-hasher';
import { MaterialsService } from '../materials/materials.service';
import { AgendasService } from '../agendas/agendas.service';
import { FilesService } from '../files/files.service';
import { FilePurpose } from '../files/stored-file.entity';
import { STARTER_READINGS, type StarterReading } from './library-content';
import { seedAttendance } from './attendance-seed';
import { seedCertificates } from './certificates-seed';
import { seedHomework } from './homework-seed';
import { seedQuestionBank } from './question-bank-seed';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { MembershipEntity } from '../chapters/membership.entity';

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

export const DEMO_COHORT_TITLE = 'CRES study group — CT and MRI';

/**
 * The whole demo data set on an empty database: accounts and the chapter, then a
 * published cohort of five weekly two-hour sessions (7 pm Denver time, starting next
 * week) with five students enrolled, built through the same services people use.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<boolean> {
  const db = app.get(DataSource);
  if (!(await seedDemo(db, app.get(PasswordHasher)))) return false;
  const users: { id: string; email: string }[] = await db.query(`SELECT id, email FROM app_user`);
  const id = (email: string) => users.find((u) => u.email === email)!.id;
  const [{ id: chapterId }] = await db.query(`SELECT id FROM chapter WHERE slug = $1`, [DEMO_CHAPTER.slug]);
  const asViewer = (email: string, roles: Role[], memberships: Viewer['memberships'] = []): Viewer => ({
    userId: id(email),
    sessionId: 'seed',
    email,
    isPlatformAdmin: roles.includes(Role.PlatformAdmin),
    roles,
    memberships,
  });
  const mentor = asViewer(DEMO_ACCOUNTS.mentor.email, [Role.Student, Role.Mentor], [{ chapterId, role: ChapterRole.Mentor }]);
  const cohorts = app.get(CohortsService);
  const startDate = DateTime.utc().setZone(DEMO_CHAPTER.timeZone).plus({ days: 6 }).toISODate()!;
  const cohort = await cohorts.create(mentor, {
    chapterId,
    title: DEMO_COHORT_TITLE,
    description:
      'Five two-hour evening sessions over Zoom for field engineers preparing for the CRES exam. ' +
      'We work through CT and MRI systems, then safety, networking and test equipment, with homework between sessions.',
    modalityCodes: ['CT', 'MRI', 'PACS'],
    capacity: 12,
    timeZone: DEMO_CHAPTER.timeZone,
    meetingUrl: 'https://zoom.us/j/95550100123',
    meetingPasscode: 'cres2027',
    requiresApproval: false,
    pattern: { startDate, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
    sessionTitles: [
      'CT: gantry, tube and detector',
      'MRI: magnets, RF and safety zones',
      'Radiography and fluoroscopy generators',
      'PACS, DICOM and the network',
      'Safety, regulations and a practice exam',
    ],
  });
  await cohorts.setStatus(mentor, cohort.id, CohortStatus.Open);
  const enrollment = app.get(EnrollmentService);
  const students = DEMO_ACCOUNTS.students.slice(0, 5).map((s) => asViewer(s.email, [Role.Student]));
  for (const student of students) await enrollment.enroll(student, cohort.id);
  await seedLibraryAndAgendas(app, asViewer(DEMO_ACCOUNTS.platformAdmin.email, [Role.Student, Role.PlatformAdmin]), mentor, cohort.id);
  await app.get(AnnouncementsService).post(mentor, cohort.id, {
    body: 'Welcome! Before the first session, skim the CT reading in the agenda and check that Zoom works on your machine.',
  });
  await seedAttendance(app, cohort.id);
  await seedCertificates(app);
  await seedQuestionBank(app);
  await seedHomework(app, mentor, students, cohort.id);
  return true;
}

/** Which starter readings go on each of the demo cohort's five sessions (matching their titles). */
const SESSION_PICKS: ((r: StarterReading) => boolean)[] = [
  (r) => r.modalities.includes('CT'),
  (r) => r.modalities.includes('MRI'),
  (r) => r.modalities.includes('RAD') || r.modalities.includes('FLUORO'),
  (r) => r.modalities.includes('PACS'),
  (r) => r.domains.includes('SAFETY') && !r.modalities.includes('MRI'),
];

/** The starter library, shared platform-wide, and agendas for the demo cohort's sessions. */
async function seedLibraryAndAgendas(app: INestApplicationContext, admin: Viewer, mentor: Viewer, cohortId: string): Promise<void> {
  const materials = app.get(MaterialsService);
  const ids = new Map<string, string>();
  for (const r of STARTER_READINGS) {
    const m = await materials.create(admin, {
      kind: 'READING',
      scope: 'PLATFORM',
      title: r.title,
      summary: r.summary,
      minutes: r.minutes,
      bodyMarkdown: r.body,
      modalityCodes: r.modalities,
      domainCodes: r.domains,
    });
    ids.set(r.slug, m.id);
  }
  const extras = await seedFileAndLink(app, admin);
  const db = app.get(DataSource);
  const sessions: { id: string }[] = await db.query(`SELECT id FROM cohort_session WHERE cohort_id = $1 ORDER BY starts_at`, [cohortId]);
  const agendas = app.get(AgendasService);
  const used = new Set<string>();
  for (const [i, session] of sessions.entries()) {
    const picks = STARTER_READINGS.filter((r) => SESSION_PICKS[i]?.(r) && !used.has(r.slug)).slice(0, 3);
    picks.forEach((p) => used.add(p.slug));
    const items = picks.map((p, j) => ({
      materialId: ids.get(p.slug)!,
      // The first two are read before the session (released now for the first session,
      // a week ahead for later ones); the third is for after it.
      phase: j < 2 ? 'BEFORE' : 'AFTER',
      release: j < 2 ? (i === 0 ? 'NOW' : 'DAYS_BEFORE') : 'AFTER_END',
      releaseDays: j < 2 && i > 0 ? 7 : null,
    }));
    if (i === 0) items.push({ materialId: extras.checklist, phase: 'DURING', release: 'NOW', releaseDays: null });
    if (i === 3) items.push({ materialId: extras.dicom, phase: 'AFTER', release: 'AFTER_END', releaseDays: null });
    await agendas.setAgenda(mentor, session.id, { items });
  }
}

/** Files the demo ships with (apps/api/assets/seed; the same path from src/ and dist/). */
const SEED_ASSETS = resolve(__dirname, '../../assets/seed');

/** Beyond the readings: a handout as a PDF file and an external link, so every kind shows. */
async function seedFileAndLink(app: INestApplicationContext, admin: Viewer): Promise<{ checklist: string; dicom: string }> {
  const materials = app.get(MaterialsService);
  const filename = 'ct-daily-qc-checklist.pdf';
  const file = await app.get(FilesService).store(admin, FilePurpose.Material, { stream: createReadStream(resolve(SEED_ASSETS, filename)), filename });
  const checklist = await materials.create(admin, {
    kind: 'FILE',
    scope: 'PLATFORM',
    title: 'CT daily quality-control checklist',
    summary: 'A one-page handout: warm-up, air calibration, the water phantom (CT number, noise, uniformity) and when to take a scanner out of use.',
    minutes: 5,
    fileId: file.id,
    modalityCodes: ['CT'],
    domainCodes: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
  });
  const dicom = await materials.create(admin, {
    kind: 'LINK',
    scope: 'PLATFORM',
    title: 'The DICOM standard, current edition',
    summary: 'Browse the parts most often met in the field: PS3.4 (services such as C-ECHO and Modality Worklist) and PS3.8 (network communication).',
    minutes: 20,
    url: 'https://www.dicomstandard.org/current',
    modalityCodes: ['PACS'],
    domainCodes: ['IT_NETWORK'],
  });
  return { checklist: checklist.id, dicom: dicom.id };
}
