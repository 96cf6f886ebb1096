import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;
const fixtures = fileURLToPath(new URL('../fixtures/directory/', import.meta.url));

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-directory-'));
  library = join(folder, 'library.sqlite');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

describe('briefing-desk people and invitations', { timeout: 120_000 }, () => {
  it('lists the demo people, exports them as vCard and imports a CSV into the directory', async () => {
    const listed = await cli('people', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/Ali Asadov\s+Prime Minister, Republic of Azerbaijan\s+ar az en ru tr/);
    const people = JSON.parse((await cli('people', 'list', '--json')).stdout) as { people: { names: Record<string, { name: string }> }[] };
    expect(people.people.map((person) => person.names.az?.name).sort()).toEqual(['Dorin Boqdan-Martin', 'Əli Əsədov']);

    const exported = await cli('people', 'export', '--out', 'directory.vcf');
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(join(folder, 'directory.vcf'), 'utf8')).toContain('BEGIN:VCARD\r\nVERSION:4.0\r\n');

    writeFileSync(join(folder, 'people.csv'), 'name@en,name@ru,title@en,organisation@en,from\nJeyhun Bayramov,Джейхун Байрамов,Minister of Foreign Affairs,Republic of Azerbaijan,2020-07-16\n');
    const imported = await cli('people', 'import', 'people.csv');
    expect(imported.stdout).toBe('Imported 1 person and 0 organisations.\n');
    expect((await cli('people', 'list')).stdout).toContain('Minister of Foreign Affairs, Republic of Azerbaijan');
  });

  it('refuses a bad directory file with its line, and a file of another kind with the usage', async () => {
    writeFileSync(join(folder, 'bad.csv'), 'name@en,from\nSomeone,yesterday\n');
    const bad = await cli('people', 'import', 'bad.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Line 2: "from" must be a date as YYYY-MM-DD, not "yesterday". Nothing was imported.');
    expect((await cli('people', 'import', 'people.txt')).code).toBe(2);
    expect((await cli('people', 'sing')).code).toBe(2);
  });

  it('makes a readout from an invitation, and asks which occurrence of a recurring one', async () => {
    const made = await cli('import', join(fixtures, 'bilateral-meeting.ics'), '--language', 'az', '--json');
    expect(made.code, made.stderr).toBe(0);
    const { id, unmatched } = JSON.parse(made.stdout) as { id: string; unmatched: string[] };
    expect(unmatched).toEqual(['Jane Smith']);
    const shown = JSON.parse((await cli('show', id, '--json')).stdout) as { fields: Record<string, unknown>; participants: { name: string; title: string }[] };
    expect(shown.fields).toMatchObject({ meetingDate: '2025-11-21', meetingTime: '15:00', location: 'Baku, Azerbaijan' });
    expect(shown.participants.map((participant) => `${participant.name}, ${participant.title}`)).toEqual(['Əli Əsədov, Baş nazir', 'Dorin Boqdan-Martin, Baş katib', 'Jane Smith, ']);

    const recurring = await cli('import', join(fixtures, 'weekly-briefing.ics'));
    expect(recurring.code).toBe(1);
    expect(recurring.stderr).toContain('--occurrence 2025-10-27T10:00:00   (2025-10-27 14:30)');
    const chosen = await cli('import', join(fixtures, 'weekly-briefing.ics'), '--occurrence', '2025-11-03T10:00:00');
    expect(chosen.code, chosen.stderr).toBe(0);
  });
});
