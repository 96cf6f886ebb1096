import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanElectronSecurity, scanFailures } from '../../scripts/electronegativity-scan.mjs';

/**
 * Proves that `npm run lint:electron` bites: a small app with the mistakes
 * the Electron security checklist warns about must fail the scan, and an
 * `eng-disable` comment must excuse only the check it names, on its line.
 */
const project = mkdtempSync(join(tmpdir(), 'briefing-desk-electronegativity-test-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
}

write('package.json', JSON.stringify({ name: 'probe', devDependencies: { electron: '45.5.0' } }));
write(
  'electron/main/unsafe-window.ts',
  [
    "import { BrowserWindow, shell } from 'electron';",
    'export function open(url: string): BrowserWindow {',
    "  const window = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true, disableBlinkFeatures: 'Auxclick' } });",
    '  void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK',
    "  eval('location.hash = ' + url);",
    '  return window;',
    '}',
  ].join('\n'),
);
// Tests beside the code never ship, so they are not scanned.
write('electron/main/unsafe-window.test.ts', "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { webSecurity: false } });\n");

describe('the Electronegativity scan', () => {
  it('fails on a window without context isolation or sandbox, and on eval of a built string', async () => {
    const result = await scanElectronSecurity(project, { source: ['electron', 'package.json'] });
    const failing = new Set(result.findings.filter((finding) => finding.severity !== 'INFORMATIONAL').map((finding) => `${finding.id} ${finding.file}:${finding.line}`));
    for (const expected of [
      'CONTEXT_ISOLATION_JS_CHECK electron/main/unsafe-window.ts:3',
      'SANDBOX_JS_CHECK electron/main/unsafe-window.ts:3',
      'DANGEROUS_FUNCTIONS_JS_CHECK electron/main/unsafe-window.ts:5',
    ]) {
      expect([...failing], expected).toContain(expected);
    }
    // Nothing navigates, asks for permissions or sets a CSP in this app, and Electronegativity says so.
    expect([...failing].map((finding) => finding.split(' ')[0])).toEqual(
      expect.arrayContaining(['LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'CSP_GLOBAL_CHECK']),
    );
    expect(scanFailures(result).length).toBe(failing.size);
    expect(result.networkAttempts).toEqual([]);
  });

  it('excuses only the check an eng-disable comment names, and never scans tests', async () => {
    const { findings, files } = await scanElectronSecurity(project, { source: ['electron', 'package.json'] });
    expect(findings.filter((finding) => finding.id === 'OPEN_EXTERNAL_JS_CHECK')).toEqual([]);
    expect(findings.filter((finding) => finding.file.endsWith('.test.ts'))).toEqual([]);
    expect(files).toBe(2);
  });

  it('fails on a file it cannot parse, rather than skipping it unchecked', async () => {
    write('renderer/broken.ts', 'export const = ;\n');
    try {
      const result = await scanElectronSecurity(project, { source: ['renderer', 'package.json'] });
      expect(scanFailures(result)).toEqual(expect.arrayContaining([expect.stringMatching(/^could not parse renderer\/broken\.ts/)]));
    } finally {
      rmSync(join(project, 'renderer'), { recursive: true, force: true });
    }
  });

  it('counts and refuses any use of the network: the release-list check, left out of the build, would need it', async () => {
    const result = await scanElectronSecurity(project, { source: ['package.json'], exclude: [] });
    expect(result.networkAttempts.length).toBeGreaterThan(0);
    expect(scanFailures(result)).toEqual(expect.arrayContaining([expect.stringMatching(/^tried the network/)]));
  });
});
