import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import type { VersionsOf } from '../../shared/ipc/version-service';
import { languageBriefing } from '../fixtures/export/language-briefings';
import { pdfText } from '../support/pdf-tools';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-versions-'));
  library = join(folder, 'library.sqlite');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args]);

async function azerbaijaniReadout(): Promise<string> {
  const file = join(folder, `readout-az-${Math.random().toString(36).slice(2)}.briefing.json`);
  writeFileSync(file, writeBriefingFile(languageBriefing('az'), new Date()));
  const created = await cli('import', file);
  expect(created.code).toBe(0);
  return created.stdout.trim().split(/\s+/)[0] ?? '';
}

describe('language versions on the command line', { timeout: 120_000 }, () => {
  it('translates, prints the new id, lists the versions, and refuses a language the family has', async () => {
    const az = await azerbaijaniReadout();
    const translated = await cli('translate', az, '--language', 'en');
    expect(translated).toMatchObject({ code: 0, stderr: '' });
    const en = translated.stdout.trim();
    expect(en).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await cli('versions', en);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${az}\\s+az\\s+Draft\\s+original\\s+up to date`));
    expect(listed.stdout).toMatch(new RegExp(`${en}\\s+en\\s+Draft\\s+from az\\s+up to date`));
    const json = JSON.parse((await cli('versions', en, '--json')).stdout) as VersionsOf;
    expect(json.versions.map((version) => version.language)).toEqual(['az', 'en']);
    expect(json.source?.id).toBe(az);

    const again = await cli('translate', az, '--language', 'en');
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim()).toBe('This readout already has a English version.');
    const bad = await cli('translate', az, '--language', 'English');
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('translate: "English" is not a language tag such as en, az or ru.');
    const alone = await cli('versions', (await cli('new', '--template', 'meeting-readout')).stdout.trim());
    expect(alone.stdout).toBe('This briefing has no other language versions; add one with "translate ID --language LANG".\n');
  });

  it('lists a field that followed another version in History in the locale\'s words, and as data in --json', async () => {
    const az = await azerbaijaniReadout();
    const en = (await cli('translate', az, '--language', 'en')).stdout.trim();
    expect((await cli('set', en, '--field', 'meetingDate=2025-11-24', '--field', 'location=Geneva')).code).toBe(0);
    const inLocale = (LANG: string) => runCli(['--library', library, 'history', az], { env: { LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', LANG } });

    const english = await inLocale('C.UTF-8');
    expect(english.stdout).toMatch(/Another language version\s+\d+\s+Meeting date, Location changed in the English version\n/u);
    const azerbaijani = await inLocale('az_AZ.UTF-8');
    expect(azerbaijani.stdout).toMatch(/Digər dil versiyası\s+\d+\s+İngilis dili versiyasında dəyişdirilib: Görüş tarixi, Məkan\n/u);
    const russian = await inLocale('ru_RU.UTF-8');
    expect(russian.stdout).toMatch(/Другая языковая версия\s+\d+\s+В версии «Английский» изменены поля: Дата встречи, Место\n/u);

    const json = JSON.parse((await cli('history', az, '--json')).stdout) as { reason: string; label: string | null; followed?: unknown }[];
    expect(json.find((entry) => entry.reason === 'followed')).toMatchObject({ label: null, followed: { fields: ['meetingDate', 'location'], language: 'en' } });

    // A status change names its status in the locale's words; --json keeps the label as stored.
    expect((await cli('status', az, 'in-review')).code).toBe(0);
    expect((await inLocale('az_AZ.UTF-8')).stdout).toMatch(/Status dəyişikliyi\s+\d+\s+Yoxlamada\n/u);
    expect((await inLocale('C.UTF-8')).stdout).toMatch(/Status change\s+\d+\s+In review\n/u);
    const stored = JSON.parse((await cli('history', az, '--json')).stdout) as { reason: string; label: string | null }[];
    expect(stored.find((entry) => entry.reason === 'status')?.label).toBe('In review');
  });

  it('exports every language version into a folder, one file per language named with its code', async () => {
    const az = await azerbaijaniReadout();
    const ru = (await cli('translate', az, '--language', 'ru')).stdout.trim();
    expect(ru).not.toBe('');
    const out = join(folder, 'family');
    mkdirSync(out);
    const exported = await cli('export', az, '--all-languages', '--format', 'pdf', '--out', out, '--json');
    expect(exported.code).toBe(0);
    const result = JSON.parse(exported.stdout) as { files: { language: string; path: string; pages: number }[] };
    expect(result.files.map((file) => file.language)).toEqual(['az', 'ru']);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/\.az\.pdf$/);
    expect(names[1]).toMatch(/\.ru\.pdf$/);
    expect(names[1]?.replace('.ru.pdf', '')).toBe(names[0]?.replace('.az.pdf', ''));
    // Each file is its own language: the Russian one has the date, the participants from the directory and the table in Russian, and none of the Azerbaijani text.
    const russian = pdfText(join(out, names[1] ?? ''));
    expect(russian).toContain('21 ноября 2025 года');
    expect(russian).toContain('ФИО Должность Организация Сторона');
    expect(russian).toContain('Али Асадов Премьер-министр');
    expect(russian).not.toContain('Müzakirə olunan məsələlər');
    expect(pdfText(join(out, names[0] ?? ''))).toContain('Müzakirə olunan məsələlər');
    expect(readFileSync(join(out, names[0] ?? '')).subarray(0, 5).toString()).toBe('%PDF-');

    const notAFolder = await cli('export', az, '--all-languages', '--format', 'txt', '--out', join(out, names[0] ?? ''));
    expect(notAFolder.code).toBe(1);
    expect(notAFolder.stderr).toContain('is not a folder; --out names the folder for the files with --all-languages.');
    expect(readdirSync(out)).toHaveLength(2);
  });
});
