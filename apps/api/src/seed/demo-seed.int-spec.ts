import request from 'supertest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_ACCOUNTS, DEMO_COHORT_TITLE, DEMO_PASSWORD, seedDemoData } from './demo-seed';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loads once into an empty database: chapter, roles, three time zones, an open cohort with students', async () => {
    expect(await seedDemoData(t.app)).toBe(true);
    expect(await seedDemoData(t.app)).toBe(false);
    const zones: { time_zone: string }[] = await t.db.query(`SELECT DISTINCT time_zone FROM app_user WHERE email LIKE 'student%'`);
    expect(zones.map((z) => z.time_zone).sort()).toEqual(['America/Chicago', 'America/Denver', 'America/New_York']);

    const student = t.anon();
    await student.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: DEMO_ACCOUNTS.students[0].email, password: DEMO_PASSWORD } });
    const { myCohorts } = await student.ok(`{ myCohorts { title status sessions { localTitle: title } seats { enrolled } meeting { url } } }`);
    // The upcoming cohort first, then last spring's finished one (seed/certificates-seed.ts).
    expect(myCohorts.map((c: { status: string }) => c.status)).toEqual(['OPEN', 'COMPLETED']);
    expect(myCohorts[0]).toMatchObject({ title: DEMO_COHORT_TITLE, status: 'OPEN', seats: { enrolled: 5 } });
    expect(myCohorts[0].sessions).toHaveLength(5);
    expect(myCohorts[0].meeting.url).toMatch(/^https:\/\/zoom\.us\//);

    // The starter library and the sessions' agendas: the first session's reading is released now.
    const agenda = await student.ok(`{ myCohorts { sessions { agenda { phase material { title bodyHtml } } } } }`);
    const first = agenda.myCohorts[0].sessions[0].agenda;
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first[0].material.bodyHtml).toContain('<h2>');
    // A PDF handout is on the first session too, readable through its short-lived link.
    const files = await student.ok(`{ myCohorts { sessions { agenda { material { kind title file { preview url } } } } } }`);
    const handout = files.myCohorts[0].sessions[0].agenda.find((i: { material: { kind: string } }) => i.material.kind === 'FILE').material;
    expect(handout.file.preview).toBe('PDF');
    const pdf = await request(t.server).get(new URL(handout.file.url, 'http://x').pathname + new URL(handout.file.url, 'http://x').search).buffer(true);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM material WHERE scope = 'PLATFORM'`);
    expect(n).toBeGreaterThanOrEqual(22);

    // Homework on the sessions, due relative to the next session; one answer already handed in.
    const { myHomework } = await student.ok(`{ myHomework { nodes { status assignment { title } } } }`);
    const titles = myHomework.nodes.map((n: { assignment: { title: string } }) => n.assignment.title);
    expect(titles).toEqual(expect.arrayContaining(['CT tube heat: what fails first?', 'Imaging equipment warm-up quiz', 'Map your site’s MRI safety zones', 'Safety and regulations review quiz']));
    const mentor = t.anon();
    await mentor.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: DEMO_ACCOUNTS.mentor.email, password: DEMO_PASSWORD } });
    const [written]: { id: string }[] = await t.db.query(`SELECT id FROM assignment WHERE title = 'CT tube heat: what fails first?'`);
    const { gradingQueue } = await mentor.ok(`query($id: ID!) { gradingQueue(assignmentId: $id) { status } }`, { id: written.id });
    expect(gradingQueue.map((e: { status: string }) => e.status).sort()).toEqual(['DRAFT', 'MISSING', 'MISSING', 'MISSING', 'SUBMITTED']);
    // The quizzes draw from the starter bank: a student can start one.
    const [quiz]: { id: string }[] = await t.db.query(`SELECT id FROM assignment WHERE title = 'Imaging equipment warm-up quiz'`);
    const { startQuizAttempt } = await student.ok(`mutation($id: ID!) { startQuizAttempt(assignmentId: $id) { itemCount feedback } }`, { id: quiz.id });
    expect(startQuizAttempt).toEqual({ itemCount: 10, feedback: 'IMMEDIATE' });

    const admin = t.anon();
    await admin.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: DEMO_ACCOUNTS.platformAdmin.email, password: DEMO_PASSWORD } });
    const { viewer } = await admin.ok(`{ viewer { roles } }`);
    expect(viewer.roles).toContain('PLATFORM_ADMIN');
  });
});
