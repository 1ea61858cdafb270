import { rmSync } from 'node:fs';

/**
 * Remove this run's embedded database. Playwright stops the web server after the
 * global teardown, so the directory is removed now and once more when the runner exits.
 */
export default function globalTeardown() {
  const dir = process.env.GANTRY_E2E_DATA_DIR;
  if (!dir || !/[\\/]e2e-\d+$/.test(dir)) return;
  const remove = () => rmSync(dir, { recursive: true, force: true });
  remove();
  process.once('exit', remove);
}
