import request from 'supertest';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('health, readiness, metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('/healthz says the process is up', async () => {
    const res = await request(t.server).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database and the migrations', async () => {
    const res = await request(t.server).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ready');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM migrations`);
    expect(n).toBeGreaterThan(0);
  });

  it('/readyz reports pending migrations as not ready', async () => {
    const [last] = await t.db.query(`SELECT id, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await t.db.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const res = await request(t.server).get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.reason).toMatch(/migrations/);
    } finally {
      await t.db.query(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [Number(last.name.match(/\d+$/)[0]), last.name]);
    }
  });

  it('/metrics exposes requests by GraphQL operation and the database pool', async () => {
    await t.anon().gql(`query HomePage { viewer { id } }`);
    const res = await request(t.server).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/gantry_graphql_operations_total\{operation="HomePage",type="query",outcome="ok"\} 1/);
    expect(res.text).toMatch(/gantry_graphql_operation_duration_seconds_bucket\{le="[\d.]+",operation="HomePage",type="query"\}/);
    expect(res.text).toMatch(/gantry_db_pool_connections\{state="total"\}/);
    expect(res.text).toMatch(/gantry_http_requests_total\{method="POST",route="\/graphql",status="200"\}/);
  });

  it('/metrics wants the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-for-tests-0123456789';
    const locked = await startTestApp({ env: { METRICS_TOKEN: token } });
    try {
      for (const auth of [undefined, 'Bearer wrong', `Basic ${token}`, `Bearer ${token}x`]) {
        const req = request(locked.server).get('/metrics');
        const res = await (auth ? req.set('Authorization', auth) : req);
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
        expect(res.text).not.toMatch(/gantry_/);
      }
      const ok = await request(locked.server).get('/metrics').set('Authorization', `Bearer ${token}`);
      expect(ok.status).toBe(200);
      expect(ok.text).toMatch(/gantry_http_requests_total/);
      // Health and readiness stay open for load balancers.
      expect((await request(locked.server).get('/healthz')).status).toBe(200);
    } finally {
      await locked.close();
    }
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const given = await request(t.server).get('/healthz').set('x-request-id', 'abc-123-def-456');
    expect(given.headers['x-request-id']).toBe('abc-123-def-456');
    const made = await request(t.server).get('/healthz').set('x-request-id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
