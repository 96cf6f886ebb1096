import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/storage/library';
import { PersonalDictionaryStore } from '../../electron/storage/personal-dictionary-store';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;
let id: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-spell-'));
  library = join(folder, 'library.sqlite');
  const open = openLibrary(library, { seedDemo: true });
  const blank = findBuiltInTemplate('blank');
  if (!blank) throw new Error('the blank template is missing');
  const content = newBriefingContent(blank, 'Görüş');
  const [section] = content.body;
  if (!section) throw new Error('the blank template has no section');
  id = open.briefings.create({
    ...content,
    language: 'az',
    body: [
      {
        ...section,
        children: [
          { type: 'paragraph', children: [{ text: 'Əli Əsədov Dorin Boqdan-Martin ilə gorusme keçirib.' }] },
          { type: 'paragraph', children: [{ text: 'Nazir dedi: ' }, { text: 'we recieve them', lang: 'en' }, { text: ' və Mrazvek.' }] },
        ],
      },
    ],
  }).id;
  new PersonalDictionaryStore(open.database).add('Mrazvek');
  open.close();
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args]);

describe('briefing-desk spell', { timeout: 120_000 }, () => {
  it('lists each misspelt word with where it is and suggestions, leaving out directory names and personal words', async () => {
    const run = await cli('spell', id);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^gorusme {2}\(.*paragraph 1, offset 35, az\): görüşmə/u);
    expect(lines[1]).toMatch(/^recieve {2}\(.*paragraph 2, offset 15, en\): receive/u);
    expect(lines[2]).toBe('2 misspelt words.');
  });

  it('prints the same as JSON for scripts, with at most five suggestions each', async () => {
    const run = await cli('spell', id, '--json');
    expect(run.code, run.stderr).toBe(0);
    const { misspellings } = JSON.parse(run.stdout) as { misspellings: { word: string; blockIndex: number; offset: number; suggestions: string[] }[] };
    expect(misspellings.map(({ word, blockIndex, offset }) => [word, blockIndex, offset])).toEqual([
      ['gorusme', 0, 35],
      ['recieve', 1, 15],
    ]);
    for (const found of misspellings) expect(found.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('checks the words in table cells and picture captions too, saying the row, column or caption', async () => {
    const open = openLibrary(library);
    let tableId: string;
    try {
      const blank = findBuiltInTemplate('blank');
      if (!blank) throw new Error('the blank template is missing');
      const content = newBriefingContent(blank, 'Signed documents');
      const [section] = content.body;
      if (!section) throw new Error('the blank template has no section');
      tableId = open.briefings.create({
        ...content,
        language: 'en',
        body: [
          {
            ...section,
            children: [
              { type: 'paragraph', children: [{ text: 'The documents signed.' }] },
              {
                type: 'table',
                headerRow: true,
                columnWidths: [0.5, 0.5],
                children: [
                  { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Document' }] }, { type: 'table-cell', children: [{ text: 'Signed by' }] }] },
                  { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Memorandum' }] }, { type: 'table-cell', children: [{ text: 'The ministery' }] }] },
                ],
              },
              { type: 'picture', hash: 'a'.repeat(64), width: 800, height: 500, layout: 'full', alt: '', caption: 'The signing cerenomy', credit: 'Press servise', children: [{ text: '' }] },
            ],
          },
        ],
      }).id;
    } finally {
      open.close();
    }
    const run = await cli('spell', tableId, '--json');
    expect(run.code, run.stderr).toBe(0);
    const { misspellings } = JSON.parse(run.stdout) as { misspellings: { word: string; blockIndex: number; cell?: unknown; picture?: string }[] };
    expect(misspellings.map(({ word, blockIndex, cell, picture }) => [word, blockIndex, cell ?? picture])).toEqual([
      ['ministery', 1, { row: 1, column: 1 }],
      ['cerenomy', 2, 'caption'],
      ['servise', 2, 'credit'],
    ]);
    const lines = (await cli('spell', tableId)).stdout.split('\n');
    expect(lines[0]).toMatch(/^ministery {2}\(.*paragraph 2, row 2, column 2, offset 4, en\): .*\bministry\b/u);
    expect(lines[1]).toMatch(/^cerenomy {2}\(.*paragraph 3, caption, offset 12, en\): .*\bceremony\b/u);
  });

  it('with --spelling, lists the misspelt words as warnings before an export, which still goes ahead, --strict or not', async () => {
    const out = join(folder, 'spelt.txt');
    const quiet = await cli('export', id, '--format', 'txt', '--out', out);
    expect(quiet.stderr.split('\n').filter((line) => line.startsWith('Spelling: '))).toEqual([]);
    const run = await cli('export', id, '--format', 'txt', '--out', out, '--strict', '--spelling');
    expect(run.code, run.stderr).toBe(0);
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('Spelling: '));
    expect(warnings).toEqual([expect.stringMatching(/^Spelling: “gorusme” \(.*\) — perhaps görüşmə/u), expect.stringMatching(/^Spelling: “recieve” \(.*\) — perhaps receive/u)]);
  });

  it('keeps the personal dictionary from the command line: list, add, remove, and the checker follows it', async () => {
    expect(await cli('dictionary')).toMatchObject({ code: 0, stdout: 'Mrazvek\n' });
    expect(await cli('dictionary', '--add', 'gorusme')).toMatchObject({ code: 0, stdout: 'Added “gorusme” to the personal dictionary.\n' });
    expect(JSON.parse((await cli('dictionary', '--json')).stdout)).toEqual({ words: ['gorusme', 'Mrazvek'] });
    expect((await cli('spell', id)).stdout).toContain('1 misspelt word.');
    expect(await cli('dictionary', '--remove', 'gorusme')).toMatchObject({ code: 0, stdout: 'Removed “gorusme” from the personal dictionary.\n' });
    expect(await cli('dictionary', '--remove', 'gorusme')).toMatchObject({ code: 0, stdout: '“gorusme” is not in the personal dictionary.\n' });
    const refused = await cli('dictionary', '--add', 'two words');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse((await cli('dictionary', '--json')).stdout)).toEqual({ words: ['Mrazvek'] });
  });

  it('refuses a missing ID with the usage, and an unknown one in one sentence', async () => {
    expect((await cli('spell')).code).toBe(2);
    const unknown = await cli('spell', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});
