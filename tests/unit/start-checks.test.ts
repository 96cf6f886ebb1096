import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadFailureReason, installedElectronBinary, nodeIsTooOld, startRefusal } from '../../scripts/start-checks.mjs';

// What `npm start` tells a person on a machine where the app cannot start (scripts/start-electron.mjs).
describe('npm start checks', () => {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-start-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses Node older than 22.12, which Electron 45 needs, and accepts 22.12 and newer', () => {
    expect(['20.19.0', 'v20.20.2', '22.11.9', '21.99.0'].map(nodeIsTooOld)).toEqual([true, true, true, true]);
    expect(['22.12.0', 'v22.13.1', '24.0.0'].map(nodeIsTooOld)).toEqual([false, false, false]);
  });

  it('finds Electron only once its package has downloaded the program it names', () => {
    const electron = join(folder, 'electron');
    mkdirSync(join(electron, 'dist'), { recursive: true });
    expect(installedElectronBinary(electron)).toBeUndefined();
    writeFileSync(join(electron, 'path.txt'), 'electron');
    expect(installedElectronBinary(electron)).toBeUndefined();
    writeFileSync(join(electron, 'dist', 'electron'), '');
    expect(installedElectronBinary(electron)).toBe(join(electron, 'dist', 'electron'));
  });

  it.each([
    [{ problem: 'old-node', nodeVersion: 'v20.19.2' }, /this is Node 20\.19\.2, .* needs Node 22\.12 or newer\. Install Node 22\.12/],
    [{ problem: 'no-electron', reason: 'there is no connection to github.com, where Electron is published' }, /not downloaded yet .*no connection to github\.com.*again with internet access/],
  ] as const)('says in one paragraph why, what to do, and that the tests and the command line work anyway (%o)', (refusal, why) => {
    const paragraph = startRefusal(refusal);
    expect(paragraph).toMatch(why);
    expect(paragraph).toContain('`npm test`');
    expect(paragraph).toContain('command line');
    expect(paragraph).not.toContain('\n');
  });

  it('turns a failed download into its reason, never a stack trace', () => {
    const offline = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (file:///x.js:46:30)\n';
    expect(downloadFailureReason(offline)).toBe('there is no connection to github.com, where Electron is published');
    expect(downloadFailureReason('Error: Failed to find Electron v45.5.0 for linux-riscv\n    at get (file:///y.js:1:1)\n')).toBe(
      'Failed to find Electron v45.5.0 for linux-riscv',
    );
    expect(downloadFailureReason('')).toBe('the download failed');
  });
});

// On a Node older than 22.12 (as in CI) the real script stops before building or downloading anything. On a newer
// Node it would download Electron or open the app, which a test must not do.
describe.skipIf(!nodeIsTooOld(process.versions.node))('npm start on this Node', () => {
  it('prints the one paragraph and exits 1, without a stack trace', () => {
    const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/start-electron.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(startRefusal({ problem: 'old-node', nodeVersion: process.versions.node }));
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });
});
