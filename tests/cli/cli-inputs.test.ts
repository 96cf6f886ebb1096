import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefingToPath } from '../../electron/storage/briefing-files';
import { openLibrary } from '../../electron/storage/library';
import { docxWith, noise, withDeclaredSize } from '../support/lying-zips';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-inputs-'));
  library = join(folder, 'library.sqlite');
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });
const count = async () => (JSON.parse((await cli('list', '--json')).stdout) as unknown[]).length;

/** One sentence on stderr, exit code 1, and nothing imported. */
async function expectRefused(file: string, sentence: string) {
  const before = await count();
  const result = await cli('import', file);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toBe(`${sentence}\n`);
  expect(result.stdout).toBe('');
  expect(await count()).toBe(before);
}

// What the command line reads is checked before it is read: kind of file first, then size.
describe.skipIf(process.platform === 'win32')('briefing-desk import: files it must not read', { timeout: 120_000 }, () => {
  it('refuses a FIFO at once, as a briefing file or as a Word file, instead of hanging', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe.briefing.json'), join(folder, 'pipe.docx')]);
    await expectRefused('pipe.briefing.json', 'The file pipe.briefing.json could not be imported: it is not a regular file (a device, a pipe or a socket).');
    await expectRefused('pipe.docx', 'The file pipe.docx could not be read: it is not a regular file (a device, a pipe or a socket).');
  });

  it('refuses a link to a device (here /dev/null, which it only looks at)', async () => {
    symlinkSync('/dev/null', join(folder, 'device.briefing.json'));
    await expectRefused('device.briefing.json', 'The file device.briefing.json could not be imported: it is not a regular file (a device, a pipe or a socket).');
  });

  it('refuses a 200 MB briefing file by its size, without reading it', async () => {
    // Sparse: 200 MB long, nothing written to the disk.
    const fd = openSync(join(folder, 'huge.briefing.json'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    await expectRefused('huge.briefing.json', 'The file huge.briefing.json could not be imported: it is too large.');
  });

  it('refuses an empty briefing file, and one that starts with a byte order mark is read', async () => {
    writeFileSync(join(folder, 'empty.briefing.json'), '');
    await expectRefused('empty.briefing.json', 'The file empty.briefing.json is empty.');
    const demo = (JSON.parse((await cli('list', '--json')).stdout) as { id: string }[])[0]?.id ?? '';
    const opened = openLibrary(library);
    exportBriefingToPath(opened, demo, join(folder, 'demo.briefing.json'));
    opened.close();
    // As Notepad saves UTF-8.
    writeFileSync(join(folder, 'bom.briefing.json'), `\uFEFF${readFileSync(join(folder, 'demo.briefing.json'), 'utf8')}`);
    const imported = await cli('import', 'bom.briefing.json');
    expect(imported.code, imported.stderr).toBe(0);
  });

  it('refuses a Word file whose zip directory lies, in the worker, in one sentence', async () => {
    writeFileSync(join(folder, 'lying.docx'), withDeclaredSize(docxWith(noise(2 * 1024 * 1024)), 'word/media/blob.bin', 100));
    await expectRefused('lying.docx', 'This Word file is damaged: its internal index does not match its contents, so it was not opened.');
  });

  it('refuses a Word file of a million paragraphs in one sentence, when its conversion reaches the worker\'s memory cap', async () => {
    // 40 MB of document.xml in a 2.4 MB file: within the size, entry and ratio limits, so only the capped worker stops it.
    const paragraphs = Array.from({ length: 1_000_000 }, (_, index) => `<w:p><w:r><w:t>P${index}</w:t></w:r></w:p>`).join('');
    const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
    writeFileSync(join(folder, 'million.docx'), zipSync({ 'word/document.xml': strToU8(documentXml) }, { level: 6 }));
    await expectRefused('million.docx', 'The Word file could not be imported: it needed more memory than it may use, so it was stopped.');
  });
});
