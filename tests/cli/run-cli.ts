import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles the command line, as `npm run build:cli` does, so the tests run the real `bin/briefing-desk.mjs`; in a
 * vitest run the global setup (`build-cli-once.ts`) has built it already for every file.
 */
export function buildCli(): void {
  if (process.env.BRIEFING_DESK_CLI_BUILT === '1') return;
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: projectRoot, stdio: 'inherit' });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `briefing-desk` as a child process, as a script or a person would. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`${projectRoot}bin/briefing-desk.mjs`, ...args],
      { cwd: options.cwd ?? projectRoot, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
