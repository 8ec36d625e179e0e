import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The server (server/http/app.ts) serves <repo>/dist/client and answers /graphql on the same
// origin; in development the Vite server forwards /graphql to the API on port 4000.
export default defineConfig({
  root: here,
  plugins: [react()],
  // The layout worker (graph/layout.worker.ts) loads Cytoscape only when a run needs it: ES
  // module workers can split it off; the default (iife) would inline it.
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(here, '../dist/client'),
    emptyOutDir: true,
    // React + Apollo (~500 kB) and the lazily loaded Cytoscape + fcose (~560 kB) are each one chunk.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/graphql': { target: process.env.TSUNAGARI_API ?? 'http://localhost:4000', changeOrigin: true },
      '/auth': { target: process.env.TSUNAGARI_API ?? 'http://localhost:4000', changeOrigin: true },
    },
  },
});
