import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Electron security checklist, item 16 (use a current Electron). Whether a
// newer release exists needs the registry, which tests may not ask
// (docs/security.md says how it is checked before a release); what can be
// checked offline is that the version is a deliberate, single choice.
const projectRoot = join(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(projectRoot, path), 'utf8')) as { version?: string; devDependencies?: Record<string, string> };

describe('the Electron version', () => {
  const pinned = readJson('package.json').devDependencies?.electron ?? '';

  it('is pinned to one exact release, so an upgrade is a reviewed change and never a side effect of npm install', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the one installed, so the main process is type-checked against the Electron that ships', () => {
    expect(readJson('node_modules/electron/package.json').version).toBe(pinned);
  });
});
