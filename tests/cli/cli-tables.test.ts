import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-tables-'));
  library = join(folder, 'library.sqlite');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

interface ShownBlock {
  type: string;
  headerRow?: true;
  columnWidths?: number[];
  children: { type?: string; children?: { children?: { text?: string }[] }[] }[];
}

// A Word draft with a schedule table, through the command line as a script would run it.
describe('tables on the command line', { timeout: 120_000 }, () => {
  it('imports a Word table as a table, shows it in --json and as aligned columns in --text, and exports it as a Word table', async () => {
    const imported = await cli('import', join(process.cwd(), 'tests/fixtures/import/cyrillic-draft.docx'), '--template', 'blank', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };

    const shown = JSON.parse((await cli('show', id, '--json')).stdout) as { body: { children: ShownBlock[] }[] };
    const tables = shown.body.flatMap((section) => section.children).filter((block) => block.type === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.children.map((row) => row.children?.map((cell) => cell.children?.map((text) => text.text ?? '').join('')));
    expect(rows?.slice(0, 3)).toEqual([
      ['Дата', 'Событие'],
      ['1 декабря', 'Открытие'],
      ['2 декабря', 'Выставка'],
    ]);
    expect(tables[0]?.columnWidths?.reduce((sum, width) => sum + width, 0)).toBeCloseTo(1, 5);

    const text = (await cli('show', id, '--text')).stdout;
    expect(text).toMatch(/^Дата {2,}Событие$/mu);
    expect(text).toMatch(/^1 декабря {2,}Открытие$/mu);

    const out = join(folder, 'schedule.docx');
    const exported = await cli('export', id, '--format', 'docx', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:tbl>.*1 декабря.*<\/w:tbl>/su);
  });
});
