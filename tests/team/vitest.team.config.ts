import { defineConfig } from 'vitest/config';

// The team library against a real PostgreSQL 15 cluster each test file starts for itself (`npm run test:team`).
// Kept apart from the unit tests: initdb and a server start take seconds, and the files run one at a time so
// that two clusters never compete for the machine's two cores.
export default defineConfig({
  test: {
    name: 'team',
    environment: 'node',
    include: ['tests/team/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
