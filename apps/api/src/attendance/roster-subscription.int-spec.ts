import { startTestApp, type TestApp } from '../testing/test-app';
import { REAUTHORIZE } from '../common/pubsub/reauthorizing';
import { graphqlWsUrl, subscribe, wsClient } from '../testing/websocket';
import { CHECK_IN, ROSTER_CHANGED, SET_ATTENDANCE, attendanceCohort, placeSession, rosterListening } from '../testing/attendance';

/** The live roster: graphql-ws over a real socket, the session cookie on the upgrade request. */
describe('rosterChanged (subscription)', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    url = await graphqlWsUrl(t.server);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('delivers a check-in and a mentor’s change to the cohort’s mentor', async () => {
    const ac = await attendanceCohort(t, { students: 2 });
    const s = ac.sessionIds[0];
    await placeSession(t, s, -1);
    const { client: ws } = wsClient(url, { cookie: ac.mentor.client.cookie, origin: 'http://gantry.test' });
    const sub = subscribe<{ rosterChanged: Record<string, any> }>(ws, ROSTER_CHANGED, { id: s });
    await rosterListening(t, s);
    const [a, b] = ac.students;
    const checked = (await a.client.ok(CHECK_IN, { id: s })).checkIn;
    const first = await sub.next();
    expect(first.errors).toBeUndefined();
    expect(first.data!.rosterChanged).toEqual({
      sessionId: s,
      row: {
        student: { id: a.user.id, displayName: a.user.displayName, email: a.user.email },
        record: { id: checked.id, userId: a.user.id, status: 'PRESENT', minutes: checked.minutes, source: 'SELF_CHECK_IN', version: 1, joinedAt: checked.joinedAt, updatedBy: null, history: [{ toStatus: 'PRESENT' }] },
      },
    });
    // A repeat check-in changes nothing and sends nothing; the mentor's mark does.
    await a.client.ok(CHECK_IN, { id: s });
    await ac.mentor.client.ok(SET_ATTENDANCE, { input: { sessionId: s, userId: b.user.id, status: 'EXCUSED' } });
    const second = await sub.next();
    expect(second.data!.rosterChanged.row).toMatchObject({ student: { id: b.user.id }, record: { status: 'EXCUSED', source: 'MENTOR', updatedBy: { id: ac.mentor.user.id } } });
    // The overridden record's history is fresh on the same socket.
    await ac.mentor.client.ok(SET_ATTENDANCE, { input: { sessionId: s, userId: a.user.id, status: 'LATE', minutes: 80 } });
    const third = await sub.next();
    expect(third.data!.rosterChanged.row.record).toMatchObject({ status: 'LATE', version: 2, history: [{ toStatus: 'PRESENT' }, { toStatus: 'LATE' }] });
    await sub.close();
    await ws.dispose();
  });

  it('is refused to anyone who does not manage the session’s cohort', async () => {
    const ac = await attendanceCohort(t, { students: 1 });
    const s = ac.sessionIds[0];
    const other = await t.factories.asMentor();
    const { client: ws1 } = wsClient(url, { cookie: other.client.cookie, origin: 'http://gantry.test' });
    const refused = await subscribe(ws1, ROSTER_CHANGED, { id: s }).next();
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const { client: ws2 } = wsClient(url, { cookie: ac.students[0].client.cookie, origin: 'http://gantry.test' });
    const student = await subscribe(ws2, ROSTER_CHANGED, { id: s }).next();
    expect(student.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const missing = await subscribe(ws1, ROSTER_CHANGED, { id: 'nope' }).next();
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await ws1.dispose();
    await ws2.dispose();
  });

  it('stops the events once the viewer no longer manages the cohort (checked again on a long-lived socket)', async () => {
    const ac = await attendanceCohort(t, { students: 2 });
    const s = ac.sessionIds[0];
    await placeSession(t, s, -1);
    const co = await t.factories.asMentor(ac.mentor.chapter);
    await ac.mentor.client.ok(`mutation($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id } }`, { id: ac.cohortId, email: co.user.email });
    const { client: ws } = wsClient(url, { cookie: co.client.cookie, origin: 'http://gantry.test' });
    const before = REAUTHORIZE.everyMs;
    REAUTHORIZE.everyMs = 0; // re-check on every event
    try {
      const sub = subscribe<{ rosterChanged: Record<string, any> }>(ws, ROSTER_CHANGED, { id: s });
      await rosterListening(t, s);
      await ac.students[0].client.ok(CHECK_IN, { id: s });
      expect((await sub.next()).data!.rosterChanged.row.student.id).toBe(ac.students[0].user.id);
      await ac.mentor.client.ok(`mutation($id: ID!, $user: ID!) { removeCoMentor(cohortId: $id, userId: $user) { id } }`, { id: ac.cohortId, user: co.user.id });
      await ac.students[1].client.ok(CHECK_IN, { id: s });
      const after = await sub.next();
      expect(after.data).toBeFalsy();
      expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    } finally {
      REAUTHORIZE.everyMs = before;
      await ws.dispose();
    }
  });
});
