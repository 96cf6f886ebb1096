import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canMount, mountSkipWarning, ScratchMounts } from '../support/scratch-mounts';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;
let demoId: string;

beforeAll(async () => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-targets-'));
  library = join(folder, 'library.sqlite');
  const listed = await runCli(['--library', library, 'list', '--json']);
  demoId = (JSON.parse(listed.stdout) as { id: string }[])[0]?.id ?? '';
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));
mountSkipWarning('briefing-desk export targets');

const exportTo = (out: string, format = 'txt') => runCli(['--library', library, 'export', demoId, '--format', format, '--out', out], { cwd: folder });
const refusal = (path: string, why: string) => ({ code: 1, stdout: '', stderr: `The export was not saved: ${why}. Nothing was changed at “${path}”.\n` });

// `export --out` to places that cannot take the file: one sentence on stderr, exit 1, nothing left behind.
describe('briefing-desk export --out', { timeout: 60_000 }, () => {
  const mounts = new ScratchMounts();
  afterEach(() => mounts.unmountAll());

  it('to a folder that does not exist, or through a path with one', async () => {
    expect(await exportTo(join(folder, 'no such folder', 'readout.txt'))).toEqual(refusal(join(folder, 'no such folder', 'readout.txt'), 'the folder does not exist'));
    expect(await exportTo('drafts/2026/readout.txt')).toEqual(refusal(join(folder, 'drafts/2026/readout.txt'), 'the folder does not exist'));
  });

  it('to a name that is a folder, or one too long for the file system', async () => {
    mkdirSync(join(folder, 'Readout.txt'));
    expect(await exportTo('Readout.txt')).toEqual(refusal(join(folder, 'Readout.txt'), 'a folder has that name'));
    const long = `${'Встреча в Баку '.repeat(12)}.txt`;
    // The reason comes first, so a window that cuts a long path off still shows it.
    const tooLong = await exportTo(long);
    expect(tooLong).toMatchObject({ code: 1, stdout: '' });
    expect(tooLong.stderr).toMatch(/^The export was not saved: the file name is too long \(at most 255 bytes\)\. Nothing was changed at “[^\n]+”\.\n$/u);
    expect(readdirSync(join(folder, 'Readout.txt'))).toEqual([]);
  });

  it('to names only Windows refuses: ordinary files on Linux, written whole', async () => {
    for (const name of ['CON.txt', 'nul', 'report.', '12:30 <draft>.txt']) {
      const run = await exportTo(name);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(folder, name), 'utf8')).toContain('AGREED POINTS');
    }
  });

  it.skipIf(!canMount)('to a read-only folder', async () => {
    const share = join(folder, 'read-only share');
    mkdirSync(share);
    mounts.readOnly(share);
    expect(await exportTo(join(share, 'readout.pdf'), 'pdf')).toEqual(
      refusal(join(share, 'readout.pdf'), 'the folder is read-only or you have no permission to write there'),
    );
    expect(readdirSync(share)).toEqual([]);
  });

  it.skipIf(!canMount)('to a full disk: the file it would replace is kept whole, no partial file left', async () => {
    const stick = join(folder, 'usb stick');
    mkdirSync(stick);
    mounts.tmpfs(stick, '64k');
    writeFileSync(join(stick, 'readout.docx'), 'the version sent yesterday');
    writeFileSync(join(stick, 'filler'), Buffer.alloc(56 * 1024));
    expect(await exportTo(join(stick, 'readout.docx'), 'docx')).toEqual(refusal(join(stick, 'readout.docx'), 'the disk is full'));
    expect(readFileSync(join(stick, 'readout.docx'), 'utf8')).toBe('the version sent yesterday');
    expect(readdirSync(stick).sort()).toEqual(['filler', 'readout.docx']);
  });
});
