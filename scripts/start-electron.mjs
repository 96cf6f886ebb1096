// `npm start`: runs the built app in Electron.
//
// better-sqlite3 is a native module. `npm install` builds it for Node (which
// the tests and the command line use); Electron needs a build for its own
// ABI. Rebuilding node_modules in place would break the tests, so the
// Electron build goes to a cache folder of its own and the main process is
// pointed at it (BRIEFING_DESK_SQLITE_BINDING, honoured only when unpackaged).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** @returns {string} */
function electronBinary() {
  try {
    // The electron package exports the path of its binary, downloading it on first use where that is possible.
    return /** @type {string} */ (require('electron'));
  } catch (error) {
    return fail(
      `Electron's binary is not installed (${error instanceof Error ? error.message : String(error)}).\n` +
        'Run `npm install` on a machine with internet access (and without ELECTRON_SKIP_BINARY_DOWNLOAD) to get it.',
    );
  }
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

const binary = electronBinary();
const electronVersion = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'))).version;
const binding = sqliteBindingFor(electronVersion);
const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, BRIEFING_DESK_SQLITE_BINDING: binding } });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
