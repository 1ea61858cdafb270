import request from 'supertest';
import { formatLocalDate } from '@gantry/shared';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { CertificatesService, REISSUED_REASON } from './certificates.service';
import {
  CERT,
  COHORT_CERTS,
  ISSUE,
  MY_CERT,
  MY_CERTS,
  REISSUE,
  REVOKE,
  VERIFY,
  pastCohort,
  pdfText,
  setMinutes,
  type PastCohort,
} from '../testing/certificates';

const FULL = [120, 120, 120, 120, 120];

describe('certificates of attendance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const pdf = (client: GqlClient | null, id: string) => {
    const req = request(t.server).get(`/exports/certificates/${id}.pdf`);
    if (client) req.set('cookie', client.cookie!).set('x-forwarded-for', client.ip);
    return req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  };
  const mailsTo = async (email: string, kind: string): Promise<{ subject: string; text_body: string }[]> =>
    t.db.query(`SELECT subject, text_body FROM email_outbox WHERE to_address = $1 AND kind = $2 ORDER BY created_at`, [email, kind]);

  describe('issuing', () => {
    let pc: PastCohort;
    beforeAll(async () => {
      // 600 possible minutes, 75 % → 450 needed. Over-long records are capped at the session's length.
      pc = await pastCohort(t, {
        complete: false,
        attended: [
          [150, 120, 120, 120, 120], // 600 → 10 h
          [120, 120, 120, 120, 0], // 480 → 8 h
          [120, 120, 120, 60, 0], // 420: below
          [], // none
        ],
      });
    });

    it('waits for the cohort to be completed', async () => {
      expect(await pc.mentor.client.code(ISSUE, { id: pc.cohortId })).toBe('CONFLICT');
      await pc.mentor.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: COMPLETED) { status } }`, { id: pc.cohortId });
    });

    it('issues to those who attended enough, with a snapshot of the cohort', async () => {
      const certs = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates;
      expect(certs).toHaveLength(2);
      const byUser = Object.fromEntries(certs.map((c: any) => [c.studentName, c]));
      const a = byUser[pc.students[0].user.displayName];
      const b = byUser[pc.students[1].user.displayName];
      expect(a).toMatchObject({ minutes: 600, hours: 10, cohortName: pc.title, chapterName: pc.mentor.chapter.name, firstSessionOn: pc.firstOn, lastSessionOn: pc.lastOn, revokedAt: null });
      expect(a.mentorNames).toEqual([pc.mentor.user.displayName]);
      expect(b).toMatchObject({ minutes: 480, hours: 8 });
      expect(a.code).toMatch(/^GNT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(a.verifyUrl).toBe(`http://gantry.test/verify/${a.code}`);
      expect(a.pdfUrl).toBe(`/exports/certificates/${a.id}.pdf`);
      const [cohort] = await t.db.query(`SELECT certificates_issued_at FROM cohort WHERE id = $1`, [pc.cohortId]);
      expect(cohort.certificates_issued_at).not.toBeNull();
      // The students are told.
      const mail = await mailsTo(pc.students[0].user.email, 'certificate-issued');
      expect(mail).toHaveLength(1);
      expect(mail[0].text_body).toContain(a.code);
      expect(mail[0].text_body).toContain('10 contact hours');
      expect(await mailsTo(pc.students[2].user.email, 'certificate-issued')).toEqual([]);
    });

    it('gives nothing to students below the threshold', async () => {
      expect((await pc.students[2].client.ok(MY_CERT, { id: pc.cohortId })).cohort.myCertificate).toBeNull();
      expect((await pc.students[3].client.ok(MY_CERTS)).myCertificates).toEqual([]);
      expect((await pc.students[0].client.ok(MY_CERT, { id: pc.cohortId })).cohort.myCertificate.hours).toBe(10);
    });

    it('is idempotent: a retry and a parallel double click issue nothing new', async () => {
      const before = (await pc.mentor.client.ok(COHORT_CERTS, { id: pc.cohortId })).cohortCertificates.map((c: any) => c.id).sort();
      const again = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates.map((c: any) => c.id).sort();
      expect(again).toEqual(before);
      const both = await Promise.all([pc.mentor.client.ok(ISSUE, { id: pc.cohortId }), pc.mentor.client.ok(ISSUE, { id: pc.cohortId })]);
      for (const r of both) expect(r.issueCertificates.map((c: any) => c.id).sort()).toEqual(before);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM certificate WHERE cohort_id = $1`, [pc.cohortId]);
      expect(n).toBe(2);
    });

    it('issues to someone who qualifies later, and only to them', async () => {
      await setMinutes(t, pc.cohortId, pc.sessionIds[4], pc.students[2].user.id, 120);
      const certs = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates;
      expect(certs).toHaveLength(3);
      expect(certs.find((c: any) => c.studentName === pc.students[2].user.displayName).hours).toBe(9);
    });

    it('lets only the cohort’s managers issue', async () => {
      // The cohort is visible to all (not a draft): outsiders are FORBIDDEN, as for every cohort-level operation.
      expect(await (await t.factories.asMentor()).client.code(ISSUE, { id: pc.cohortId })).toBe('FORBIDDEN');
      expect(await pc.students[0].client.code(ISSUE, { id: pc.cohortId })).toBe('FORBIDDEN');
      expect(await (await t.factories.asChapterAdmin()).client.code(ISSUE, { id: pc.cohortId })).toBe('FORBIDDEN');
      expect(await pc.mentor.client.code(ISSUE, { id: crypto.randomUUID() })).toBe('NOT_FOUND');
      expect((await (await t.factories.asChapterAdmin(pc.mentor.chapter)).client.ok(ISSUE, { id: pc.cohortId })).issueCertificates).toHaveLength(3);
    });

    it('never certifies zero minutes, even at a 0 % threshold', async () => {
      const zero = await pastCohort(t, { attended: [[], [30]], minPercent: 0 });
      const certs = (await zero.mentor.client.ok(ISSUE, { id: zero.cohortId })).issueCertificates;
      expect(certs.map((c: any) => c.minutes)).toEqual([30]);
    });
  });

  describe('issuing when a cohort completes (the poller)', () => {
    it('issues for completed cohorts once, claimed so parallel runs do not both issue', async () => {
      const service = t.app.get(CertificatesService);
      await service.issueDue(); // whatever earlier tests left
      const a = await pastCohort(t, { attended: [FULL, FULL] });
      const b = await pastCohort(t, { attended: [FULL, [120]] });
      const running = await pastCohort(t, { attended: [FULL], complete: false });
      const runs = await Promise.all([service.issueDue(), service.issueDue()]);
      expect(runs.flat().sort()).toEqual([a.cohortId, b.cohortId].sort());
      expect(await service.issueDue()).toEqual([]);
      const counts: { cohort_id: string; n: number }[] = await t.db.query(
        `SELECT cohort_id, count(*)::int AS n FROM certificate WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id`,
        [[a.cohortId, b.cohortId, running.cohortId]],
      );
      expect(Object.fromEntries(counts.map((r) => [r.cohort_id, r.n]))).toEqual({ [a.cohortId]: 2, [b.cohortId]: 1 });
      // A manager's later issue finds nothing new.
      expect((await a.mentor.client.ok(ISSUE, { id: a.cohortId })).issueCertificates).toHaveLength(2);
    });
  });

  describe('the PDF', () => {
    let pc: PastCohort;
    let cert: any;
    beforeAll(async () => {
      pc = await pastCohort(t, { attended: [[120, 120, 120, 90, 120], FULL], names: ['Dana Ortiz-Brennan', 'Nguyễn Thị Hồng'] });
      const co = await t.factories.asMentor(pc.mentor.chapter);
      await pc.mentor.client.ok(`mutation($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id } }`, { id: pc.cohortId, email: co.user.email });
      cert = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates.find((c: any) => c.studentName === 'Dana Ortiz-Brennan');
    });

    it('prints names outside Latin-1 as written (an embedded Unicode font)', async () => {
      const theirs = (await pc.mentor.client.ok(COHORT_CERTS, { id: pc.cohortId })).cohortCertificates.find((c: any) => c.studentName === 'Nguyễn Thị Hồng');
      const res = await pdf(pc.students[1].client, theirs.id);
      expect(res.status).toBe(200);
      expect((await pdfText(res.body as Buffer)).normalize('NFC')).toContain('Nguyễn Thị Hồng');
    });

    it('says who, what, where, when, how long, and how to verify it', async () => {
      const res = await pdf(pc.students[0].client, cert.id);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Dana Ortiz-Brennan - CRES group .* - certificate\.pdf"/);
      const body = res.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = (await pdfText(body)).replace(/\s+/g, ' ');
      expect(text).toContain('Certificate of Attendance');
      expect(text).toContain('Dana Ortiz-Brennan');
      expect(text).toContain(pc.title);
      expect(text).toContain(`hosted by ${pc.mentor.chapter.name}`);
      expect(text).toContain(`from ${formatLocalDate(pc.firstOn)} to ${formatLocalDate(pc.lastOn)}`);
      expect(text).toContain('Contact hours: 9.5');
      expect(text).toContain(`Mentors: ${cert.mentorNames.join(' and ')}`);
      expect(cert.mentorNames[0]).toBe(pc.mentor.user.displayName);
      expect(text).toContain(`Verification code: ${cert.code}`);
      expect(text).toContain(`http://gantry.test/verify/${cert.code}`);
      expect(text).not.toContain('REVOKED');
    });

    it('is for the student and the cohort’s managers; anyone else gets 404', async () => {
      expect((await pdf(pc.mentor.client, cert.id)).status).toBe(200);
      expect((await pdf((await t.factories.asChapterAdmin(pc.mentor.chapter)).client, cert.id)).status).toBe(200);
      expect((await pdf(pc.students[1].client, cert.id)).status).toBe(404);
      expect((await pdf((await t.factories.asStudent()).client, cert.id)).status).toBe(404);
      expect((await pdf((await t.factories.asMentor()).client, cert.id)).status).toBe(404);
      expect((await pdf((await t.factories.asChapterAdmin()).client, cert.id)).status).toBe(404);
      expect((await pdf(pc.students[0].client, crypto.randomUUID())).status).toBe(404);
      expect((await pdf(pc.students[0].client, 'not-an-id')).status).toBe(404);
      expect((await pdf(null, cert.id)).status).toBe(401);
    });
  });

  describe('verification', () => {
    let pc: PastCohort;
    let certs: any[];
    beforeAll(async () => {
      pc = await pastCohort(t, { attended: [FULL, FULL] });
      certs = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates;
    });

    it('answers anyone with what the code certifies', async () => {
      const c = certs[0];
      const v = (await t.anon().ok(VERIFY, { code: c.code })).verifyCertificate;
      expect(v).toEqual({
        code: c.code,
        valid: true,
        revoked: false,
        revokedAt: null,
        studentName: c.studentName,
        cohortName: pc.title,
        chapterName: pc.mentor.chapter.name,
        hours: 10,
        firstSessionOn: pc.firstOn,
        lastSessionOn: pc.lastOn,
        issuedAt: c.issuedAt,
      });
    });

    it('reads the code in any case, with or without hyphens', async () => {
      const c = certs[0];
      const anon = t.anon();
      expect((await anon.ok(VERIFY, { code: c.code.toLowerCase() })).verifyCertificate.code).toBe(c.code);
      expect((await anon.ok(VERIFY, { code: ` ${c.code.replace(/-/g, '').toLowerCase()} ` })).verifyCertificate.code).toBe(c.code);
      expect((await anon.ok(VERIFY, { code: c.code.slice(4) })).verifyCertificate.code).toBe(c.code);
    });

    it('answers null for unknown and malformed codes', async () => {
      const anon = t.anon();
      expect((await anon.ok(VERIFY, { code: 'GNT-0000-0000-0000' })).verifyCertificate).toBeNull();
      expect((await anon.ok(VERIFY, { code: 'hello' })).verifyCertificate).toBeNull();
      expect((await anon.ok(VERIFY, { code: 'x'.repeat(5000) })).verifyCertificate).toBeNull();
    });

    it('shows a revoked certificate as revoked', async () => {
      const c = certs[1];
      await pc.mentor.client.ok(REVOKE, { id: c.id, reason: 'Attendance was recorded for the wrong person.' });
      const v = (await t.anon().ok(VERIFY, { code: c.code })).verifyCertificate;
      expect(v).toMatchObject({ valid: false, revoked: true, studentName: c.studentName });
      expect(v.revokedAt).not.toBeNull();
    });

    it('is rate-limited per address', async () => {
      const anon = t.anon();
      for (let i = 0; i < 30; i++) await anon.ok(VERIFY, { code: `GNT-0000-0000-${String(i).padStart(4, '0')}` });
      const res = await anon.gql(VERIFY, { code: certs[0].code });
      expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Another address is not affected.
      expect((await t.anon().ok(VERIFY, { code: certs[0].code })).verifyCertificate.valid).toBe(true);
    });
  });

  describe('revoke and reissue', () => {
    let pc: PastCohort;
    let cert: any;
    beforeAll(async () => {
      pc = await pastCohort(t, { attended: [[120, 120, 120, 120, 60], FULL] });
      cert = (await pc.mentor.client.ok(ISSUE, { id: pc.cohortId })).issueCertificates.find((c: any) => c.minutes === 540);
    });

    it('is refused to everyone but the cohort’s managers', async () => {
      const other = await pastCohort(t, { attended: [FULL] });
      const cases: [Promise<{ client: GqlClient }> | { client: GqlClient }, string][] = [
        [other.mentor, 'NOT_FOUND'], // mentor of another cohort, same kind of role
        [t.factories.asMentor(pc.mentor.chapter), 'NOT_FOUND'], // mentor in the same chapter, not of this cohort
        [t.factories.asChapterAdmin(), 'NOT_FOUND'], // admin of another chapter
        [pc.students[0], 'FORBIDDEN'], // the certificate's own student
        [other.students[0], 'FORBIDDEN'],
      ];
      for (const [who, code] of cases) {
        const { client } = await who;
        expect(await client.code(REVOKE, { id: cert.id, reason: 'Because.' })).toBe(code);
        expect(await client.code(REISSUE, { id: cert.id })).toBe(code);
      }
      expect(await t.anon().code(REVOKE, { id: cert.id, reason: 'Because.' })).toBe('UNAUTHENTICATED');
      const [row] = await t.db.query(`SELECT revoked_at FROM certificate WHERE id = $1`, [cert.id]);
      expect(row.revoked_at).toBeNull();
    });

    it('needs a reason to revoke', async () => {
      const res = await pc.mentor.client.gql(REVOKE, { id: cert.id, reason: '  ' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: [expect.any(String)] } });
    });

    it('reissues with a new code and the current hours, linked to the old one, and tells the student', async () => {
      // The mentor corrected the last session's minutes since.
      await setMinutes(t, pc.cohortId, pc.sessionIds[4], pc.students[0].user.id, 120);
      const fresh = (await pc.mentor.client.ok(REISSUE, { id: cert.id })).reissueCertificate;
      expect(fresh).toMatchObject({ minutes: 600, hours: 10, replacesId: cert.id, revokedAt: null, studentName: cert.studentName });
      expect(fresh.code).not.toBe(cert.code);
      const list = (await pc.mentor.client.ok(COHORT_CERTS, { id: pc.cohortId })).cohortCertificates;
      const old = list.find((c: any) => c.id === cert.id);
      expect(old).toMatchObject({ revokeReason: REISSUED_REASON, replacedBy: fresh.id });
      expect(old.revokedAt).not.toBeNull();
      expect((await t.anon().ok(VERIFY, { code: cert.code })).verifyCertificate).toMatchObject({ valid: false, revoked: true });
      expect((await t.anon().ok(VERIFY, { code: fresh.code })).verifyCertificate).toMatchObject({ valid: true, hours: 10 });
      expect((await pc.students[0].client.ok(MY_CERT, { id: pc.cohortId })).cohort.myCertificate.id).toBe(fresh.id);
      const mine = (await pc.students[0].client.ok(MY_CERTS)).myCertificates;
      expect(mine.map((c: any) => c.id).sort()).toEqual([cert.id, fresh.id].sort());
      const mail = await mailsTo(pc.students[0].user.email, 'certificate-reissued');
      expect(mail).toHaveLength(1);
      expect(mail[0].text_body).toContain(fresh.code);
      // Reissuing the replaced one again is refused: the new one is in force.
      expect(await pc.mentor.client.code(REISSUE, { id: cert.id })).toBe('CONFLICT');
    });

    it('lets a chapter admin of the cohort’s chapter revoke, once, and emails the student', async () => {
      const admin = await t.factories.asChapterAdmin(pc.mentor.chapter);
      const target = (await pc.mentor.client.ok(COHORT_CERTS, { id: pc.cohortId })).cohortCertificates.find((c: any) => c.studentName === pc.students[1].user.displayName);
      const revoked = (await admin.client.ok(REVOKE, { id: target.id, reason: 'Signed in for a colleague.' })).revokeCertificate;
      expect(revoked).toMatchObject({ id: target.id, revokeReason: 'Signed in for a colleague.' });
      // Again: no change, no second email.
      expect((await admin.client.ok(REVOKE, { id: target.id, reason: 'Another reason' })).revokeCertificate.revokeReason).toBe('Signed in for a colleague.');
      const mail = await mailsTo(pc.students[1].user.email, 'certificate-revoked');
      expect(mail).toHaveLength(1);
      expect(mail[0].text_body).toContain('Signed in for a colleague.');
      expect((await pc.students[1].client.ok(MY_CERT, { id: pc.cohortId })).cohort.myCertificate).toBeNull();
      // Issuing again (say, for a student whose attendance was corrected) does not undo it.
      await pc.mentor.client.ok(ISSUE, { id: pc.cohortId });
      expect((await pc.students[1].client.ok(MY_CERT, { id: pc.cohortId })).cohort.myCertificate).toBeNull();
      expect(await mailsTo(pc.students[1].user.email, 'certificate-issued')).toHaveLength(1);
    });
  });

  describe('lists', () => {
    it('cohortCertificates is for managers and costs the same for 2 or 8 certificates', async () => {
      const small = await pastCohort(t, { attended: [FULL, FULL] });
      const big = await pastCohort(t, { attended: Array.from({ length: 8 }, () => FULL) });
      for (const pc of [small, big]) await pc.mentor.client.ok(ISSUE, { id: pc.cohortId });
      const one = (await big.mentor.client.ok(COHORT_CERTS, { id: big.cohortId })).cohortCertificates[0];
      await big.mentor.client.ok(REISSUE, { id: one.id });
      const q = `query C($id: ID!) { cohortCertificates(cohortId: $id) { ${CERT} } }`;
      const a = await small.mentor.client.countQueries(q, { id: small.cohortId });
      const b = await big.mentor.client.countQueries(q, { id: big.cohortId });
      expect(b).toBe(a);
      expect(b).toBeLessThanOrEqual(8);
      expect(await small.students[0].client.code(q, { id: small.cohortId })).toBe('FORBIDDEN');
      expect(await big.mentor.client.code(q, { id: small.cohortId })).toBe('FORBIDDEN');
      expect(await big.mentor.client.code(q, { id: crypto.randomUUID() })).toBe('NOT_FOUND');
    });

    it('myCertificate on a page of cohorts is one query', async () => {
      const pcs = await Promise.all([pastCohort(t, { attended: [FULL] }), pastCohort(t, { attended: [FULL] })]);
      for (const pc of pcs) await pc.mentor.client.ok(ISSUE, { id: pc.cohortId });
      const student = pcs[0].students[0];
      await t.db.query(`INSERT INTO enrollment (cohort_id, user_id, status, enrolled_at) VALUES ($1, $2, 'ENROLLED', now())`, [pcs[1].cohortId, student.user.id]);
      const q = `query($a: ID!, $b: ID!) { a: cohort(id: $a) { myCertificate { id } } b: cohort(id: $b) { myCertificate { id } } }`;
      const data = await student.client.ok(q, { a: pcs[0].cohortId, b: pcs[1].cohortId });
      expect(data.a.myCertificate).not.toBeNull();
      expect(data.b.myCertificate).toBeNull();
      expect((await t.anon().ok(`query($a: ID!) { cohort(id: $a) { myCertificate { id } } }`, { a: pcs[0].cohortId })).cohort.myCertificate).toBeNull();
    });
  });
});
