import { defineConfig } from 'vitest/config';

// The fuzz suite (`npm run test:fuzz`): fast-check properties with a fixed seed and fixed run counts over
// the IPC contract, the briefing model and export, paste, and file import. Kept apart from the unit tests
// so that its budget (well under two minutes on two cores) is one number; `npm test` and CI run it too.
const limits = { testTimeout: 300_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...limits, name: 'fuzz-node', environment: 'node', include: ['tests/fuzz/**/*.fuzz.test.ts'], exclude: ['tests/fuzz/**/*.dom.fuzz.test.ts'] } },
      { test: { ...limits, name: 'fuzz-dom', environment: 'jsdom', include: ['tests/fuzz/**/*.dom.fuzz.test.ts'] } },
    ],
  },
});
