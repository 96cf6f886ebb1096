import { dirname, join } from 'node:path';
import { bundledDictionarySource } from '../spelling/bundled-dictionaries';
import { languageFromEnvironment } from '../../shared/i18n/locale-environment';
import { createTranslator } from '../../shared/i18n/translator';
import { runCli } from './cli';
import { readSecretFromTerminal } from './read-secret';

// The `briefing-desk` command: bundled to dist/cli/briefing-desk.cjs by
// scripts/build-cli.mjs and started by bin/briefing-desk.mjs. Plain Node:
// no Electron is needed to use the library from a terminal.
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
  // The terminal's width; through a pipe, COLUMNS when the shell exported it.
  columns: process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || undefined,
  env: process.env,
  // `npm run cli` runs in the checkout's root; relative paths mean where the person typed the command.
  cwd: process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd(),
  // The bundle is CommonJS: `require.resolve` finds the fonts wherever npm put the dependencies.
  fontsourceFolder: dirname(dirname(require.resolve('@fontsource/noto-sans/package.json'))),
  // Bundled beside this file by scripts/build-cli.mjs.
  docxImportWorker: join(__dirname, 'docx-import-worker.cjs'),
  // dist/cli/ is two folders below the project, whose dictionaries/ and node_modules/ hold the dictionaries.
  dictionaries: bundledDictionarySource(join(__dirname, '..', '..')),
  readSecret: process.stdin.isTTY ? (question) => readSecretFromTerminal(process.stdin, process.stderr, question) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${createTranslator(languageFromEnvironment(process.env))('cli.failed', { reason: String(error) })}\n`);
    process.exitCode = 1;
  },
);
