import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The Sigma.js peer page of `npm run bench:browser`, served from dist/bench-sigma.
export default defineConfig({
  root: here,
  base: '/bench-sigma/',
  logLevel: 'error',
  build: { outDir: path.resolve(here, '../../dist/bench-sigma'), emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
