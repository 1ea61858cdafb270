import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The GraphQL Foundation's GraphQL-over-HTTP draft, audited by graphql-http against the real server. */
describe('GraphQL over HTTP conformance', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url, fetchFn: fetch });
    const failures: string[] = [];
    let musts = 0;
    for (const audit of audits) {
      if (!audit.name.startsWith('MUST')) continue;
      musts++;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(musts).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });
});
