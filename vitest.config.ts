import { defineConfig } from 'vitest/config';

// Tiers by folder and suffix: test/unit (pure), *.int.test.ts (real Neo4j through the GraphQL
// API), *.e2e.test.ts (real HTTP server and Debian's Chromium). One throwaway Neo4j serves the
// whole run (test/helpers/global-setup.ts); files run one at a time because they share it.
export default defineConfig({
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    fileParallelism: false,
    setupFiles: ['test/helpers/fail-on-console-error.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'int', include: ['test/int/**/*.int.test.ts'], testTimeout: 30_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
      },
    ],
  },
});
