import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFileError, readInputFile, readInputFileAsync } from './read-input-file';

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-input-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function problem(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as InputFileError).problem;
  }
  throw new Error('the file was read');
}

async function asyncProblem(read: () => Promise<unknown>): Promise<string> {
  const error: unknown = await read().then(
    () => new Error('the file was read'),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(InputFileError);
  return (error as InputFileError).problem;
}

describe('readInputFile', () => {
  const file = join(folder, 'readout.briefing.json');
  writeFileSync(file, '{"format":"briefing-desk/briefing"}');
  const unix = process.platform !== 'win32';

  it('reads a regular file, directly or through a link', async () => {
    expect(readInputFile(file, 1000).toString('utf8')).toBe('{"format":"briefing-desk/briefing"}');
    expect((await readInputFileAsync(file, 1000)).toString('utf8')).toBe('{"format":"briefing-desk/briefing"}');
    const link = join(folder, 'link.briefing.json');
    symlinkSync(file, link);
    expect(readInputFile(link, 1000).byteLength).toBe(35);
  });

  it('refuses a file over the limit without reading it, and a missing file or a folder', async () => {
    expect(problem(() => readInputFile(file, 34))).toBe('too-large');
    expect(await asyncProblem(() => readInputFileAsync(file, 34))).toBe('too-large');
    expect(problem(() => readInputFile(join(folder, 'gone.json'), 1000))).toBe('missing');
    mkdirSync(join(folder, 'a-folder.json'));
    expect(problem(() => readInputFile(join(folder, 'a-folder.json'), 1000))).toBe('folder');
    expect(await asyncProblem(() => readInputFileAsync(join(folder, 'a-folder.json'), 1000))).toBe('folder');
  });

  it.skipIf(!unix)('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(folder, 'pipe.docx');
    execFileSync('mkfifo', [fifo]);
    expect(problem(() => readInputFile(fifo, 1000))).toBe('not-regular');
    expect(await asyncProblem(() => readInputFileAsync(fifo, 1000))).toBe('not-regular');
  });

  it.skipIf(!unix)('refuses a link to a device (/dev/null here, only opened to look at it) as not a regular file', async () => {
    const device = join(folder, 'zero.briefing.json');
    symlinkSync('/dev/null', device);
    expect(problem(() => readInputFile(device, 1000))).toBe('not-regular');
    expect(await asyncProblem(() => readInputFileAsync(device, 1000))).toBe('not-regular');
  });
});
