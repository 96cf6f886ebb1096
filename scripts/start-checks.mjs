// What `npm start` checks before it builds anything: a Node that Electron's
// launcher accepts, and Electron's binary (which its npm package downloads on
// first use, not at `npm install`). Pure, so tests/unit/start-checks.test.ts
// can try every case without the binary and on any Node.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The oldest Node the `electron` 45 package runs on (its `engines`). */
export const minimumNode = { major: 22, minor: 12 };

/** @param {string} version like "20.19.2" or "v22.12.0" */
export function nodeIsTooOld(version) {
  const [major = 0, minor = 0] = version.replace(/^v/u, '').split('.').map(Number);
  return major < minimumNode.major || (major === minimumNode.major && minor < minimumNode.minor);
}

/**
 * The Electron binary the `electron` package in `electronDir` points at, when
 * it has been downloaded: `path.txt` names it inside `dist/`.
 * @param {string} electronDir
 * @returns {string | undefined}
 */
export function installedElectronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const withoutElectron =
  'Everything else works without Electron: `npm test` runs every test (the end-to-end tests use the system Chromium), ' +
  'and the command line (`npm run cli -- --help`) works on the same library.';

/**
 * One paragraph for a person who typed `npm start` on a machine where the app cannot start: why, what to do, and
 * what works anyway.
 * @param {{ problem: 'old-node', nodeVersion: string } | { problem: 'no-electron', reason: string }} refusal
 */
export function startRefusal(refusal) {
  const why =
    refusal.problem === 'old-node'
      ? `Briefing Desk cannot start here: this is Node ${refusal.nodeVersion.replace(/^v/u, '')}, and Electron 45, which runs the app, ` +
        `needs Node ${minimumNode.major}.${minimumNode.minor} or newer. Install Node ${minimumNode.major}.${minimumNode.minor} or newer ` +
        '(for example with nvm, or from nodejs.org) and run `npm start` again.'
      : `Briefing Desk cannot start here: Electron's program is not downloaded yet and could not be downloaded now (${refusal.reason}). ` +
        "Electron's npm package fetches it from GitHub the first time the app starts, so run `npm start` again with internet " +
        'access, or run `npx install-electron` on a machine that has it.';
  return `${why} ${withoutElectron}`;
}

/**
 * The one line of the downloader's output worth showing, without a stack trace.
 * @param {string} output
 */
export function downloadFailureReason(output) {
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH/u.test(output)) {
    return 'there is no connection to github.com, where Electron is published';
  }
  const line = output
    .split('\n')
    .map((text) => text.trim())
    .find((text) => /error/iu.test(text) && !text.startsWith('at '));
  const message = line?.replace(/^(\w*Error:\s*)+/u, '').replace(/[.\s]+$/u, '');
  return message ? message.slice(0, 160) : 'the download failed';
}
