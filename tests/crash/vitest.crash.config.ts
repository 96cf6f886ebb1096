import { defineConfig } from 'vitest/config';

// The crash test (`npm run test:crash`): a parent that SIGKILLs a saving child 200 times. Kept apart from the
// unit tests because it runs for tens of seconds; `npm test` and CI run it too.
export default defineConfig({
  test: {
    name: 'crash',
    environment: 'node',
    include: ['tests/crash/**/*.test.ts'],
    testTimeout: 600_000,
  },
});
