import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { briefingFileName, readBriefingFile } from '../../shared/document/briefing-file';
import { createTestServiceHost, type TestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary, type Library } from '../storage/library';
import { maxBriefingFileBytes } from './briefing-file-io';
import { createServices } from './create-services';

// `.briefing.json` files saved and opened by the main process through the shell's dialogs, like the exports.
describe('briefing files through the save and open dialogs', () => {
  let folder: string;
  let library: Library | undefined;
  let host: TestServiceHost | undefined;
  afterEach(async () => {
    library?.close();
    await host?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  function open() {
    folder = mkdtempSync(join(tmpdir(), 'briefing-desk-briefing-files-'));
    mkdirSync(join(folder, 'saved'));
    library = openLibrary(join(folder, 'library.sqlite'), { seedDemo: true });
    host = createTestServiceHost(join(folder, 'saved'));
    const services = createServices(library, host);
    return { services, host, library, demo: library.briefings.list({})[0]! };
  }

  it('saves where the dialog says, under the title, with nothing left beside it, and remembers the folder', async () => {
    const { services, host, demo } = open();
    const result = await services.briefings.saveFile(demo.id);
    const path = join(folder, 'saved', briefingFileName(demo.title));
    expect(result).toEqual({ status: 'written', path, bytes: Buffer.byteLength(readFileSync(path, 'utf8')) });
    expect(readdirSync(join(folder, 'saved'))).toEqual([briefingFileName(demo.title)]);
    const read = readBriefingFile(readFileSync(path, 'utf8'));
    expect(read.ok && read.file.briefing.title).toBe(demo.title);
    expect(host.saveDialogs).toEqual([{ suggestedName: briefingFileName(demo.title), format: 'briefing', lastFolder: undefined }]);

    await services.briefings.saveFile(demo.id);
    expect(host.saveDialogs[1]?.lastFolder).toBe(join(folder, 'saved'));
  });

  it('writes nothing when the person cancels', async () => {
    const { services, host, demo } = open();
    host.exportFolder = null;
    expect(await services.briefings.saveFile(demo.id)).toEqual({ status: 'cancelled' });
    expect(readdirSync(join(folder, 'saved'))).toEqual([]);
  });

  it('opens the file the dialog gives as a new briefing, and tells every window', async () => {
    const { services, host, demo, library } = open();
    await services.briefings.saveFile(demo.id);
    host.importPath = join(folder, 'saved', briefingFileName(demo.title));
    const imported = await services.briefings.openFile();
    expect(imported).toMatchObject({ title: demo.title });
    expect(imported?.id).not.toBe(demo.id);
    expect(host.openDialogs).toEqual(['briefing']);
    expect(host.briefingChanges.at(-1)).toEqual({ briefingId: imported?.id, revision: imported?.revision });
    expect(library.briefings.list({})).toHaveLength(2);

    host.importPath = null;
    expect(await services.briefings.openFile()).toBeNull();
    expect(library.briefings.list({})).toHaveLength(2);
  });

  it('refuses a folder, a pipe, an empty, an oversized or a foreign file in one sentence, changing nothing', async () => {
    const { services, host, library } = open();
    const file = (name: string, contents: string) => {
      const path = join(folder, name);
      writeFileSync(path, contents);
      return path;
    };
    const huge = file('huge.briefing.json', '');
    // Sparse: the size is checked before anything is read.
    truncateSync(huge, maxBriefingFileBytes + 1);
    const pipe = join(folder, 'pipe.briefing.json');
    execFileSync('mkfifo', [pipe]);
    const cases: [string, string][] = [
      [join(folder, 'saved'), '“saved” could not be opened: it is a folder.'],
      [pipe, '“pipe.briefing.json” could not be opened: it is not a regular file (a device, a pipe or a socket).'],
      [file('empty.briefing.json', '  \n'), '“empty.briefing.json” is empty.'],
      [huge, '“huge.briefing.json” could not be opened: it is too large.'],
      [join(folder, 'gone.briefing.json'), '“gone.briefing.json” could not be opened: it does not exist.'],
      [file('notes.briefing.json', '{"format": "something-else"}'), '“notes.briefing.json” was not imported: This file is not a Briefing Desk briefing (.briefing.json).'],
    ];
    for (const [path, message] of cases) {
      host.importPath = path;
      await expect(services.briefings.openFile(), path).rejects.toThrow(message);
    }
    expect(library.briefings.list({})).toHaveLength(1);
  });
});
