import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { installGroupByShims } from './src/testing/node20-shims.ts';

// Vitest 5 declares Node >= 22; its reporter needs Map.groupBy, missing on Node 20.
installGroupByShims();

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: './src/testing/jsdom-environment.ts',
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      // 2 cores: keep the pool small so the suite does not thrash.
      maxWorkers: 2,
      testTimeout: 15_000,
      // A fixed, non-UTC zone for the "browser", so tests can tell it from the viewer's.
      env: { TZ: 'America/Chicago' },
    },
  }),
);
