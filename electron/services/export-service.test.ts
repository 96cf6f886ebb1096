import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import type { Services } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { canMount, mountSkipWarning, ScratchMounts } from '../../tests/support/scratch-mounts';
import { pdfInfo, pdfText } from '../../tests/support/pdf-tools';
import { createTestServiceHost, type TestServiceHost } from '../../tests/support/test-service-host';
import { createServices } from './create-services';
import { openLibrary, type Library } from '../storage/library';
import { createExportService, lastExportFolderKey } from './export-service';
import { writeExportFile } from '../files/write-export-file';

mountSkipWarning('export service');

/** The ServiceError a call rejects with; fails the test if it resolves or rejects with something else. */
async function rejection(call: Promise<unknown>): Promise<ServiceError> {
  const outcome = await call.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (outcome instanceof ServiceError) return outcome;
  throw outcome;
}

describe('export service', () => {
  const folder = testLibraryFolder();
  let library: Library | undefined;
  let host: TestServiceHost | undefined;
  const mounts = new ScratchMounts();
  afterEach(async () => {
    mounts.unmountAll();
    library?.close();
    await host?.close();
  });

  function open(): { services: Services; host: TestServiceHost; briefingId: string; exports: string } {
    library = openLibrary(folder.path(), { seedDemo: true });
    const exports = folder.path('exports');
    mkdirSync(exports);
    host = createTestServiceHost(exports);
    const [demo] = library.briefings.list();
    if (!demo) throw new Error('no demo briefing');
    return { services: createServices(library, host), host, briefingId: demo.id, exports };
  }

  it('writes a PDF where the save dialog says, remembers the folder and reports the export', async () => {
    const { services, host, briefingId, exports } = open();
    const result = await services.export.toFile({ briefingId, format: 'pdf', options: defaultExportOptions });
    const path = join(exports, 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin.pdf');
    expect(result).toEqual({ status: 'written', format: 'pdf', path, bytes: readFileSync(path).byteLength, pages: 2 });
    expect(pdfText(path)).toContain('4. Extending Azerbaijan');
    // Packed into object streams (PDF 1.5), still tagged, and its pages counted before the packing hid them.
    expect(pdfInfo(path)).toMatchObject({ 'PDF version': '1.5', Tagged: 'yes', Pages: '2' });
    expect(host.saveDialogs[0]).toMatchObject({ format: 'pdf', lastFolder: undefined });
    expect(host.exported).toEqual([{ briefingId, format: 'pdf' }]);

    await services.export.toFile({ briefingId, format: 'docx', options: defaultExportOptions });
    expect(host.saveDialogs[1]).toMatchObject({ format: 'docx', lastFolder: exports });
    expect(library?.settings.get(lastExportFolderKey, z.string())).toBe(exports);
  }, 60_000);

  it('previews the PDF an export would write, with its pages, without a save dialog or a file', async () => {
    const { services, host, briefingId, exports } = open();
    const preview = await services.export.previewPdf({ briefingId, format: 'docx', options: { ...defaultExportOptions, draftMark: true, review: true } });
    expect(preview.pages).toBe(2);
    const bytes = Buffer.from(preview.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const previewed = join(dirname(exports), 'preview.pdf');
    writeFileSync(previewed, bytes);
    expect(pdfText(previewed)).toContain('DRAFT');
    expect(pdfText(previewed)).toContain('Page 2 of 2');
    expect(host.saveDialogs).toEqual([]);
    expect(readdirSync(exports)).toEqual([]);
    expect(host.exported).toEqual([]);
  }, 60_000);

  it('opens or shows in its folder only a file this window has just exported, through the shell port', async () => {
    const { services, host, briefingId, exports } = open();
    const written = await services.export.toFile({ briefingId, format: 'txt', options: defaultExportOptions });
    if (written.status !== 'written') throw new Error('not written');
    await services.export.openExported(written.path);
    await services.export.showExportedInFolder(written.path);
    expect(host.openedFiles).toEqual([written.path]);
    expect(host.shownInFolder).toEqual([written.path]);

    // Any other path is refused before the shell hears of it: a file beside it, the folder, another window's export.
    const beside = join(exports, 'other.txt');
    writeFileSync(beside, 'not exported');
    for (const path of [beside, exports, `${written.path}/..`, '/etc/passwd']) {
      expect((await rejection(services.export.openExported(path))).code).toBe('forbidden');
      expect((await rejection(services.export.showExportedInFolder(path))).code).toBe('forbidden');
    }
    const otherWindow = createServices(library!, host);
    expect((await rejection(otherWindow.export.openExported(written.path))).message).toBe('Only a file this window has just exported can be opened from here.');
    expect(host.openedFiles).toEqual([written.path]);
    expect(host.shownInFolder).toEqual([written.path]);

    // A file moved away since is said so, and the system's refusal comes back in one sentence.
    rmSync(written.path);
    expect((await rejection(services.export.openExported(written.path))).message).toMatch(/is no longer there: it was moved or deleted after the export\.$/u);
    await services.export.toFile({ briefingId, format: 'txt', options: defaultExportOptions });
    // The desktop's answer is English text only: the person reads the catalog's reason, the log keeps the text.
    const desktopAnswer = new Error('No application knows how to open this file.');
    host.openPath = () => Promise.reject(desktopAnswer);
    const refusal = await rejection(services.export.openExported(written.path));
    expect(refusal.message).toBe(`${written.path} could not be opened: no program on this computer opens files of this kind`);
    expect(refusal.cause).toBe(desktopAnswer);
  });

  it('writes DOCX, plain text and HTML files', async () => {
    const { services, briefingId, exports } = open();
    for (const format of ['docx', 'txt', 'html'] as const) {
      const result = await services.export.toFile({ briefingId, format, options: defaultExportOptions });
      expect(result).toMatchObject({ status: 'written', format, pages: null });
    }
    const files = readdirSync(exports).sort();
    expect(files.map((file) => file.split('.').at(-1))).toEqual(['docx', 'html', 'txt']);
    // What left the building is in the briefing's history, once per export.
    expect((await services.history.list(briefingId)).filter((revision) => revision.reason === 'export')).toHaveLength(3);
    const text = readFileSync(join(exports, files[2] ?? ''), 'utf8');
    expect(text).toContain('AGREED POINTS\n1. Prospects for cooperation');
    expect(readFileSync(join(exports, files[0] ?? '')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes nothing and remembers nothing when the save dialog is cancelled', async () => {
    const { services, host, briefingId, exports } = open();
    host.exportFolder = null;
    expect(await services.export.toFile({ briefingId, format: 'txt', options: defaultExportOptions })).toEqual({ status: 'cancelled' });
    expect(readdirSync(exports)).toEqual([]);
    expect(host.exported).toEqual([]);
    expect((await services.history.list(briefingId)).map((revision) => revision.reason)).not.toContain('export');
  });

  it('says in one sentence why a file could not be written, and leaves nothing behind', async () => {
    const { services, host, briefingId, exports } = open();
    host.exportFolder = join(exports, 'unplugged-stick');
    const error = await rejection(services.export.toFile({ briefingId, format: 'txt', options: defaultExportOptions }));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/^The export was not saved: the folder does not exist\. Nothing was changed at “.+”\.$/u);
    expect(host.exported).toEqual([]);
  });

  it.skipIf(!canMount)('keeps an existing file whole when the disk fills up half-way, and leaves no partial file', async () => {
    const { services, host, briefingId, exports } = open();
    const small = join(exports, 'small-disk');
    mkdirSync(small);
    // A 64 KiB file system with 4 KiB left: too small for the DOCX.
    mounts.tmpfs(small, '64k');
    host.exportFolder = small;
    const previous = join(small, 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin.docx');
    writeFileSync(previous, 'the version sent yesterday');
    writeFileSync(join(small, 'filler'), Buffer.alloc(56 * 1024));
    const error = await rejection(services.export.toFile({ briefingId, format: 'docx', options: defaultExportOptions }));
    expect(error.message).toBe(`The export was not saved: the disk is full. Nothing was changed at “${previous}”.`);
    expect(readFileSync(previous, 'utf8')).toBe('the version sent yesterday');
    expect(readdirSync(dirname(previous)).sort()).toEqual(['Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin.docx', 'filler']);
  });

  it.skipIf(!canMount)('says the folder is read-only, and writes nothing there', async () => {
    const { services, host, briefingId, exports } = open();
    const shared = join(exports, 'read-only-share');
    mkdirSync(shared);
    writeFileSync(join(shared, 'already there.txt'), 'kept');
    mounts.readOnly(shared);
    host.exportFolder = shared;
    const error = await rejection(services.export.toFile({ briefingId, format: 'txt', options: defaultExportOptions }));
    expect(error.message).toBe(
      'The export was not saved: the folder is read-only or you have no permission to write there. ' +
        `Nothing was changed at “${join(shared, 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin.txt')}”.`,
    );
    expect(readdirSync(shared)).toEqual(['already there.txt']);
    expect(host.exported).toEqual([]);
  });

  it.each([
    ['../../outside/CON', 'outside CON.txt'],
    ['NUL', 'NUL_.txt'],
    ['..\\..\\Windows\\System32 <draft>: "final"?|*', 'Windows System32 draft final.txt'],
    ['Readout. . .', 'Readout.txt'],
    ['Invoice\u202Efdp.exe', 'Invoicefdp.exe.txt'],
  ])('exports a briefing titled %j as %j, inside the chosen folder', async (title, name) => {
    const { services, briefingId, exports } = open();
    const stored = await services.briefings.get(briefingId);
    await services.briefings.save({ id: briefingId, baseRevision: stored.revision, title });
    const result = await services.export.toFile({ briefingId, format: 'txt', options: defaultExportOptions });
    expect(result).toMatchObject({ status: 'written', path: join(exports, name) });
    expect(readdirSync(exports)).toEqual([name]);
    expect(readdirSync(dirname(exports)).sort()).toEqual(['exports', 'library.sqlite', 'library.sqlite-shm', 'library.sqlite-wal']);
  });

  it('exports a briefing with a long title in any script: the name and its temporary one fit the file system', async () => {
    const { services, briefingId, exports } = open();
    const stored = await services.briefings.get(briefingId);
    const title = 'Встреча Премьер-министра Азербайджана с Генеральным секретарём МСЭ '.repeat(3);
    await services.briefings.save({ id: briefingId, baseRevision: stored.revision, title });
    const result = await services.export.toFile({ briefingId, format: 'docx', options: defaultExportOptions });
    expect(result.status).toBe('written');
    const [name = ''] = readdirSync(exports);
    expect(name).toMatch(/^Встреча Премьер-министра Азербайджана .*\.docx$/u);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(205);
  });

  it('refuses a name Windows keeps for a device before writing anything, as it would on Windows', async () => {
    const { exports } = open();
    const error = await rejection(writeExportFile(join(exports, 'CON.pdf'), 'text', 'win32'));
    expect(error.message).toBe(`The export was not saved: Windows keeps the name “CON” for a device; choose another file name. Nothing was changed at “${join(exports, 'CON.pdf')}”.`);
    expect(readdirSync(exports)).toEqual([]);
    // The same name is an ordinary file on Linux.
    await writeExportFile(join(exports, 'CON.pdf'), 'text', 'linux');
    expect(readdirSync(exports)).toEqual(['CON.pdf']);
  });

  it('puts semantic HTML and plain text on the clipboard together', async () => {
    const { services, host, briefingId } = open();
    await services.export.copyAsFormattedText(briefingId);
    expect(host.clipboard).toHaveLength(1);
    const [copied = { html: '', text: '' }] = host.clipboard;
    expect(copied.html).toMatch(/^<article lang="en">/u);
    expect(copied.html).toContain('<h2>Agreed points</h2><ol>');
    expect(copied.text).toContain('4. Extending Azerbaijan');
  });

  it('refuses an unknown briefing before asking where to save', async () => {
    const { services, host } = open();
    await expect(
      services.export.toFile({ briefingId: '00000000-0000-4000-8000-00000000dead', format: 'pdf', options: defaultExportOptions }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(host.saveDialogs).toEqual([]);
  });
  it('asks its clock when the export is made: the embargo heads the text before it lifts, not after', async () => {
    const { briefingId, exports } = open();
    const stored = library!.briefings.get(briefingId);
    library!.briefings.save({ id: briefingId, baseRevision: stored.revision, fields: { ...stored.fields, releaseLine: 'embargoed', embargoUntil: '2027-03-01T10:00' } });
    const exportAt = async (now: Date) => {
      await createExportService(library!, host!, () => now).toFile({ briefingId, format: 'txt', options: defaultExportOptions });
      return readFileSync(join(exports, readdirSync(exports).find((name) => name.endsWith('.txt'))!), 'utf8');
    };
    expect(await exportAt(new Date(2027, 2, 1, 9, 59))).toContain('EMBARGOED UNTIL MARCH 1, 2027 AT 10:00 AM');
    const after = await exportAt(new Date(2027, 2, 1, 10, 0));
    expect(after).not.toContain('EMBARGOED');
    expect(after).toContain('FOR IMMEDIATE RELEASE');
  });
});
