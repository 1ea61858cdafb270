import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo-seed';
import { pastCohortTitle, seedCertificates } from './certificates-seed';

describe('demo data: a finished study group with certificates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives student1 a certificate, a profile and a logged entry, once', async () => {
    expect(await seedDemoData(t.app)).toBe(true);
    expect(await seedCertificates(t.app)).toBe(false);

    const [cohort] = await t.db.query(`SELECT id, status, certificates_issued_at FROM cohort WHERE title = $1`, [pastCohortTitle()]);
    expect(cohort.status).toBe('COMPLETED');
    expect(cohort.certificates_issued_at).not.toBeNull();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM attendance_record WHERE cohort_id = $1`, [cohort.id]);
    expect(n).toBe(20);
    const certs: { student_name: string; hours: string }[] = await t.db.query(`SELECT student_name, hours::text FROM certificate WHERE cohort_id = $1 ORDER BY student_name`, [cohort.id]);
    expect(certs.map((c) => c.student_name)).toEqual(['Avery Chen', 'Jordan Miller', 'Taylor Brooks']);

    const student = t.anon();
    await student.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: DEMO_ACCOUNTS.students[0].email, password: DEMO_PASSWORD } });
    const { myCertificates } = await student.ok(`{ myCertificates { code hours cohortName mentorNames } }`);
    expect(myCertificates).toEqual([expect.objectContaining({ hours: 10, cohortName: pastCohortTitle(), mentorNames: [DEMO_ACCOUNTS.mentor.displayName] })]);
    const { myCeLedger } = await student.ok(`{ myCeLedger { profile { degree version } cycle { earnedUnits } entries { source hours } } }`);
    expect(myCeLedger.profile).toEqual({ degree: 'BMET_ASSOCIATE', version: 1 });
    expect(myCeLedger.entries.map((e: { source: string }) => e.source).sort()).toEqual(['GANTRY', 'MANUAL']);
    expect(myCeLedger.cycle.earnedUnits).toBe(11.5);
    const { myEligibility } = await student.ok(`{ myEligibility { eligible path { id } } }`);
    expect(myEligibility).toEqual({ eligible: true, path: { id: 'bmet-associate' } });
    const { verifyCertificate } = await t.anon().ok(`query($c: String!) { verifyCertificate(code: $c) { valid studentName } }`, { c: myCertificates[0].code });
    expect(verifyCertificate).toEqual({ valid: true, studentName: 'Avery Chen' });
  });
});
