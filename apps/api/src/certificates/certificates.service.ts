import { Inject, Injectable } from '@nestjs/common';
import { idOrNone } from '../common/ids';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { DateTime, formatLocalDate } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { RateLimitService } from '../common/security/rate-limit.service';
import { CohortAccessService } from '../cohorts/cohort-access.service';
import { CohortEntity, CohortStatus } from '../cohorts/cohort.entity';
import { AttendanceService } from '../attendance/attendance.service';
import { OutboxService } from '../mail/outbox.service';
import { CertificateEntity } from './certificate.entity';
import { newCertificateCode, normalizeCertificateCode } from './certificate-code';
import { formatHours, renderCertificatePdf } from './certificate-pdf';


const revokeSchema = z.object({
  reason: z.string().trim().min(3, 'Say why the certificate is revoked (at least 3 characters).').max(500, 'A reason has at most 500 characters.'),
});

/** Said on the old certificate when a reissue replaces it. */
export const REISSUED_REASON = 'Reissued with a new code.';

/** What the public verification page shows. */
export interface CertificateVerificationData {
  certificate: CertificateEntity;
  valid: boolean;
}

interface StudentRow {
  id: string;
  displayName: string;
  email: string;
}

/** The cohort facts a certificate snapshots. */
interface CohortFacts {
  chapterName: string;
  mentorNames: string[];
  firstSessionOn: string | null;
  lastSessionOn: string | null;
}

/**
 * Certificates of attendance. A COMPLETED cohort's students whose attended minutes reach the
 * cohort's `certificate_min_percent` of its session minutes each get one (issued by a manager,
 * or by the poller once the cohort completes). One active certificate per student and cohort,
 * held by a partial unique index; issuing runs under the cohort's row lock, so a retry, a
 * double click or two processes issue nothing twice. Managers revoke (with a reason) and
 * reissue (a new code with the current hours, linked to the old one); the student is emailed.
 * Anyone may verify a code (rate-limited per address).
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CohortAccessService,
    private readonly attendance: AttendanceService,
    private readonly outbox: OutboxService,
    private readonly limits: RateLimitService,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${encodeURIComponent(code)}`;
  }

  // ---- issuing ----

  /** For the cohort's managers: issue to everyone who qualifies and has none yet; answers the cohort's active certificates. */
  async issue(viewer: Viewer, cohortId: string): Promise<CertificateEntity[]> {
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, cohortId, m, { lock: true });
      if (cohort.status !== CohortStatus.Completed) throw AppError.conflict('Certificates are issued once the cohort is completed: mark it completed first.');
      await this.issueLocked(m, cohort, viewer.userId);
      return m.find(CertificateEntity, { where: { cohortId: cohort.id, revokedAt: IsNull() }, order: { studentName: 'ASC', id: 'ASC' } });
    });
  }

  /**
   * The poller's turn: COMPLETED cohorts whose certificates were never issued, one per
   * transaction, each claimed with FOR UPDATE SKIP LOCKED so two processes never take the same
   * one. Returns the ids of the cohorts handled.
   */
  async issueDue(limit = 20): Promise<string[]> {
    const done: string[] = [];
    const failed: string[] = [];
    for (let i = 0; i < limit; i++) {
      let claimed: string | null = null;
      try {
        await this.db.transaction(async (m) => {
          const rows: { id: string }[] = await m.query(
            `SELECT id FROM cohort WHERE status = 'COMPLETED' AND certificates_issued_at IS NULL AND id <> ALL($1::uuid[])
              ORDER BY updated_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [failed],
          );
          if (!rows.length) return;
          claimed = rows[0].id;
          await this.issueLocked(m, await m.findOneByOrFail(CohortEntity, { id: rows[0].id }), null);
        });
      } catch (e) {
        // One cohort failing must not hold up the others; it is tried again on the next run.
        if (!claimed) throw e;
        failed.push(claimed);
        continue;
      }
      if (!claimed) break;
      done.push(claimed);
    }
    if (failed.length) throw new Error(`Issuing certificates failed for cohort(s) ${failed.join(', ')}; the others were issued (${done.length}).`);
    return done;
  }

  /** Issue inside a transaction holding the cohort's row lock; returns the new certificates. */
  private async issueLocked(m: EntityManager, cohort: CohortEntity, actorId: string | null): Promise<CertificateEntity[]> {
    const facts = await this.cohortFacts(m, cohort);
    const students: StudentRow[] = await m.query(
      `SELECT u.id, u.display_name AS "displayName", u.email
         FROM enrollment e JOIN app_user u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
          -- Any certificate, revoked ones too: issuing again must not undo a revocation
          -- (reissuing is the deliberate way back).
          AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.cohort_id = e.cohort_id AND c.user_id = e.user_id)
        ORDER BY u.id`,
      [cohort.id],
    );
    const issued: CertificateEntity[] = [];
    if (students.length && facts.firstSessionOn && facts.lastSessionOn) {
      const minutes = await this.attendance.contactMinutes([cohort.id], students.map((s) => s.id), m);
      for (const student of students) {
        const h = minutes.get(`${cohort.id}:${student.id}`);
        if (!h || !qualifies(h.minutes, h.possibleMinutes, cohort.certificateMinPercent)) continue;
        const cert = await this.insert(m, cohort, facts, student, h.minutes, actorId, null);
        if (cert) {
          issued.push(cert);
          await this.mailIssued(m, student, cert);
        }
      }
    }
    // Plain SQL: marking the issue is not an edit of the cohort (its version stays).
    await m.query(`UPDATE cohort SET certificates_issued_at = now() WHERE id = $1 AND certificates_issued_at IS NULL`, [cohort.id]);
    return issued;
  }

  /** Insert one certificate; null when the student already holds an active one (the unique index decides). */
  private async insert(
    m: EntityManager,
    cohort: CohortEntity,
    facts: CohortFacts,
    student: StudentRow,
    minutes: number,
    actorId: string | null,
    replacesId: string | null,
  ): Promise<CertificateEntity | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO certificate (code, cohort_id, user_id, minutes, hours, student_name, cohort_name, chapter_name, mentor_names,
                                first_session_on, last_session_on, issued_by, replaces_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)
       ON CONFLICT (cohort_id, user_id) WHERE revoked_at IS NULL DO NOTHING
       RETURNING id`,
      [
        newCertificateCode(),
        cohort.id,
        student.id,
        minutes,
        Math.round((minutes / 60) * 100) / 100,
        student.displayName,
        cohort.title,
        facts.chapterName,
        JSON.stringify(facts.mentorNames),
        facts.firstSessionOn,
        facts.lastSessionOn,
        actorId,
        replacesId,
      ],
    );
    return rows.length ? m.findOneByOrFail(CertificateEntity, { id: rows[0].id }) : null;
  }

  private async cohortFacts(m: EntityManager, cohort: CohortEntity): Promise<CohortFacts> {
    const [chapter]: { name: string }[] = await m.query(`SELECT name FROM chapter WHERE id = $1`, [cohort.chapterId]);
    const mentors: { name: string }[] = await m.query(
      `SELECT u.display_name AS name FROM cohort_mentor cm JOIN app_user u ON u.id = cm.user_id
        WHERE cm.cohort_id = $1 ORDER BY cm.is_lead DESC, u.display_name, u.id`,
      [cohort.id],
    );
    const [span]: { first: Date | null; last: Date | null }[] = await m.query(
      `SELECT min(starts_at) AS first, max(starts_at) AS last FROM cohort_session WHERE cohort_id = $1 AND status <> 'CANCELLED'`,
      [cohort.id],
    );
    // Session dates as the cohort's calendar shows them.
    const local = (d: Date | null) => (d ? DateTime.fromJSDate(new Date(d)).setZone(cohort.timeZone).toISODate() : null);
    return { chapterName: chapter?.name ?? '', mentorNames: mentors.map((r) => r.name), firstSessionOn: local(span?.first ?? null), lastSessionOn: local(span?.last ?? null) };
  }

  // ---- revoke and reissue ----

  async revoke(viewer: Viewer, id: string, reason: string): Promise<CertificateEntity> {
    const data = parseInput(revokeSchema, { reason });
    return this.db.transaction(async (m) => {
      const cert = await this.managed(m, viewer, id);
      if (cert.revokedAt) return cert;
      await m.update(CertificateEntity, { id: cert.id }, { revokedAt: new Date(), revokedBy: viewer.userId, revokeReason: data.reason });
      const student = await this.student(m, cert.userId);
      await this.outbox.enqueue(m, {
        to: student.email,
        kind: 'certificate-revoked',
        dedupeKey: `certificate-revoked:${cert.id}`,
        subject: `Your certificate for ${cert.cohortName} was revoked`,
        text: [
          `Hello ${student.displayName},`,
          '',
          `Your certificate of attendance for “${cert.cohortName}” (${cert.code}) was revoked by the study group's mentors.`,
          `Reason: ${data.reason}`,
          '',
          `Questions? Reply to your mentor. Your certificates: ${this.config.publicUrl}/ce`,
          '',
        ].join('\n'),
      });
      return m.findOneByOrFail(CertificateEntity, { id: cert.id });
    });
  }

  /** Revoke (when still active) and issue a new code with the current hours and names, linked to the old one. */
  async reissue(viewer: Viewer, id: string): Promise<CertificateEntity> {
    return this.db.transaction(async (m) => {
      const old = await this.managed(m, viewer, id);
      const cohort = await m.findOneOrFail(CohortEntity, { where: { id: old.cohortId }, lock: { mode: 'pessimistic_write' } });
      if (old.revokedAt) {
        const newer = await m.findOneBy(CertificateEntity, { cohortId: old.cohortId, userId: old.userId, revokedAt: IsNull() });
        if (newer) throw AppError.conflict(`This certificate was already replaced: ${newer.code} is the one in force. Reissue that one instead.`);
      } else {
        await m.update(CertificateEntity, { id: old.id }, { revokedAt: new Date(), revokedBy: viewer.userId, revokeReason: REISSUED_REASON });
      }
      const student = await this.student(m, old.userId);
      const minutes = (await this.attendance.contactMinutes([cohort.id], [student.id], m)).get(`${cohort.id}:${student.id}`)?.minutes ?? 0;
      if (minutes <= 0) throw AppError.conflict('No attended minutes are recorded for this student any more, so there is nothing to certify.');
      const facts = await this.cohortFacts(m, cohort);
      if (!facts.firstSessionOn || !facts.lastSessionOn) throw AppError.conflict('This cohort has no sessions left to certify.');
      const cert = await this.insert(m, cohort, facts, student, minutes, viewer.userId, old.id);
      if (!cert) throw AppError.conflict('Someone else reissued this certificate at the same moment. Reload to see it.');
      await this.outbox.enqueue(m, {
        to: student.email,
        kind: 'certificate-reissued',
        dedupeKey: `certificate-reissued:${cert.id}`,
        subject: `Your certificate for ${cert.cohortName} was reissued`,
        text: [
          `Hello ${student.displayName},`,
          '',
          `Your certificate of attendance for “${cert.cohortName}” was reissued with ${formatHours(cert.hours)} contact hours.`,
          `The new verification code is ${cert.code}; the old one (${old.code}) no longer verifies as valid.`,
          '',
          `Download it: ${this.config.publicUrl}/exports/certificates/${cert.id}.pdf`,
          `Anyone can check it at ${this.verifyUrl(cert.code)}`,
          '',
        ].join('\n'),
      });
      return cert;
    });
  }

  // ---- reading ----

  /** Public: what a code certifies, or null when no certificate has it. Rate-limited per address. */
  async verify(code: string, clientIp: string): Promise<CertificateVerificationData | null> {
    await this.limits.consume('verifyCertificatePerAddress', clientIp);
    const normalized = normalizeCertificateCode(code ?? '');
    if (!normalized) return null;
    const certificate = await this.db.manager.findOneBy(CertificateEntity, { code: normalized });
    return certificate ? { certificate, valid: !certificate.revokedAt } : null;
  }

  /** The viewer's own certificates (revoked ones too, marked), newest first. */
  async mine(viewer: Viewer): Promise<CertificateEntity[]> {
    return this.db.manager.find(CertificateEntity, { where: { userId: viewer.userId }, order: { issuedAt: 'DESC', id: 'ASC' } });
  }

  /** Every certificate of a cohort (revoked included), for its managers, by student. */
  async ofCohort(viewer: Viewer, cohortId: string): Promise<CertificateEntity[]> {
    const cohort = await this.access.manageable(viewer, cohortId, this.db.manager);
    return this.db.manager.find(CertificateEntity, { where: { cohortId: cohort.id }, order: { studentName: 'ASC', issuedAt: 'DESC', id: 'ASC' } });
  }

  /** The viewer's active certificate per cohort (the Cohort.myCertificate loader). */
  async activeForViewer(viewer: Viewer | undefined, cohortIds: readonly string[]): Promise<CertificateEntity[]> {
    if (!viewer || !cohortIds.length) return [];
    return this.db.manager.findBy(CertificateEntity, { userId: viewer.userId, cohortId: In([...cohortIds]), revokedAt: IsNull() });
  }

  /** For each certificate id, the certificate that replaced it (batched). */
  async replacements(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; replaces_id: string }[] = await this.db.query(`SELECT id, replaces_id FROM certificate WHERE replaces_id = ANY($1::uuid[])`, [[...ids]]);
    return new Map(rows.map((r) => [r.replaces_id, r.id]));
  }

  /** The PDF, for the certificate's student and the cohort's managers; NOT_FOUND for anyone else. */
  async pdf(viewer: Viewer, id: string): Promise<{ filename: string; body: Buffer }> {
    const m = this.db.manager;
    const cert = await m.findOneBy(CertificateEntity, { id: idOrNone(id) });
    if (!cert) throw AppError.notFound('That certificate');
    const cohort = await m.findOneBy(CohortEntity, { id: cert.cohortId });
    if (cert.userId !== viewer.userId) {
      const access = cohort ? await this.access.of(viewer, cohort, m) : null;
      if (!access?.manage) throw AppError.notFound('That certificate');
    }
    const body = await renderCertificatePdf(cert, this.verifyUrl(cert.code), cohort?.timeZone ?? 'UTC');
    return { filename: `${cert.studentName} - ${cert.cohortName} - certificate.pdf`, body };
  }

  // ---- helpers ----

  /** The certificate, locked, if the viewer manages its cohort; NOT_FOUND otherwise. */
  private async managed(m: EntityManager, viewer: Viewer, id: string): Promise<CertificateEntity> {
    const cert = await m.findOne(CertificateEntity, { where: { id: idOrNone(id) }, lock: { mode: 'pessimistic_write' } });
    const cohort = cert ? await m.findOneBy(CohortEntity, { id: cert.cohortId }) : null;
    const access = cohort ? await this.access.of(viewer, cohort, m) : null;
    if (!cert || !access?.manage) throw AppError.notFound('That certificate');
    return cert;
  }

  private async student(m: EntityManager, userId: string): Promise<StudentRow> {
    const [row]: StudentRow[] = await m.query(`SELECT id, display_name AS "displayName", email FROM app_user WHERE id = $1`, [userId]);
    return row;
  }

  private async mailIssued(m: EntityManager, student: StudentRow, cert: CertificateEntity): Promise<void> {
    await this.outbox.enqueue(m, {
      to: student.email,
      kind: 'certificate-issued',
      dedupeKey: `certificate-issued:${cert.id}`,
      subject: `Your certificate of attendance for ${cert.cohortName}`,
      text: [
        `Hello ${student.displayName},`,
        '',
        `Congratulations: you attended ${formatHours(cert.hours)} contact hours of “${cert.cohortName}” (${cert.chapterName}), from ${formatLocalDate(cert.firstSessionOn)} to ${formatLocalDate(cert.lastSessionOn)}.`,
        `Your certificate of attendance is ready: ${this.config.publicUrl}/exports/certificates/${cert.id}.pdf`,
        `Its verification code is ${cert.code}; anyone can check it at ${this.verifyUrl(cert.code)}`,
        `The hours are already in your CE ledger: ${this.config.publicUrl}/ce`,
        '',
      ].join('\n'),
    });
  }
}

/** Enough attended minutes for a certificate: at least `percent` % of the session minutes, and more than none. */
export function qualifies(minutes: number, possibleMinutes: number, percent: number): boolean {
  return minutes > 0 && possibleMinutes > 0 && minutes * 100 >= percent * possibleMinutes;
}
