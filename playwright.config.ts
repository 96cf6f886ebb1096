import { defineConfig } from '@playwright/test';

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4179);

/**
 * End-to-end tests drive the built renderer (`npm run build`) in Debian's
 * Chromium. Playwright's own browser download cannot run on these machines,
 * so the system browser is used; CHROMIUM_PATH overrides its location.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // CI has two cores shared by two workers and a spelling worker each; the
  // longer flows (comments, offline, embargo) ran up to 30 s there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 820 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    // Never someone else's server on this port, which may serve another checkout's build.
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
