import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run-cli';

beforeAll(() => buildCli(), 60_000);

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
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
