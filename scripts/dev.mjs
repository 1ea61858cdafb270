#!/usr/bin/env node
// `npm run dev`: the API with reload on change (tsc --watch + node --watch) and Vite's
// dev server with hot module replacement for the web app, which proxies /graphql to the API.
import { spawn } from 'node:child_process';

const children = [];
function start(name, cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const tag = (line) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (d) => d.split('\n').filter(Boolean).forEach((l) => console.log(tag(l))));
  }
  child.on('exit', (code) => console.log(tag(`exited (${code})`)));
  children.push(child);
}

const build = spawn('npx', ['tsc', '-b', 'packages/shared', 'migrations', 'apps/api'], { stdio: 'inherit' });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  start('tsc', 'npx', ['tsc', '-b', '--watch', '--preserveWatchOutput', 'packages/shared', 'migrations', 'apps/api']);
  start('api', 'node', ['--watch-path=apps/api/dist', '--watch-path=packages/shared/dist', 'apps/api/dist/main.js'], {
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173',
  });
  start('web', 'npm', ['run', 'dev', '-w', '@gantry/web']);
  console.log('\nOpen http://localhost:5173 (Vite, hot reload). The API listens on http://localhost:3000.\n');
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const c of children) c.kill('SIGTERM');
    process.exit(0);
  });
}
