import { DateTime } from '@gantry/shared';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { uid } from './factories';
import type { TestApp } from './test-app';
import type { Person } from './homework';

/** Test helpers shared by the certificate and CE ledger integration tests. */

export const CERT = `id code cohortId cohortName chapterName studentName mentorNames firstSessionOn lastSessionOn minutes hours issuedAt
  revokedAt revokeReason replacesId replacedBy pdfUrl verifyUrl`;
export const ISSUE = `mutation I($id: ID!) { issueCertificates(cohortId: $id) { ${CERT} } }`;
export const COHORT_CERTS = `query C($id: ID!) { cohortCertificates(cohortId: $id) { ${CERT} } }`;
export const MY_CERTS = `{ myCertificates { ${CERT} } }`;
export const MY_CERT = `query M($id: ID!) { cohort(id: $id) { id myCertificate { ${CERT} } } }`;
export const VERIFY = `query V($code: String!) { verifyCertificate(code: $code) { code valid revoked revokedAt studentName cohortName chapterName hours firstSessionOn lastSessionOn issuedAt } }`;
export const REVOKE = `mutation R($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { ${CERT} } }`;
export const REISSUE = `mutation R($id: ID!) { reissueCertificate(id: $id) { ${CERT} } }`;

export interface PastCohort {
  mentor: Person & { chapter: ChapterEntity };
  cohortId: string;
  title: string;
  sessionIds: string[];
  /** Session dates (the cohort's zone), first and last. */
  firstOn: string;
  lastOn: string;
  students: Person[];
}

/**
 * A cohort of a new mentor whose `sessions` two-hour sessions (weekly, 7 pm Denver) ended
 * `weeksAgo` weeks before now at the latest, with `attended[i]` minutes per session written
 * for student i (PRESENT when ≥ 90, LEFT_EARLY below, none for 0). RUNNING; `complete`
 * marks it COMPLETED through the API, as a mentor would.
 */
export async function pastCohort(
  t: TestApp,
  opts: { attended: number[][]; sessions?: number; complete?: boolean; weeksAgo?: number; chapter?: ChapterEntity; minPercent?: number; names?: string[] },
): Promise<PastCohort> {
  const sessions = opts.sessions ?? 5;
  const mentor = await t.factories.asMentor(opts.chapter);
  const title = `CRES group ${uid()}`;
  const future = DateTime.utc().setZone('America/Denver').plus({ days: 10 }).toISODate();
  const cohort = (
    await mentor.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`, {
      input: {
        chapterId: mentor.chapter.id,
        title,
        modalityCodes: ['CT'],
        capacity: 50,
        timeZone: 'America/Denver',
        pattern: { startDate: future, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: sessions },
      },
    })
  ).createCohort;
  const sessionIds: string[] = cohort.sessions.map((s: { id: string }) => s.id);
  // Move the sessions into the past (tests cannot wait): weekly, the last one `weeksAgo` weeks back.
  const lastStart = DateTime.utc().setZone('America/Denver').minus({ weeks: opts.weeksAgo ?? 1 }).set({ hour: 19, minute: 0, second: 0, millisecond: 0 });
  const starts = sessionIds.map((_, i) => lastStart.minus({ weeks: sessions - 1 - i }));
  for (const [i, id] of sessionIds.entries()) {
    await t.db.query(`UPDATE cohort_session SET starts_at = $2, ends_at = $3 WHERE id = $1`, [id, starts[i].toJSDate(), starts[i].plus({ minutes: 120 }).toJSDate()]);
  }
  await t.db.query(`UPDATE cohort SET status = 'RUNNING', certificate_min_percent = $2 WHERE id = $1`, [cohort.id, opts.minPercent ?? 75]);
  const students: Person[] = [];
  for (const [i, minutes] of opts.attended.entries()) {
    const user = await t.factories.user({ displayName: opts.names?.[i] ?? `Student ${String(i + 1).padStart(2, '0')} ${uid()}` });
    await t.db.query(`INSERT INTO enrollment (cohort_id, user_id, status, enrolled_at) VALUES ($1, $2, 'ENROLLED', now())`, [cohort.id, user.id]);
    for (const [s, m] of minutes.entries()) if (m > 0) await setMinutes(t, cohort.id, sessionIds[s], user.id, m);
    students.push({ user, client: await t.factories.clientFor(user) });
  }
  if (opts.complete ?? true) await mentor.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: COMPLETED) { status } }`, { id: cohort.id });
  return { mentor, cohortId: cohort.id, title, sessionIds, firstOn: starts[0].toISODate()!, lastOn: starts[starts.length - 1].toISODate()!, students };
}

/** Write (or overwrite) one attendance record directly. */
export async function setMinutes(t: TestApp, cohortId: string, sessionId: string, userId: string, minutes: number): Promise<void> {
  await t.db.query(
    `INSERT INTO attendance_record (session_id, cohort_id, user_id, status, minutes, source) VALUES ($1, $2, $3, $4, $5, 'MENTOR')
     ON CONFLICT (session_id, user_id) DO UPDATE SET status = EXCLUDED.status, minutes = EXCLUDED.minutes`,
    [sessionId, cohortId, userId, minutes >= 90 ? 'PRESENT' : 'LEFT_EARLY', minutes],
  );
}

/** Parse a PDF's text back (pdf-parse 2). */
export async function pdfText(data: Buffer): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PDFParse } = require('pdf-parse');
  const parser = new PDFParse({ data });
  try {
    return (await parser.getText()).text as string;
  } finally {
    await parser.destroy?.();
  }
}
