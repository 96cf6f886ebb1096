import { join } from 'node:path';

/** The library file in the app's user-data folder; the command line uses the same path. */
export function libraryFilePath(userDataDir: string): string {
  return join(userDataDir, 'library.sqlite');
}
