import { startTestApp, type TestApp } from '../testing/test-app';
import { CHECK_IN, ROSTER, attendanceCohort, countRows, placeSession } from '../testing/attendance';

/**
 * The 7 pm rush: everyone presses Join in the same minute, some twice. The database's
 * unique (session, user) index and INSERT … ON CONFLICT keep it one record each.
 */
describe('check-in under load', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records 60 simultaneous check-ins by different students exactly once each', async () => {
    const ac = await attendanceCohort(t, { students: 60 });
    const s = ac.sessionIds[0];
    await placeSession(t, s, -1);
    const results = await Promise.all(ac.students.map((st) => st.client.gql(CHECK_IN, { id: s })));
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.checkIn.id)).size).toBe(60);
    expect(results.every((r, i) => r.data!.checkIn.userId === ac.students[i].user.id && r.data!.checkIn.status === 'PRESENT')).toBe(true);
    expect(await countRows(t, s)).toEqual({ records: 60, changes: 60 });
    const roster = (await ac.mentor.client.ok(ROSTER, { id: s })).sessionRoster;
    expect(roster).toMatchObject({ present: 60, missing: 0, total: 60 });
  });

  it('keeps one record and one history row when the same student checks in 10 times at once', async () => {
    const ac = await attendanceCohort(t, { students: 1 });
    const s = ac.sessionIds[0];
    await placeSession(t, s, -1);
    const [student] = ac.students;
    const results = await Promise.all(Array.from({ length: 10 }, () => student.client.gql(CHECK_IN, { id: s })));
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    const ids = new Set(results.map((r) => r.data!.checkIn.id));
    expect(ids.size).toBe(1);
    expect(new Set(results.map((r) => r.data!.checkIn.version))).toEqual(new Set([1]));
    expect(await countRows(t, s, student.user.id)).toEqual({ records: 1, changes: 1 });
  });

  it('mixes both: 20 students, each pressing twice, all at once', async () => {
    const ac = await attendanceCohort(t, { students: 20 });
    const s = ac.sessionIds[0];
    await placeSession(t, s, -1);
    const results = await Promise.all(ac.students.flatMap((st) => [st.client.gql(CHECK_IN, { id: s }), st.client.gql(CHECK_IN, { id: s })]));
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.checkIn.id)).size).toBe(20);
    expect(await countRows(t, s)).toEqual({ records: 20, changes: 20 });
  });
});
