import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code: Node for shared/ and
// electron/ (real SQLite files in temporary folders), jsdom for renderer/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // A guard against hangs, not a time limit: real SQLite files, Chromium and the first DOCX conversion
          // (loading jsdom and mammoth) take seconds on a busy two-core machine.
          testTimeout: 15_000,
          // The command line is bundled once for the run, not once per CLI test file.
          globalSetup: ['tests/cli/build-cli-once.ts'],
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
