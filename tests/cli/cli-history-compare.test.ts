import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import { languageBriefing } from '../fixtures/export/language-briefings';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-history-'));
  library = join(folder, 'library.sqlite');
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

describe('briefing-desk history --compare', { timeout: 120_000 }, () => {
  it('compares two versions, or one with the text now, with field values as they were and list numbers', async () => {
    const file = join(folder, 'readout.briefing.json');
    writeFileSync(file, writeBriefingFile(languageBriefing('az'), new Date()));
    const id = (await cli('new', '--template', 'meeting-readout', '--from', file)).stdout.trim();
    const first = (await cli('history', id, '--save', 'Birinci')).stdout.trim();
    expect((await cli('set', id, '--field', 'meetingDate=2025-11-22')).code).toBe(0);
    const second = (await cli('history', id, '--save', 'İkinci')).stdout.trim();

    const compared = await cli('history', id, '--compare', second, first);
    expect(compared.code, compared.stderr).toBe(0);
    const lines = compared.stdout.split('\n');
    // Older to newer whichever comes first; the lede's date field as it was in each: the 21st, then the 22nd.
    expect(lines[0]).toBe(`1 change from version ${first} to version ${second}:`);
    expect(compared.stdout).toContain('noyabrın [-21-]{+22+}-də');
    expect(compared.stdout).toContain('Əli Əsədov');
    expect(compared.stdout).not.toMatch(/\[(host|guest|meetingDate)/u);
    expect(compared.stdout).toMatch(/^1\. /mu);
    // Details as a list of their own, old → new, in the briefing's language.
    expect(lines.slice(1, 5)).toEqual(['', '1 change to Details:', '  Meeting date: 21 noyabr 2025-ci il → 22 noyabr 2025-ci il', '']);

    const now = await cli('history', id, '--compare', second);
    expect(now.stdout.split('\n')[0]).toBe(`No changes from version ${second} to the text now:`);
    const asJson = JSON.parse((await cli('history', id, '--compare', first, '--json')).stdout) as { from: number; to: number | null; changes: number };
    expect(asJson).toMatchObject({ from: Number(first), to: null, changes: 1, fields: [{ fieldId: 'meetingDate', before: '21 noyabr 2025-ci il', after: '22 noyabr 2025-ci il' }] });

    // A value cleared shows as empty, in the interface's language.
    expect((await cli('set', id, '--field', 'source=AZƏRTAC')).code).toBe(0);
    const third = (await cli('history', id, '--save', 'Üçüncü')).stdout.trim();
    expect((await cli('set', id, '--field', 'source=')).code).toBe(0);
    const cleared = await runCli(['--library', library, 'history', id, '--compare', third], { cwd: folder, env: { LC_ALL: 'ru_RU.UTF-8' } });
    // A built-in field by its label in the locale's language.
    expect(cleared.stdout).toContain('\n\n1 изменение в сведениях:\n  Ссылка на источник: AZƏRTAC → (не заполнено)\n\n');

    const unknown = await cli('history', id, '--compare', '999999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The briefing has no version 999999');
    expect((await cli('history', id, '--compare', first, '--restore', first)).code).toBe(2);
    expect((await cli('history', id, first)).code).toBe(2);
  });

  it('a briefing with no versions yet says so in one sentence instead of printing an empty table', async () => {
    const id = (await cli('new', '--template', 'meeting-readout')).stdout.trim();
    const listed = await cli('history', id);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toBe(`The briefing has no saved versions yet; “history ${id} --save NAME” saves one.\n`);
    const inAzerbaijani = await runCli(['--library', library, 'history', id], { cwd: folder, env: { LC_ALL: 'az_AZ.UTF-8' } });
    expect(inAzerbaijani.stdout).toBe(`Brifinqin hələ saxlanmış versiyası yoxdur; birini “history ${id} --save AD” əmri saxlayır.\n`);
    // The JSON is still the (empty) list, for scripts.
    expect(JSON.parse((await cli('history', id, '--json')).stdout)).toEqual([]);
    // Once a version is saved, the table is back.
    expect((await cli('history', id, '--save', 'First')).code).toBe(0);
    expect((await cli('history', id)).stdout).toMatch(/^VERSION/u);
  });
});
