import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { gqlDocumentsPlugin } from './build/gql-documents-plugin.ts';

const api = process.env.GANTRY_API_URL ?? 'http://localhost:3000';

/** Paths the API serves on the same origin; in dev the Vite server forwards them. */
const apiPaths = ['/graphql', '/healthz', '/readyz', '/metrics', '/calendar', '/files', '/exports'];

export default defineConfig({
  plugins: [gqlDocumentsPlugin(fileURLToPath(new URL('./src/gql', import.meta.url))), react()],
  resolve: {
    alias: {
      // The web compiles the shared package from its TypeScript source (no build step needed).
      '@gantry/shared': fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    // `ws`: GraphQL subscriptions share /graphql over WebSocket.
    proxy: Object.fromEntries(apiPaths.map((p) => [p, { target: api, changeOrigin: false, ws: p === '/graphql' }])),
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
});
