import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('serving the web app on the API origin', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'gantry-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Gantry</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await startTestApp({ env: { WEB_DIST: dist } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers page routes with index.html', async () => {
    for (const path of ['/', '/profile', '/chapters/cabmet', '/reset-password?token=x']) {
      const res = await request(t.server).get(path).set('accept', 'text/html');
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with long-lived caching and sends a 404 for missing ones', async () => {
    const res = await request(t.server).get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect((await request(t.server).get('/assets/missing.js')).status).toBe(404);
  });

  it('leaves the API routes alone', async () => {
    expect((await request(t.server).get('/healthz').set('accept', 'text/html')).body).toEqual({ status: 'ok' });
    const gql = await request(t.server).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
  });
});
