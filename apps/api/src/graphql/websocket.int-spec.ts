import { startTestApp, type TestApp } from '../testing/test-app';
import { graphqlWsUrl, subscribe, wsClient } from '../testing/websocket';

/** The WebSocket endpoint: who may open a socket, and what it serves. */
describe('GraphQL over WebSocket (graphql-ws)', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    url = await graphqlWsUrl(t.server);
  });
  afterAll(() => t.close());

  it('refuses a socket without a session (4403) and one from another site even with a session', async () => {
    const anon = wsClient(url);
    expect(await anon.closed).toBe(4403);

    const { client } = await t.factories.asStudent();
    const foreign = wsClient(url, { cookie: client.cookie, origin: 'https://evil.example' });
    expect(await foreign.closed).toBe(4403);
  });

  it('accepts the session cookie from this site and serves subscriptions only', async () => {
    const { client } = await t.factories.asStudent();
    const { client: ws, closed } = wsClient(url, { cookie: client.cookie, origin: 'http://gantry.test' });
    const sub = subscribe(ws, '{ me { id } }');
    const result = await sub.next();
    expect(result.errors?.[0]).toMatchObject({
      message: 'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    await ws.dispose();
    expect(await closed).toBe(1000);
  });
});
