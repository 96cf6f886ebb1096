import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh temporary folder for each test of the calling `describe`, removed
 * afterwards. `path(name)` is a file inside it (default `library.sqlite`).
 */
export function testLibraryFolder(): { path: (name?: string) => string } {
  let folder: string | undefined;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'briefing-desk-test-'));
  });
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });
  return {
    path: (name = 'library.sqlite') => {
      if (!folder) throw new Error('testLibraryFolder().path() is only available inside a test');
      return join(folder, name);
    },
  };
}
