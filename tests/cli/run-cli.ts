import { execFile, execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runCli as runCliInProcess } from '../../electron/cli/cli';
import { bundledDictionarySource } from '../../electron/spelling/bundled-dictionaries';
import { languageFromEnvironment } from '../../shared/i18n/locale-environment';
import { createTranslator } from '../../shared/i18n/translator';

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

interface CliOptions {
  env?: Record<string, string>;
  cwd?: string;
}

const fontsourceFolder = dirname(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')));

/**
 * Runs `briefing-desk ARGS` in this process, with what `electron/cli/main.ts` gives the command when a script runs it
 * through a pipe: the same `runCli`, the bundled DOCX import worker (its capped heap and deadline included), the
 * bundled dictionaries and fonts, no terminal. Each call of the CLI tests used to be a new Node process loading the
 * 5 MB bundle, about two thirds of the unit stage's time; what only a real process shows (the bin script, the
 * bundle finding its worker, fonts and dictionaries, the process ending, COLUMNS) is checked with `runCliProcess`.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const env = { ...process.env, ...options.env };
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = await runCliInProcess(args, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      stderrIsTerminal: false,
      columns: Number(env.COLUMNS) || undefined,
      env,
      cwd: options.cwd ?? projectRoot,
      fontsourceFolder,
      docxImportWorker: join(projectRoot, 'dist', 'cli', 'docx-import-worker.cjs'),
      dictionaries: bundledDictionarySource(projectRoot),
    });
  } catch (error) {
    // As main.ts says a failure runCli did not catch itself.
    stderr += `${createTranslator(languageFromEnvironment(env))('cli.failed', { reason: String(error) })}\n`;
    code = 1;
  }
  return { code, stdout, stderr };
}

/** Runs `briefing-desk` as a child process, as a script or a person would: the real `bin/briefing-desk.mjs` and its bundle. */
export function runCliProcess(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
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
