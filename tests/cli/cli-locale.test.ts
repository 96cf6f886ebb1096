import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCommands } from '../../electron/cli/cli';
import { openLibrary } from '../../electron/storage/library';
import { PersonalDictionaryStore } from '../../electron/storage/personal-dictionary-store';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createTranslator } from '../../shared/i18n/translator';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;
/** A briefing with one misspelt word, so `spell` has a line to say. */
let misspelt: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-locale-'));
  library = join(folder, 'library.sqlite');
  const open = openLibrary(library, { seedDemo: true });
  const blank = findBuiltInTemplate('blank');
  if (!blank) throw new Error('the blank template is missing');
  const content = newBriefingContent(blank, 'Görüş');
  const [section] = content.body;
  if (!section) throw new Error('the blank template has no section');
  misspelt = open.briefings.create({ ...content, language: 'az', body: [{ ...section, children: [{ type: 'paragraph', children: [{ text: 'Nazir gorusme keçirib.' }] }] }] }).id;
  new PersonalDictionaryStore(open.database).add('Mrazvek');
  open.close();
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The locale variables of the machine running the tests are replaced, so each case says exactly what it sets. */
const locale = (variables: Record<string, string>) => ({ LC_ALL: '', LC_MESSAGES: '', LANG: '', LANGUAGE: '', ...variables });

describe('the command line follows LANG where a catalog exists', { timeout: 60_000 }, () => {
  it('speaks English by default and in the C locale', async () => {
    for (const env of [locale({}), locale({ LANG: 'C.UTF-8' }), locale({ LANG: 'de_DE.UTF-8' })]) {
      const help = await runCli(['--help'], { env });
      expect(help.stdout).toContain('Usage: briefing-desk');
      expect(help.stdout).toContain('Commands:');
    }
  });

  it('gives every command its summary in Turkish under a Turkish locale', async () => {
    const help = await runCli(['--help'], { env: locale({ LANG: 'tr_TR.UTF-8' }) });
    const turkish = createTranslator('tr');
    for (const command of cliCommands) expect(help.stdout.replace(/\s+/gu, ' '), command.name).toContain(turkish(command.summary));
    expect(help.stdout).toContain('bir brifingi dosyaya aktar');
  });

  it('writes its help headings in Azerbaijani under an Azerbaijani locale', async () => {
    const help = await runCli(['--help'], { env: locale({ LANG: 'az_AZ.UTF-8' }) });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('İstifadə: briefing-desk [--library YOL] <əmr> [seçimlər]');
    expect(help.stdout).toContain('Əmrlər:');
    expect(help.stdout).toContain('Çıxış kodları:');
  });

  it('says what is wrong in Russian under a Russian locale, LC_ALL before LANG, with the same exit codes', async () => {
    const unknown = await runCli(['nonsense'], { env: locale({ LANG: 'en_GB.UTF-8', LC_ALL: 'ru_RU.UTF-8' }) });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('Неизвестная команда «nonsense».');
    expect(unknown.stderr).toContain('Команды:');

    const turkish = await runCli(['--library'], { env: locale({ LANG: 'tr_TR.UTF-8' }) });
    expect(turkish.code).toBe(2);
    expect(turkish.stderr.split('\n')[0]).toBe('--library için bir dosya yolu gerekir.');
  });

  it('gives the services’ refusals in the locale’s language too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-locale-'));
    try {
      const library = join(folder, 'library.sqlite');
      const russian = await runCli(['--library', library, 'show', '7f3a0000-0000-4000-8000-000000000000'], { env: locale({ LANG: 'ru_RU.UTF-8' }) });
      expect(russian).toMatchObject({ code: 1, stderr: 'Брифинг с идентификатором 7f3a0000-0000-4000-8000-000000000000 не найден.\n' });
      const azerbaijani = await runCli(['--library', library, 'new', '--template', 'minutes'], { env: locale({ LANG: 'az_AZ.UTF-8' }) });
      expect(azerbaijani).toMatchObject({ code: 1, stderr: '“minutes” identifikatorlu şablon yoxdur.\n' });
      // The system's reason a file was not read, from its code: never Node's English ("ELOOP: too many symbolic links…").
      symlinkSync(join(folder, 'b.briefing.json'), join(folder, 'a.briefing.json'));
      symlinkSync(join(folder, 'a.briefing.json'), join(folder, 'b.briefing.json'));
      const loop = await runCli(['--library', library, 'import', join(folder, 'a.briefing.json')], { env: locale({ LANG: 'ru_RU.UTF-8' }) });
      expect(loop.code).toBe(1);
      expect(loop.stderr).toMatch(/: путь проходит через слишком много символьных ссылок\.\n$/u);
      expect(loop.stderr).not.toMatch(/ELOOP|symbolic/u);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

const english = createTranslator('en');
const oneLine = (text: string) => text.replace(/\s+/gu, ' ');

describe.each([
  { language: 'az', LANG: 'az_AZ.UTF-8' },
  { language: 'ru', LANG: 'ru_RU.UTF-8' },
] as const)('every command speaks $language under LANG=$LANG', { timeout: 120_000 }, ({ language, LANG }) => {
  const t = createTranslator(language);
  const env = locale({ LANG });
  const cli = (...args: string[]) => runCli(['--library', library, ...args], { env });
  const inEnglish = (...args: string[]) => runCli(['--library', library, ...args], { env: locale({}) });
  const demoId = async () => (JSON.parse((await inEnglish('list', '--json')).stdout) as { id: string; title: string }[]).find((briefing) => briefing.id !== misspelt)?.id ?? '';

  it('gives every command its summary in the language in --help, none left in English', async () => {
    const help = await runCli(['--help'], { env });
    expect(help.code).toBe(0);
    for (const command of cliCommands) {
      expect(t(command.summary), command.name).not.toBe(english(command.summary));
      expect(oneLine(help.stdout), command.name).toContain(oneLine(t(command.summary)));
      expect(help.stdout).not.toContain(english(command.summary));
    }
  });

  it('lists briefings, templates and people with headings, statuses and words of the language', async () => {
    const list = await cli('list');
    expect(list.code, list.stderr).toBe(0);
    const [heading] = list.stdout.split('\n');
    expect(heading).toMatch(new RegExp(`^${t('cli.column.id')}\\s+${t('cli.list.columnStatus')}\\s+${t('cli.list.columnEdited')}\\s+${t('cli.list.columnTitle')}$`, 'u'));
    expect(list.stdout).toContain(t('status.draft'));
    expect(list.stdout).not.toMatch(/\bEDITED\b|\bTITLE\b|\bdraft\b/u);

    // The built-in templates by their names in the language; --json keeps the library's own (below).
    const templates = await cli('templates');
    expect(templates.stdout).toMatch(new RegExp(`^meeting-readout\\s+${language === 'ru' ? 'Сообщение о встрече' : 'Görüş haqqında məlumat'}\\s+${t('cli.yes')}$`, 'mu'));
    expect(templates.stdout).toMatch(new RegExp(`^press-release\\s+${language === 'ru' ? 'Пресс-релиз' : 'Press-reliz'}\\s+`, 'mu'));
    expect(templates.stdout).not.toMatch(/BUILT-IN|Meeting readout|Press release|Blank briefing/u);

    const people = await cli('people', 'list');
    expect(people.code, people.stderr).toBe(0);
    expect(people.stdout.split('\n')[0]).toContain(t('cli.people.columnTitleNow'));
    // The directory's own spelling of the name in the language, where it has one.
    expect(people.stdout).toContain(language === 'ru' ? 'Али Асадов' : 'Əli Əsədov');
  });

  it('shows a briefing, its history and the spelling check in the language', async () => {
    const id = await demoId();
    const shown = await cli('show', id);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(t('cli.show.id', { id }));
    expect(shown.stdout).toContain(` · ${t('status.draft')} · `);
    expect(shown.stdout).not.toMatch(/ · edited | · revision /u);
    // The template and its fields by the language's words; the values as the briefing (in English) writes them.
    expect(shown.stdout).toContain(language === 'ru' ? 'Сообщение о встрече · ' : 'Görüş haqqında məlumat · ');
    expect(shown.stdout).toMatch(language === 'ru' ? /^Дата встречи: .*2025$/mu : /^Görüş tarixi: .*2025$/mu);
    expect(shown.stdout).not.toMatch(/^(Meeting date|Location|Host|Guest):/mu);

    // The first language's run finds the demo briefing without versions and says so in its language, then saves one
    // (the library is shared by the languages' runs); with a version, the table has the language's headings and dates.
    const before = await cli('history', id);
    expect(before.code, before.stderr).toBe(0);
    if (!before.stdout.startsWith(t('cli.history.columnVersion'))) {
      expect(before.stdout).toBe(`${t('cli.history.none', { id })}\n`);
      expect((await cli('history', id, '--save', 'Draft one')).code).toBe(0);
    }
    const history = await cli('history', id);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout.split('\n')[0]).toMatch(new RegExp(`^${t('cli.history.columnVersion')}\\s+${t('cli.history.columnSaved')}\\s+`, 'u'));
    // Dates as the interface writes them in the language (a month's name, not 2025-11-21 14:30).
    expect(history.stdout.split('\n')[1]).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/u);

    const spell = await cli('spell', misspelt);
    expect(spell.code, spell.stderr).toBe(0);
    expect(spell.stdout).toContain(language === 'ru' ? 'абзац 1, позиция 6, az' : 'abzas 1, mövqe 6, az');
    expect(spell.stdout.trimEnd().split('\n').at(-1)).toBe(t('cli.spell.count', { count: 1 }));
    expect(spell.stdout.trimEnd().split('\n').at(-1)).toBe(language === 'ru' ? '1 слово с ошибками.' : '1 səhv yazılmış söz.');
  });

  it('says the dictionary, team status, backup and check results in the language', async () => {
    expect(await cli('dictionary', '--add', 'Qarabağlı')).toMatchObject({ code: 0, stdout: `${t('cli.dictionary.added', { word: 'Qarabağlı' })}\n` });
    expect(await cli('dictionary', '--remove', 'Qarabağlı')).toMatchObject({ code: 0, stdout: `${t('cli.dictionary.removed', { word: 'Qarabağlı' })}\n` });
    expect((await cli('dictionary')).stdout).toBe('Mrazvek\n');
    expect(await cli('team', 'status')).toMatchObject({ code: 0, stdout: `${t('cli.team.local')}\n` });
    const target = join(folder, `backup-${language}.sqlite`);
    expect(await cli('backup', '--out', target)).toMatchObject({ code: 0, stdout: `${t('cli.backup.done', { library, file: target })}\n` });
    expect(await runCli(['--library', target, 'check'], { env })).toMatchObject({ code: 0, stdout: `${t('cli.check.sound', { file: target })}\n` });
    expect((await cli('backup', '--out', target)).stderr).toBe(`${t('cli.backup.exists', { file: target })}\n`);
    expect(language === 'ru' ? t('cli.check.sound', { file: 'x' }) : t('cli.team.local')).toBe(language === 'ru' ? 'Библиотека x не повреждена.' : 'Bu kitabxana paylaşılmayıb: yalnız bu kompüterdədir.');
  });

  it('prints --json byte for byte as in English', { timeout: 300_000 }, async () => {
    const id = await demoId();
    for (const args of [['list', '--json'], ['templates', '--json'], ['show', id, '--json'], ['history', id, '--json'], ['people', 'list', '--json'], ['spell', misspelt, '--json'], ['check', '--json']]) {
      const [translated, original] = [await cli(...args), await inEnglish(...args)];
      expect(translated.code, args.join(' ')).toBe(0);
      expect(translated.stdout, args.join(' ')).toBe(original.stdout);
    }
  });

  it('says what is wrong with the command line in the language, with exit 2 and the usage', async () => {
    const unknown = await cli('list', '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe(t('cli.args.unknownOption', { command: 'list', option: '--bogus' }));
    expect(unknown.stderr).toContain(t('cli.list.summary'));

    const missing = await cli('show');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe(language === 'ru' ? 'show: не указан идентификатор брифинга.' : 'show: brifinqin İD-si göstərilməyib.');

    const status = await cli('list', '--status', 'done');
    expect(status.code).toBe(2);
    expect(status.stderr.split('\n')[0]).toBe(t('cli.args.oneOf', { command: 'list', option: '--status', values: 'draft, in-review, approved, released', value: 'done' }));

    const noValue = await cli('list', '--status');
    expect(noValue.stderr.split('\n')[0]).toBe(t('cli.args.needsValue', { command: 'list', option: '--status' }));
    const valueGiven = await cli('list', '--json=yes');
    expect(valueGiven.stderr.split('\n')[0]).toBe(language === 'ru' ? 'list: параметр --json не принимает значений.' : 'list: --json seçimi dəyər qəbul etmir.');
    for (const run of [unknown, missing, status, noValue, valueGiven]) expect(run.stderr.split('\n')[0]).not.toMatch(/unknown|missing|must be|argument/iu);
  });
});
