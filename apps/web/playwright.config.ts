import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the real thing: the built API (apps/api/dist) serving the built
 * web app (apps/web/dist) on one origin, with the demo data set. Build both first:
 * `npm run build` at the repository root.
 *
 * Each run gets a fresh embedded database in .data/e2e-<timestamp> (removed by the
 * global teardown). With DATABASE_URL set, the server uses that PostgreSQL instead;
 * the tests then assume only the demo accounts, never an empty database.
 */
const here = dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;

// The config is evaluated in the runner and again in each worker; the runner picks the
// directory once and the workers inherit it through the environment.
process.env.GANTRY_E2E_DATA_DIR ??= resolve(here, '../../.data', `e2e-${Date.now()}`);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]] : 'list',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    timezoneId: 'America/Chicago',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node ../api/dist/main.js',
    cwd: here,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: process.env.GANTRY_E2E_DATA_DIR,
      NODE_ENV: 'development',
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      WEB_DIST: resolve(here, 'dist'),
      PUBLIC_URL: baseURL,
    },
  },
});
