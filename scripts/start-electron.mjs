// `npm start`: checks that Electron can run here, builds, and runs the app in Electron.
//
// better-sqlite3 is a native module. `npm install` builds it for Node (which
// the tests and the command line use); Electron needs a build for its own
// ABI. Rebuilding node_modules in place would break the tests, so the
// Electron build goes to a cache folder of its own and the main process is
// pointed at it (BRIEFING_DESK_SQLITE_BINDING, honoured only when unpackaged).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadFailureReason, installedElectronBinary, nodeIsTooOld, startRefusal } from './start-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** @param {string} paragraph @returns {never} */
function refuse(paragraph) {
  console.error(`\n${paragraph}\n`);
  process.exit(1);
}

/**
 * Electron's binary, downloaded now if it is missing. Electron 45's npm package has no install step: it downloads on
 * first use. The download runs here, with its output kept, so a failure is one paragraph and not a stack trace.
 * @returns {string}
 */
function electronBinary() {
  const installed = installedElectronBinary(electronDir);
  if (installed) return installed;
  console.log("Downloading Electron's program (once)…");
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, encoding: 'utf8' });
  const downloaded = download.status === 0 ? installedElectronBinary(electronDir) : undefined;
  if (downloaded) return downloaded;
  return refuse(startRefusal({ problem: 'no-electron', reason: downloadFailureReason(`${download.stderr ?? ''}\n${download.stdout ?? ''}`) }));
}

/** Builds (once per Electron version) better-sqlite3 for Electron in a cache folder and returns the addon's path. */
/** @param {string} electronVersion */
function sqliteBindingFor(electronVersion) {
  const staging = join(root, 'node_modules', '.cache', 'briefing-desk', `better-sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}`);
  const addon = join(staging, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(addon)) return addon;

  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const source = join(root, 'node_modules', 'better-sqlite3');
  cpSync(source, staging, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  /** @param {string} command @param {string[]} args */
  const run = (command, args) => spawnSync(command, args, { cwd: staging, stdio: 'inherit', shell: process.platform === 'win32' });
  // A published prebuilt binary for this Electron first, then a build from source against Electron's headers.
  const prebuilt = run(join(root, 'node_modules', '.bin', 'prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]);
  if (prebuilt.status !== 0 || !existsSync(addon)) {
    const fromSource = run('npm', ['exec', '--yes', '--', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
    if (fromSource.status !== 0 || !existsSync(addon)) fail('could not build better-sqlite3 for Electron; see the messages above.');
  }
  return addon;
}

// The Node version first: on an older Node, Electron's own launcher would fail with a stack trace.
if (nodeIsTooOld(process.versions.node)) refuse(startRefusal({ problem: 'old-node', nodeVersion: process.versions.node }));
const binary = electronBinary();
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) fail('the build failed; see the messages above.');
const electronVersion = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))).version;
const binding = sqliteBindingFor(electronVersion);
const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, BRIEFING_DESK_SQLITE_BINDING: binding } });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
