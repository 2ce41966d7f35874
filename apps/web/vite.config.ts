/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

// `npm run dev:web` proxies the API to this origin, so the refresh cookie and the
// WebSocket stay same-origin exactly as when the API serves the built app.
const api = process.env.CROWDCOMMS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: { '@web': path.join(import.meta.dirname, 'src') } },
  build: {
    outDir: path.join(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': { target: api },
    },
  },
  test: {
    // Most tests are plain logic; a component test opts into a DOM with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
