import { beforeAll, describe, expect, it } from 'vitest';
import { cliCommands, usage, wrapText } from '../../electron/cli/cli';
import { createTranslator } from '../../shared/i18n/translator';
// COLUMNS is read by the bin's entry (electron/cli/main.ts), so these run the real process.
import { buildCli, runCliProcess as runCli } from './run-cli';

const english = createTranslator('en');

beforeAll(() => buildCli(), 60_000);

const longest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

describe('briefing-desk --help', { timeout: 60_000 }, () => {
  it.each([50, 80, 132])('fits a terminal %i columns wide and still names every command with its options', (columns) => {
    const help = usage(columns);
    expect(longest(help)).toBeLessThanOrEqual(columns);
    for (const command of cliCommands) {
      expect(help.replace(/\s+/gu, ' ')).toContain(`${command.name} ${command.usage}`);
      expect(help.replace(/\s+/gu, ' ')).toContain(english(command.summary));
    }
  });

  it('wraps to the width the shell gives, and to 80 columns through a pipe without one', async () => {
    const narrow = await runCli(['--help'], { env: { COLUMNS: '56' } });
    expect(narrow.code).toBe(0);
    expect(longest(narrow.stdout)).toBeLessThanOrEqual(56);
    expect(narrow.stdout).toContain('Usage: briefing-desk');

    const piped = await runCli(['--help'], { env: { COLUMNS: '' } });
    expect(longest(piped.stdout)).toBeLessThanOrEqual(80);
    expect(longest(piped.stdout)).toBeGreaterThan(56);
  });

  it('breaks lines only between words, keeping a word longer than the line whole', () => {
    expect(wrapText('one two three four', 9, '  ', '    ')).toEqual(['  one two', '    three', '    four']);
    expect(wrapText('a --format=pdf|docx|html|txt b', 10)).toEqual(['a', '--format=pdf|docx|html|txt', 'b']);
  });
});
