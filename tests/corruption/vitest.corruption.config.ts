import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'corruption',
    environment: 'node',
    include: ['tests/corruption/**/*.test.ts'],
    testTimeout: 600_000,
  },
});
