import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-language-'));
  library = join(folder, 'library.sqlite');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args]);

/** The Azerbaijani sample readout with its lede still to write, as a briefing file. */
function azerbaijaniFile(): string {
  const briefing = languageBriefing('az');
  briefing.body = briefing.body.map((section) => (section.sectionId === 'lede' ? { ...section, children: [{ type: 'paragraph', children: [{ text: '' }] }] } : section));
  const file = join(folder, 'readout-az.briefing.json');
  writeFileSync(file, writeBriefingFile(briefing, new Date()));
  return file;
}

describe('the command line in the briefing’s language', { timeout: 90_000 }, () => {
  it('makes a briefing in a language, and refuses a tag that is none with one sentence', async () => {
    const created = await cli('new', '--template', 'meeting-readout', '--language', 'ru', '--title', 'Встреча');
    expect(created.code).toBe(0);
    const shown = JSON.parse((await cli('show', created.stdout.trim(), '--json')).stdout) as { language: string };
    expect(shown.language).toBe('ru');

    const wrong = await cli('new', '--template', 'meeting-readout', '--language', 'Azerbaijani');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')[0]).toContain('--language needs a language tag such as "en", "az"');
  });

  it('drafts the lede from the details, prints it, keeps it, and never overwrites it unasked', async () => {
    const id = (await cli('new', '--template', 'meeting-readout', '--from', azerbaijaniFile())).stdout.trim();
    const drafted = await cli('draft', id);
    expect(drafted).toMatchObject({ code: 0 });
    expect(drafted.stdout).toBe('2025-ci il noyabrın 21-də Azərbaycan Respublikasının Baş naziri Əli Əsədov Bakıda Beynəlxalq Elektrik Rabitəsi İttifaqının (BEİ) Baş katibi Doreen Bogdan-Martin ilə görüşüb.\n');
    expect((await cli('show', id, '--text')).stdout).toContain(drafted.stdout.trim());

    const again = await cli('draft', id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('The lede already has text; run "draft ID --replace"');
    expect((await cli('draft', id, '--replace')).code).toBe(0);
  });

  it('names the details a lede needs instead of drafting a fragment from empty ones, and changes nothing', async () => {
    const id = (await cli('new', '--template', 'meeting-readout', '--language', 'az', '--title', 'Boş oxu')).stdout.trim();
    const before = (await cli('show', id, '--json')).stdout;
    const drafted = await cli('draft', id);
    expect(drafted).toMatchObject({ code: 1, stdout: '' });
    expect(drafted.stderr).toMatch(/^The lede is written from details that are not filled in yet: .*Host.*Guest.*\.\n$/u);
    expect((await cli('show', id, '--json')).stdout).toBe(before);
  });

  it('prints the text with numbered and bulleted list items under headings in the briefing’s language', async () => {
    const id = (await cli('new', '--template', 'meeting-readout', '--from', azerbaijaniFile())).stdout.trim();
    const text = (await cli('show', id, '--text')).stdout;
    expect(text).toContain('Müzakirə olunan məsələlər\nGörüşdə aşağıdakı məsələlər müzakirə olunub:\n- İKT sektorunun inkişafı;\n- süni intellekt;');
    expect(text).toContain('Əldə olunan razılaşmalar\n1. Rəqəmsal transformasiya');
    expect(text).toContain('\n2. Azərbaycanın BEİ Şurasında');
  });

  it('says what validation finds on stderr, one line each, and with --strict exports nothing', async () => {
    const id = (await cli('new', '--template', 'meeting-readout', '--language', 'az')).stdout.trim();
    const strictOut = join(folder, 'strict.txt');
    const strict = await cli('export', id, '--format', 'txt', '--out', strictOut, '--strict');
    expect(strict.code).toBe(1);
    const findings = strict.stderr.trim().split('\n');
    expect(findings.length).toBeGreaterThan(2);
    expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(/Meeting date/u)]));
    expect(existsSync(strictOut)).toBe(false);

    const out = join(folder, 'anyway.txt');
    const anyway = await cli('export', id, '--format', 'txt', '--out', out);
    expect(anyway.code).toBe(0);
    expect(anyway.stderr.trim().split('\n')).toEqual(findings.slice(0, -1));
    expect(readFileSync(out, 'utf8')).toContain('DƏRHAL YAYIMLANMAQ ÜÇÜN');
  });
});
