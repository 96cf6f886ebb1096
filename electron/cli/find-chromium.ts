import { accessSync, constants, statSync } from 'node:fs';
import { delimiter as pathDelimiter, posix, win32 } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';

export interface ChromiumSearch {
  /** `--chromium PATH` from the command line: used as given, never second-guessed. */
  explicit?: string;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists and may be run; the real file system unless a test says otherwise. */
  isExecutable?: (file: string) => boolean;
}

const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where browsers install themselves when they are not on the PATH. */
function wellKnownLocations(platform: NodeJS.Platform, env: ChromiumSearch['env']): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome', 'Chromium', 'Microsoft Edge'].map((app) => `/Applications/${app}.app/Contents/MacOS/${app}`);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    return roots.flatMap((root) => [win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'];
}

/**
 * The Chromium-family browser that prints PDFs from the command line: the
 * one named with `--chromium`, else `CHROMIUM_PATH`, else the first of
 * chromium / google-chrome / Edge on the PATH, else where those browsers
 * install themselves. When there is none, the error says what to install.
 */
export function findChromium({ explicit, platform, env, isExecutable = isExecutableFile }: ChromiumSearch): string {
  if (explicit !== undefined) {
    if (!isExecutable(explicit)) throw new ServiceError('not-found', { id: 'cli.chromium.notRunnable', values: { path: explicit } });
    return explicit;
  }
  if (env.CHROMIUM_PATH && isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  const path = platform === 'win32' ? win32 : posix;
  const directories = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : pathDelimiter).filter(Boolean);
  const names = platform === 'win32' ? commandNames.map((name) => `${name}.exe`) : commandNames;
  for (const directory of directories) {
    for (const name of names) {
      const candidate = path.join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  const found = wellKnownLocations(platform, env).find((candidate) => isExecutable(candidate));
  if (found) return found;
  // A catalog id, so the command line says it in the locale's language.
  throw new ServiceError('not-found', { id: platform === 'linux' ? 'cli.chromium.noneLinux' : 'cli.chromium.none' });
}
