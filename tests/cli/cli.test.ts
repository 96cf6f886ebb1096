import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/storage/library';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { pdfFonts, pdfText } from '../support/pdf-tools';
import { buildCli, runCliProcess as runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-'));
  library = join(folder, 'library.sqlite');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args]);

// The installed command as a script starts it: every call here is a new Node process running bin/briefing-desk.mjs
// and the bundle, and must end by itself. The other CLI test files run the same command in process (run-cli.ts).
// Each test starts several Node processes; on a loaded 2-core machine that takes seconds, not milliseconds.
describe('briefing-desk', { timeout: 60_000 }, () => {
  it('lists the built-in templates for people and for scripts', async () => {
    const people = await cli('templates');
    expect(people.code).toBe(0);
    expect(people.stdout).toMatch(/^meeting-readout\s+Meeting readout\s+yes$/m);

    const scripts = await cli('templates', '--json');
    const templates = JSON.parse(scripts.stdout) as { id: string; builtIn: boolean }[];
    expect(templates.map((template) => template.id)).toEqual(expect.arrayContaining(['meeting-readout', 'press-release', 'blank']));
  });

  it('creates a briefing, finds it in the list and prints it', async () => {
    const created = await cli('new', '--template', 'press-release', '--title', 'Bakıda mətbuat konfransı');
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const list = JSON.parse((await cli('list', '--json', '--template', 'press-release')).stdout) as { id: string; title: string; status: string }[];
    expect(list).toEqual([expect.objectContaining({ id, title: 'Bakıda mətbuat konfransı', status: 'draft' })]);

    const shown = JSON.parse((await cli('show', id, '--json')).stdout) as { id: string; templateId: string; body: unknown[] };
    expect(shown).toMatchObject({ id, templateId: 'press-release' });
    expect(shown.body.length).toBeGreaterThan(0);

    const forPeople = await cli('show', id);
    expect(forPeople.stdout.split('\n')[0]).toBe('Bakıda mətbuat konfransı');
    expect(forPeople.stdout).toContain('Press release · Draft');
  });

  it('has the demo briefing in a new library, as the app does, with its text resolved', async () => {
    const [demo] = JSON.parse((await cli('list', '--json', '--template', 'meeting-readout')).stdout) as { id: string }[];
    const text = await cli('show', demo?.id ?? '', '--text');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Ali Asadov');
    expect(text.stdout).not.toContain('{{');
  });

  it('filters the list by status', async () => {
    const approved = await cli('list', '--status', 'approved');
    expect(approved).toMatchObject({ code: 0, stdout: 'No briefings.\n' });
  });

  it('says plainly when a briefing or template does not exist (exit 1)', async () => {
    const missing = await cli('show', '7f3a0000-0000-4000-8000-000000000000');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('No briefing with id 7f3a0000-0000-4000-8000-000000000000.\n');

    const notAnId = await cli('show', '7f3');
    expect(notAnId).toMatchObject({ code: 1, stderr: 'No briefing with id 7f3.\n' });

    const noTemplate = await cli('new', '--template', 'minutes');
    expect(noTemplate).toMatchObject({ code: 1, stderr: 'No template with id “minutes”.\n' });
  });

  it('refuses a wrong command line with exit 2 and the usage', async () => {
    for (const args of [['bogus'], [], ['list', '--status', 'lost'], ['show'], ['list', '--colour'], ['new']]) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain('Usage: briefing-desk');
      expect(run.stdout).toBe('');
    }
    expect((await runCli(['--library'])).code).toBe(2);
  });

  it('refuses a library in a folder that does not exist instead of creating folders', async () => {
    const run = await runCli(['--library', join(folder, 'missing', 'library.sqlite'), 'list']);
    expect(run).toMatchObject({ code: 1, stderr: `The folder ${join(folder, 'missing')} does not exist.\n` });
  });

  it('opens the app\'s own library when no --library is given', async () => {
    const home = mkdtempSync(join(tmpdir(), 'briefing-desk-home-'));
    try {
      const run = await runCli(['list', '--json'], { env: { HOME: home, XDG_CONFIG_HOME: join(home, 'config') } });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toHaveLength(1);
      expect((await runCli(['--library', join(home, 'config', 'Briefing Desk', 'library.sqlite'), 'list', '--json'])).stdout).toBe(run.stdout);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('finds the fonts, the Word import worker and the dictionaries from its bundle, and ends when done', { timeout: 120_000 }, async () => {
    const imported = await cli('import', join(process.cwd(), 'tests/fixtures/import/cyrillic-draft.docx'), '--template', 'blank', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const pdf = join(folder, 'bundle.pdf');
    const exported = await cli('export', id, '--format', 'pdf', '--out', pdf);
    expect(exported.code, exported.stderr).toBe(0);
    expect(pdfText(pdf)).toContain('Событие');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    // Azerbaijani: the one dictionary found by the project folder rather than by a package.
    const open = openLibrary(library);
    const blank = findBuiltInTemplate('blank');
    if (!blank) throw new Error('the blank template is missing');
    const content = newBriefingContent(blank, 'Görüş');
    const [section] = content.body;
    if (!section) throw new Error('the blank template has no section');
    const azerbaijani = open.briefings.create({ ...content, language: 'az', body: [{ ...section, children: [{ type: 'paragraph', children: [{ text: 'Nazir gorusme keçirib.' }] }] }] }).id;
    open.close();
    const spelt = await cli('spell', azerbaijani, '--json');
    expect(spelt.code, spelt.stderr).toBe(0);
    const { misspellings } = JSON.parse(spelt.stdout) as { misspellings: { word: string; suggestions: string[] }[] };
    expect(misspellings.map(({ word }) => word)).toEqual(['gorusme']);
    expect(misspellings[0]?.suggestions).toContain('görüşmə');
  });
});
