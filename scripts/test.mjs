#!/usr/bin/env node
// `npm test`: every kind of test, in order. Unit and integration tests run on the embedded
// database unless DATABASE_URL names a PostgreSQL server. Browser tests need Chromium:
// without it they are skipped with a plain message (and the run fails when CI=true).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const steps = [];

function run(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  steps.push({ name, ok: r.status === 0, seconds });
  if (r.status !== 0) {
    summary();
    console.error(`\n${name} failed.`);
    process.exit(r.status ?? 1);
  }
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}

function summary() {
  console.log('\n=== summary ===');
  for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`);
}

const db = process.env.DATABASE_URL ? `PostgreSQL server (${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')})` : 'embedded PostgreSQL (PGlite)';
console.log(`Database for API tests: ${db}`);

// The process-level API tests start the built server, as `npm start` does.
run('build: server', 'npm', ['run', 'build:server', '--silent']);
run('shared: unit tests', 'npm', ['test', '-w', '@gantry/shared', '--silent']);
run('api: unit and integration tests', 'npm', ['test', '-w', '@gantry/api', '--silent']);
run('web: component tests', 'npm', ['test', '-w', '@gantry/web', '--silent']);

const chromium = findChromium();
if (!chromium) {
  const msg = [
    '',
    'Browser end-to-end tests SKIPPED: no Chromium found.',
    'Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH, then run `npm test` again.',
  ].join('\n');
  if (ci) {
    console.error(msg + '\nCI=true: a missing browser fails the run.');
    summary();
    process.exit(1);
  }
  console.warn(msg);
  steps.push({ name: 'web: browser end-to-end tests (SKIPPED, no Chromium)', ok: true, seconds: '0.0' });
} else {
  run('build: web app', 'npm', ['run', 'build', '-w', '@gantry/web', '--silent']);
  run('web: browser end-to-end tests', 'npm', ['run', 'test:e2e', '-w', '@gantry/web', '--silent'], { CHROMIUM_PATH: chromium });
}
summary();
