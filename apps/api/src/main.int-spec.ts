import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createServer } from 'node:net';
import { once } from 'node:events';

/**
 * The real process, as `npm start` runs it (apps/api/dist/main.js, built by `npm test`
 * before the API tests): configuration errors, persistence across restarts on the
 * embedded database, graceful shutdown.
 */
const MAIN = join(__dirname, '../dist/main.js');
const describeBuilt = existsSync(MAIN) ? describe : describe.skip;
if (!existsSync(MAIN)) console.warn(`${MAIN} not built: run \`npm run build:server\` (npm test does) to run the process tests`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', LOG_LEVEL: 'warn', SEED_DEMO: '0', WEB_DIST: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

/** Start-up includes migrations and, on a new database, the demo data: allow for a slow machine. */
async function waitReady(port: number, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

async function gql(port: number, query: string, variables?: unknown, cookie?: string): Promise<{ body: any; cookie?: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

async function halfSentRequest(port: number, body: string): Promise<{ finish(): Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString()));
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n` +
      body.slice(0, half),
  );
  // Give the server time to parse the headers: from here on the request is in flight.
  await new Promise((r) => setTimeout(r, 1000));
  return {
    finish: async () => {
      socket.end(body.slice(half));
      await once(socket, 'close');
      return answer;
    },
  };
}

describeBuilt('the Gantry process', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('refuses to start on bad configuration and names the variable', async () => {
    const p = start({ PORT: 'not-a-port', DATABASE_URL: 'mysql://nope' });
    expect(await p.exited).toBe(78);
    expect(p.output()).toMatch(/PORT/);
    expect(p.output()).toMatch(/DATABASE_URL: must be a postgres/);
  });

  it('keeps data across a restart on the embedded database and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gantry-proc-'));
    dirs.push(dataDir);
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: '1' };

    const first = start(env);
    await waitReady(port);
    expect(first.output()).toMatch(/Demo sign-ins/);
    const signUp = await gql(port, `mutation { signUp(input: { email: "keep@example.org", password: "persist me please", displayName: "Keeper", timeZone: "America/Denver" }) { id } }`);
    expect(signUp.body.errors).toBeUndefined();
    // A request in flight when SIGTERM arrives is still answered: its headers and half its
    // body are sent, then the signal, then the rest of the body.
    const inFlight = await halfSentRequest(port, JSON.stringify({ query: '{ chapters { totalCount } }' }));
    first.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const answer = await inFlight.finish();
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('{"data":{"chapters":{"totalCount":1}}}');
    expect(await first.exited).toBe(0);

    const second = start(env);
    await waitReady(port);
    const signIn = await gql(port, `mutation { signIn(input: { email: "keep@example.org", password: "persist me please" }) { displayName } }`);
    expect(signIn.body.data).toEqual({ signIn: { displayName: 'Keeper' } });
    // The demo set loads only into an empty database.
    const chapters = await gql(port, `{ chapters { totalCount } }`);
    expect(chapters.body.data.chapters.totalCount).toBe(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);
});
