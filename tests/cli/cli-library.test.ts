import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefingToPath } from '../../electron/storage/briefing-files';
import { openLibrary } from '../../electron/storage/library';
import { pdfFonts, pdfText } from '../support/pdf-tools';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;
let demoId: string;

beforeAll(async () => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-library-'));
  library = join(folder, 'library.sqlite');
  const listed = await runCli(['--library', library, 'list', '--json']);
  demoId = (JSON.parse(listed.stdout) as { id: string }[])[0]?.id ?? '';
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

// The command line against a real library file, every command as a child process, the way a script runs it.
describe('briefing-desk with a library', { timeout: 120_000 }, () => {
  it('finds a briefing by an Azerbaijani word typed without its letters, with the words marked', async () => {
    const created = await cli('new', '--template', 'press-release', '--title', 'Əliyev Bakıda jurnalistlərlə görüşdü');
    const id = created.stdout.trim();

    const people = await cli('search', 'bakida');
    expect(people.code).toBe(0);
    expect(people.stdout).toContain('Əliyev Bakıda jurnalistlərlə görüşdü');

    const scripts = JSON.parse((await cli('search', 'Əliyev', '--json')).stdout) as { total: number; hits: { id: string }[] };
    expect(scripts.hits.map((hit) => hit.id)).toContain(id);

    const demo = JSON.parse((await cli('search', 'Asadov', '--json')).stdout) as { hits: { id: string; snippet: { matches: string[] } | null }[] };
    expect(demo.hits[0]?.id).toBe(demoId);
    expect(demo.hits[0]?.snippet?.matches).toContain('Asadov');

    expect((await cli('search', 'qwertyuiop')).stdout).toBe('No briefings match.\n');
    expect((await cli('search', 'baku', '--limit', 'many')).code).toBe(2);
  });

  it('finds "Əli Əsədov" by "asadov" and "esedov", as English and Azerbaijani keyboards type him', async () => {
    const created = await cli('new', '--template', 'meeting-readout', '--title', 'Əli Əsədov Tbilisidə');
    const id = created.stdout.trim();
    for (const typed of ['asadov', 'esedov', 'Ali Asadov']) {
      const run = await cli('search', typed);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout, typed).toContain('Əli Əsədov Tbilisidə');
    }
    const hits = JSON.parse((await cli('search', 'asadov', '--json')).stdout) as { hits: { id: string }[] };
    expect(hits.hits.map((hit) => hit.id)).toContain(id);
  });

  it('exports the demo readout to PDF with every letter and embedded fonts', async () => {
    const run = await cli('export', demoId, '--format', 'pdf', '--out', 'readout.pdf');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*readout\.pdf \(\d+ KB, \d+ pages\)\n$/);
    const text = pdfText(join(folder, 'readout.pdf'));
    expect(text).toContain('Prime Minister');
    expect(text).toContain('Page 1 of');
    // Not approved yet: marked DRAFT unless asked otherwise.
    expect(text).toContain('DRAFT');
    expect(pdfFonts(join(folder, 'readout.pdf')).every((font) => font.embedded)).toBe(true);

    const clean = await cli('export', demoId, '--format', 'pdf', '--out', 'clean.pdf', '--no-draft-mark', '--page-size', 'Letter', '--json');
    expect(JSON.parse(clean.stdout)).toMatchObject({ format: 'pdf', path: join(folder, 'clean.pdf') });
    expect(pdfText(join(folder, 'clean.pdf'))).not.toContain('DRAFT');
  });

  it('exports DOCX, HTML and plain text files', async () => {
    for (const format of ['docx', 'html', 'txt']) {
      const run = await cli('export', demoId, '--format', format, '--out', `readout.${format}`);
      expect(run.code, run.stderr).toBe(0);
    }
    const docx = unzipSync(readFileSync(join(folder, 'readout.docx')));
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain('Asadov');
    expect(readFileSync(join(folder, 'readout.html'), 'utf8')).toMatch(/<h1[^>]*>Prime Minister Ali Asadov meets/);
    expect(readFileSync(join(folder, 'readout.txt'), 'utf8')).toContain('AGREED POINTS');
  });

  it('says clearly what is wrong with an export command line', async () => {
    expect((await cli('export', demoId, '--format', 'odt', '--out', 'x.odt')).code).toBe(2);
    expect((await cli('export', demoId, '--format', 'pdf')).code).toBe(2);
    const noFolder = await cli('export', demoId, '--format', 'txt', '--out', join(folder, 'missing', 'x.txt'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr.trim().split('\n')).toHaveLength(1);
    const noBrowser = await cli('export', demoId, '--format', 'pdf', '--out', 'x.pdf', '--chromium', '/nonexistent/chrome');
    expect(noBrowser).toMatchObject({ code: 1, stderr: '--chromium /nonexistent/chrome is not a program that can be run.\n' });
  });

  it('imports a .briefing.json file as a new briefing, and refuses a broken one whole', async () => {
    const file = join(folder, 'readout.briefing.json');
    const source = openLibrary(library);
    exportBriefingToPath(source, demoId, file);
    source.close();

    const imported = await cli('import', file);
    expect(imported.code, imported.stderr).toBe(0);
    const id = imported.stdout.trim();
    expect(JSON.parse((await cli('show', id, '--json')).stdout)).toMatchObject({ templateId: 'meeting-readout', title: 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin' });

    const fromFile = await cli('new', '--template', 'meeting-readout', '--from', file, '--title', 'Copy for the archive');
    expect(JSON.parse((await cli('show', fromFile.stdout.trim(), '--json')).stdout)).toMatchObject({ title: 'Copy for the archive' });
    const wrongTemplate = await cli('new', '--template', 'press-release', '--from', file);
    expect(wrongTemplate.code).toBe(1);
    expect(wrongTemplate.stderr).toContain('not "press-release"');

    const before = (JSON.parse((await cli('list', '--json')).stdout) as unknown[]).length;
    const broken = join(folder, 'broken.briefing.json');
    writeFileSync(broken, readFileSync(file, 'utf8').slice(0, 500));
    const refused = await cli('import', broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse((await cli('list', '--json')).stdout)).toHaveLength(before);
  });

  it('imports a Word draft into the template its headings match, and refuses a file that is not one', async () => {
    const draft = join(process.cwd(), 'tests/fixtures/import/meeting-readout-draft.docx');
    const imported = await cli('import', draft, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const shown = JSON.parse((await cli('show', id, '--json')).stdout) as { templateId: string; body: { sectionId: string }[] };
    expect(shown.templateId).toBe('meeting-readout');
    expect(shown.body.map((section) => section.sectionId)).toContain('agreed-points');

    const intoBlank = await cli('import', draft, '--template', 'blank');
    expect(JSON.parse((await cli('show', intoBlank.stdout.trim(), '--json')).stdout)).toMatchObject({ templateId: 'blank' });

    const before = (JSON.parse((await cli('list', '--json')).stdout) as unknown[]).length;
    const fake = join(folder, 'not-word.docx');
    writeFileSync(fake, 'This is a text file with a .docx name.');
    const refused = await cli('import', fake);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse((await cli('list', '--json')).stdout)).toHaveLength(before);
    expect((await cli('import', join(folder, 'notes.txt'))).code).toBe(2);
  });

  it('backs up and restores the library, keeping the replaced file aside', async () => {
    const backup = join(folder, 'backup.sqlite');
    const made = await cli('backup', '--out', backup);
    expect(made.code, made.stderr).toBe(0);
    expect((await runCli(['--library', backup, 'check'])).code).toBe(0);
    expect((await cli('backup', '--out', backup)).code).toBe(1);

    const extra = (await cli('new', '--template', 'blank', '--title', 'Written after the backup')).stdout.trim();
    const restored = await cli('restore', backup);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await cli('show', extra)).code).toBe(1);
    expect((await cli('show', demoId)).code).toBe(0);
    expect(readdirSync(folder).some((name) => name.includes('replaced'))).toBe(true);
  });

  it('checks a library: sound exits 0, a damaged copy exits 1 with a plain message and is left as it was', async () => {
    const sound = await cli('check', '--full');
    expect(sound).toMatchObject({ code: 0, stdout: `The library ${library} is sound.\n` });

    const damaged = join(folder, 'damaged.sqlite');
    copyFileSync(library, damaged);
    const bytes = readFileSync(damaged);
    // Overwrite pages in the middle of the file, as a failing disk would.
    bytes.fill(0x5a, 4096 * 2, 4096 * 4);
    writeFileSync(damaged, bytes);
    const run = await runCli(['--library', damaged, 'check']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^The (library|file) ${damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged`));
    expect(readFileSync(damaged).equals(bytes)).toBe(true);

    const notALibrary = join(folder, 'notes.sqlite');
    writeFileSync(notALibrary, 'just some notes, not a database at all'.repeat(200));
    expect((await runCli(['--library', notALibrary, 'check'])).code).toBe(1);
    const restoreJunk = await cli('restore', notALibrary);
    expect(restoreJunk.code).toBe(1);
    expect(restoreJunk.stderr).toContain('is not a usable Briefing Desk backup');

    const missing = await runCli(['--library', join(folder, 'nothing.sqlite'), 'check']);
    expect(missing).toMatchObject({ code: 1, stderr: `There is no library at ${join(folder, 'nothing.sqlite')}.\n` });
    expect(existsSync(join(folder, 'nothing.sqlite'))).toBe(false);
  });
});
