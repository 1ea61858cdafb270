import { startTestApp, type TestApp } from '../testing/test-app';
import { graphqlWsUrl, subscribe, wsClient } from '../testing/websocket';
import { PubSubService } from '../common/pubsub/pubsub.service';
import { CHECK_IN, ROSTER_CHANGED, attendanceCohort, placeSession, rosterListening } from '../testing/attendance';

/**
 * Two API instances on one PostgreSQL database and one Redis: a roster subscribed on
 * one sees a check-in made on the other. Each instance has its own event bus, so the
 * event can only cross through Redis. Needs a server database and Redis.
 */
const servers = !!process.env.DATABASE_URL && !!process.env.REDIS_URL;
const describeServers = servers ? describe : describe.skip;
if (!servers) console.warn('roster-two-process: skipped — set DATABASE_URL and REDIS_URL to run two API instances on one PostgreSQL and Redis');

describeServers('rosterChanged across two API processes (PostgreSQL + Redis)', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    const redis = { REDIS_URL: process.env.REDIS_URL! };
    one = await startTestApp({ env: redis });
    // The second instance joins the first one's database (its migrations are already applied).
    two = await startTestApp({ env: { ...redis, DATABASE_URL: one.config.database.url! } });
    await Promise.all([one.app.get(PubSubService).ready(), two.app.get(PubSubService).ready()]);
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('delivers a check-in made on instance two to a roster subscribed on instance one', async () => {
    expect(one.app.get(PubSubService).distributed).toBe(true);
    expect(one.app.get(PubSubService)).not.toBe(two.app.get(PubSubService));
    const ac = await attendanceCohort(one, { students: 1 });
    const s = ac.sessionIds[0];
    await placeSession(one, s, -1);
    const { client: ws } = wsClient(await graphqlWsUrl(one.server), { cookie: ac.mentor.client.cookie, origin: 'http://gantry.test' });
    const sub = subscribe<{ rosterChanged: Record<string, any> }>(ws, ROSTER_CHANGED, { id: s });
    await rosterListening(one, s);
    // The same student, signed in on instance two (the session row is in the shared database).
    const student = await two.factories.clientFor(ac.students[0].user);
    const checked = (await student.ok(CHECK_IN, { id: s })).checkIn;
    const event = await sub.next(15_000);
    expect(event.errors).toBeUndefined();
    expect(event.data!.rosterChanged).toMatchObject({ sessionId: s, row: { student: { id: ac.students[0].user.id }, record: { id: checked.id, status: 'PRESENT', source: 'SELF_CHECK_IN' } } });
    await sub.close();
    await ws.dispose();
  });
});
