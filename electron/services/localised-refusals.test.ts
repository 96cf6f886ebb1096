import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelName } from '../../shared/ipc/contract';
import { sayLocalised, type IpcResult } from '../../shared/ipc/ipc-result';
import { createTranslator } from '../../shared/i18n/translator';
import { createTestServiceHost, type TestServiceHost } from '../../tests/support/test-service-host';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { openLibrary, type Library } from '../storage/library';
import { createServices } from './create-services';

const az = createTranslator('az');
const ru = createTranslator('ru');

/** The sentence a window in Azerbaijani or Russian shows for a refusal: the catalog message, not the English one. */
function said(result: IpcResult<unknown>, t = az): string {
  if (result.ok) throw new Error('the call was not refused');
  if (!result.error.localised) throw new Error(`no catalog message for: ${result.error.message}`);
  return sayLocalised(t, result.error.localised);
}

// Refusals from deep in the main process (file checks, the .briefing.json reader, the DOCX checks, the
// directory's importers, the call checks) reach the window as catalog messages, clauses included.
describe('refusals in the interface language', () => {
  let folder: string;
  let library: Library | undefined;
  let host: TestServiceHost | undefined;
  afterEach(async () => {
    library?.close();
    await host?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  function open() {
    folder = mkdtempSync(join(tmpdir(), 'briefing-desk-refusals-'));
    mkdirSync(join(folder, 'files'));
    library = openLibrary(join(folder, 'library.sqlite'), { seedDemo: true });
    host = createTestServiceHost(join(folder, 'files'));
    return { invoke: createIpcInvoker(createServices(library, host)), host, library };
  }

  it('a damaged .briefing.json, with where and what, in Azerbaijani and Russian', async () => {
    const { invoke, library } = open();
    const before = library.briefings.list({}).length;
    const damaged = await invoke(channelName('briefings', 'importFile'), [JSON.stringify({ format: 'briefing-desk/briefing', version: 2, briefing: { title: 1 } })]);
    expect(said(damaged)).toBe('Bu brifinq faylı zədələnib: exportedAt — yoxdur.');
    expect(said(damaged, ru)).toBe('Файл брифинга повреждён: exportedAt — отсутствует.');
    const notJson = await invoke(channelName('briefings', 'importFile'), ['{"format": ']);
    expect(said(notJson)).toBe('Bu fayl Briefing Desk brifinqi deyil: düzgün JSON deyil.');
    expect(library.briefings.list({})).toHaveLength(before);
  });

  it('a folder and a plain-text file chosen in the open dialogs, naming the file and the reason', async () => {
    const { invoke, host } = open();
    host.importPath = join(folder, 'files');
    expect(said(await invoke(channelName('briefings', 'openFile'), []))).toBe('“files” açılmadı: bu, qovluqdur.');
    const notes = join(folder, 'notes.docx');
    writeFileSync(notes, 'These are plain notes, not a Word file.');
    host.importPath = notes;
    expect(said(await invoke(channelName('import', 'previewDocx'), []), ru)).toBe('Это не документ Word (.docx); старые файлы .doc сначала сохраните в Word в формате .docx.');
  });

  it('a file the system cannot read says the system’s reason in the language, not its English', async () => {
    const { invoke, host } = open();
    symlinkSync(join(folder, 'b.briefing.json'), join(folder, 'a.briefing.json'));
    symlinkSync(join(folder, 'a.briefing.json'), join(folder, 'b.briefing.json'));
    host.importPath = join(folder, 'a.briefing.json');
    const refused = await invoke(channelName('briefings', 'openFile'), []);
    expect(said(refused)).toBe('“a.briefing.json” açılmadı: yolda həddindən çox simvolik keçid var.');
    expect(said(refused, ru)).toMatch(/: путь проходит через слишком много символьных ссылок\.$/u);
    expect(said(refused, ru)).not.toMatch(/ELOOP|symbolic/u);
  });

  it('a call with a wrong argument names the method and the field, and says what is wrong in the language', async () => {
    const { invoke } = open();
    const result = await invoke(channelName('briefings', 'get'), [42]);
    expect(result).toMatchObject({ ok: false, error: { message: 'Invalid argument to briefings.get: should be text' } });
    expect(said(result)).toBe('briefings.get üçün yanlış arqument: mətn olmalıdır');
    expect(said(result, ru)).toBe('Неверный аргумент briefings.get: должно быть текстом');
  });

  it('a directory file with a bad line says which line, in the language, and imports nothing', async () => {
    const { invoke } = open();
    const people = async () => ((await invoke(channelName('directory', 'list'), [])) as { ok: true; value: { people: unknown[] } }).value.people.length;
    const before = await people();
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Leyla Məmmədova', 'END:VCARD', ''].join('\r\n');
    const result = await invoke(channelName('directory', 'importFile'), [{ format: 'vcard', contents: card }]);
    expect(said(result)).toBe('2-ci sətir: yalnız vCard 4.0 idxal edilə bilər (bu kartın versiyası 3.0). Heç nə idxal edilmədi.');
    expect(await people()).toBe(before);
  });
});
