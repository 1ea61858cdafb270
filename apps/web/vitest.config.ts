import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Vitest 4 and jsdom 27 run on Node 20.19+ as well as 22 and 24 (the project's engines).
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      // 2 cores: keep the pool small so the suite does not thrash.
      maxWorkers: 2,
      testTimeout: 15_000,
      // On CI only, a failed test runs once more before the run fails; the reporter marks a
      // test that passed on its retry, and such a test is a race to fix, not to live with.
      retry: process.env.CI ? 1 : 0,
      // A fixed, non-UTC zone for the "browser", so tests can tell it from the viewer's.
      env: { TZ: 'America/Chicago' },
    },
  }),
);
