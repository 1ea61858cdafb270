#!/usr/bin/env node
// Fails when the committed schema.graphql or the web's generated GraphQL types are stale:
// regenerates both, then asks git whether anything changed.
import { spawnSync } from 'node:child_process';

const GENERATED = ['apps/api/schema.graphql', 'apps/web/src/gql'];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', 'schema', '-w', '@gantry/api', '--silent']);
run('npm', ['run', 'codegen', '-w', '@gantry/web', '--silent']);
const diff = spawnSync('git', ['status', '--porcelain', '--', ...GENERATED], { encoding: 'utf8' });
if (diff.stdout.trim()) {
  console.error('Generated files are stale; run `npm run schema` and commit:\n' + diff.stdout);
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...GENERATED], { stdio: 'inherit' });
  process.exit(1);
}
console.log('schema.graphql and generated web types are current');
