import { posix, win32 } from 'node:path';

/** The app's name as Electron derives it from package.json (`productName`); it names the user-data folder. */
export const appName = 'Briefing Desk';

export interface UserDataEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

/**
 * The folder Electron's `app.getPath('userData')` gives the app, computed
 * without Electron, so that the command line opens the same library as the
 * app: `%APPDATA%\Briefing Desk` on Windows, `~/Library/Application
 * Support/Briefing Desk` on macOS, `$XDG_CONFIG_HOME/Briefing Desk` (default
 * `~/.config`) on Linux and other Unix systems.
 */
export function defaultUserDataDir({ platform, env, homeDir }: UserDataEnvironment): string {
  const path = platform === 'win32' ? win32 : posix;
  const join = (...parts: string[]) => path.join(...parts);
  switch (platform) {
    case 'win32':
      return join(env.APPDATA || join(homeDir, 'AppData', 'Roaming'), appName);
    case 'darwin':
      return join(homeDir, 'Library', 'Application Support', appName);
    default:
      // Electron ignores a relative XDG_CONFIG_HOME, as the XDG spec requires.
      return join(env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(homeDir, '.config'), appName);
  }
}
