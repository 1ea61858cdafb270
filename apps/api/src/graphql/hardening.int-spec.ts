import request from 'supertest';
import { loadConfig } from '../config/config';
import { graphqlOptions } from './graphql.config';
import { AuthService } from '../accounts/auth.service';
import { SessionCookie } from '../accounts/session-cookie';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { MetricsService } from '../observability/metrics.service';
import type { LoadersFactory } from './loaders';

describe('GraphQL hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('rejects queries nested deeper than the limit', async () => {
    expect((await t.anon().gql(`{ viewer { memberships { chapter { id } } } }`)).errors).toBeUndefined();
    let q = 'leaf';
    for (let i = 0; i < 14; i++) q = `f${i} { ${q} }`;
    const res = await t.anon().gql(`{ ${q} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const res = await t.anon().gql(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses request bodies over the size limit', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename }`, variables: { pad: 'x'.repeat(300_000) } });
    expect(res.status).toBe(413);
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const form = await request(t.server).post('/graphql').set('content-type', 'text/plain').send('{"query":"{ viewer { id } }"}');
    expect(form.status).toBe(400);
    const get = await request(t.server).get('/graphql').query({ query: '{ __typename }' });
    expect(get.status).toBe(400);
  });

  it('caps every page at 100 rows', async () => {
    const { client } = await t.factories.asPlatformAdmin();
    for (let i = 0; i < 3; i++) await t.factories.chapter();
    const res = await client.ok(`{ chapters(first: 500) { nodes { id } totalCount pageInfo { hasNextPage } } }`);
    expect(res.chapters.nodes.length).toBeLessThanOrEqual(100);
    expect(res.chapters.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('refuses queries whose estimated cost is over the limit', async () => {
    const res = await t.anon().gql(`{ chapters(first: 100000) { nodes { id name slug } } }`);
    expect(res.errors?.[0].message).toMatch(/cost limit/i);
  });

  it('answers unknown failures without internals', async () => {
    const res = await t.anon().gql(`{ chapter(slug: "no-such-chapter") { id } }`);
    expect(res.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('turns off introspection and field suggestions in production', () => {
    const rest = [{ create: () => ({}) } as unknown as LoadersFactory, t.app.get(AuthService), t.app.get(SessionCookie)] as const;
    const prod = graphqlOptions(loadConfig({ NODE_ENV: 'production' }), {} as MetricsService, ...rest);
    expect(prod.introspection).toBe(false);
    expect(prod.includeStacktraceInErrorResponses).toBe(false);
    expect(prod.csrfPrevention).toBe(true);
    const dev = graphqlOptions(loadConfig({}), {} as MetricsService, ...rest);
    expect(dev.introspection).toBe(true);
    expect((prod.plugins ?? []).length).toBeGreaterThan((dev.plugins ?? []).length);
  });
});

