import { defineConfig } from 'vitest/config';

// The corruption tests (`npm run test:corruption`, part of `npm test`): a damaged library per case, then 200
// seeded random corruptions opened in a child process. A config of their own rather than the crash test's:
// they are a different question (what a damaged file does on start, not what a kill does to a save), they run
// and fail on their own, and their counts print as their own step of CI.
export default defineConfig({
  test: {
    name: 'corruption',
    environment: 'node',
    include: ['tests/corruption/**/*.test.ts'],
    testTimeout: 600_000,
  },
});
