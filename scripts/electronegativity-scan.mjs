// @ts-check
// Runs Electronegativity (Doyensec's checker of Electron's security checklist)
// on the app's own source, offline. Used by `npm run lint:electron`
// (scripts/lint-electron.mjs) and by tests/unit/electronegativity-scan.test.ts,
// which proves the scan fails on a bad window.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);

/** What ships in the app: the main process, the preload, the renderer and the code they share, with package.json for the Electron version. */
export const shippedSource = ['electron', 'renderer', 'shared', 'package.json'];

/**
 * Checks left out, each for a reason (docs/security.md, "Electronegativity"):
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list
 * from GitHub on every run, which an offline build cannot do; the same
 * question ("is there a newer Electron with security fixes?") is item 16 of
 * the checklist and is answered when Electron is upgraded.
 */
export const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Not shipped and not app code: tests beside the code, golden files and fixtures.
 * @param {string} path
 */
function isShipped(path) {
  const name = basename(path);
  return !/\.test\.tsx?$/.test(name) && !['__golden__', '__snapshots__', 'fixtures'].includes(name);
}

/**
 * Electronegativity fetches translations from S3 before every run (with a
 * one-second timeout, then it carries on in English). Its English strings
 * ship in the package, so they are loaded from there and nothing is fetched.
 */
function useBundledTranslations() {
  const i18nModule = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = require(require.resolve('i18n', { paths: [dirname(i18nModule)] }));
  const offline = async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nModule), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  const cached = new Module(i18nModule);
  cached.filename = i18nModule;
  cached.loaded = true;
  cached.exports = offline;
  require.cache[i18nModule] = cached;
}

/**
 * Any socket the scan opens fails at once and is counted: a scan that tries
 * the network is a failed scan, so "runs offline" is checked on every run
 * and not only on machines without a network.
 * @param {string[]} attempts
 * @returns {() => void} puts the network back
 */
function refuseNetwork(attempts) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = /** @type {typeof connect} */ (
    function (/** @type {unknown[]} */ ...args) {
      attempts.push(JSON.stringify(args[0]));
      throw new Error('Electronegativity may not use the network in this build.');
    }
  );
  return () => {
    net.Socket.prototype.connect = connect;
  };
}

/**
 * Electronegativity's own shapes, as far as they are read here.
 * @typedef {{ id: string, severity: { name: string }, confidence: { name: string }, file: string, location: { line: number, column: number }, sample?: string, description: string, manualReview?: boolean }} RawIssue
 * @typedef {{ issues: RawIssue[], errors: { file: string, message: string, tolerable: boolean }[] }} RawResult
 *
 * @typedef {{ id: string, severity: string, confidence: string, file: string, line: number, column: number, sample: string, description: string, manualReview: boolean }} Finding
 * @typedef {{ files: number, findings: Finding[], parseErrors: { file: string, message: string }[], networkAttempts: string[] }} ScanResult
 */

/**
 * Copies the shipped source of `projectRoot` (without tests) to a temporary
 * folder and runs every Electronegativity check on it but `excludedChecks`.
 * A copy, because Electronegativity scans one folder and its global checks
 * (navigation limited, permission handler set) would otherwise be satisfied
 * by code in tests/ that never ships.
 * @param {string} projectRoot
 * @param {{ source?: string[], exclude?: string[] }} [options] paths under projectRoot, checks to leave out
 * @returns {Promise<ScanResult>}
 */
export async function scanElectronSecurity(projectRoot, { source = shippedSource, exclude = excludedChecks } = {}) {
  const copy = mkdtempSync(join(tmpdir(), 'briefing-desk-electronegativity-'));
  /** @type {string[]} */
  const networkAttempts = [];
  const restoreNetwork = refuseNetwork(networkAttempts);
  try {
    let files = 0;
    for (const path of source) {
      cpSync(join(projectRoot, path), join(copy, path), {
        recursive: true,
        filter: (from) => {
          const shipped = isShipped(from);
          if (shipped && /\.(jsx?|tsx?|html?|json)$/.test(from)) files += 1;
          return shipped;
        },
      });
    }
    useBundledTranslations();
    /** @type {(options: object) => Promise<RawResult>} Electronegativity's programmatic entry (dist/runner.js), which has no types. */
    const run = require(require.resolve('@doyensec/electronegativity'));
    const electronVersion = require(join(projectRoot, 'package.json')).devDependencies?.electron;
    const result = await run({ input: copy, isRelative: true, excludeFromScan: exclude, electronVersionOverride: electronVersion, parserPlugins: [] });
    /** @type {Finding[]} */
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      sample: (issue.sample ?? '').trim(),
      description: issue.description,
      manualReview: issue.manualReview === true,
    }));
    const parseErrors = result.errors.filter((error) => !error.tolerable).map((error) => ({ file: relative(copy, error.file), message: error.message }));
    return { files, findings, parseErrors, networkAttempts };
  } finally {
    restoreNetwork();
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * What fails the build: any finding above INFORMATIONAL (an exception is an
 * `eng-disable` comment on the line, explained in docs/security.md), any file
 * Electronegativity could not parse (it would be a file it never checked),
 * and any attempt to reach the network.
 * @param {ScanResult} result
 */
export function scanFailures(result) {
  return [
    ...result.findings.filter((finding) => finding.severity !== 'INFORMATIONAL').map((finding) => `${finding.id} (${finding.severity}, ${finding.confidence}) at ${finding.file}:${finding.line}: ${finding.sample}`),
    ...result.parseErrors.map((error) => `could not parse ${error.file}: ${error.message}`),
    ...result.networkAttempts.map((attempt) => `tried the network: ${attempt}`),
  ];
}
