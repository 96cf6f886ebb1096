import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './export/export-options';
import { fileNameProblem, safeFileName } from './file-name';

const platforms = ['win32', 'darwin', 'linux'] as const;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('suggestedFileName (the export dialog)', () => {
  it.each([
    ['Встреча в Баку', 'Встреча в Баку.pdf'],
    ['Baş nazir Əli Əsədov ITU rəhbəri ilə görüşüb', 'Baş nazir Əli Əsədov ITU rəhbəri ilə görüşüb.pdf'],
    // Decomposed letters (as macOS writes them) become the composed ones.
    ['Bak\u0131 go\u0308ru\u0308s\u0327u\u0308', 'Bakı görüşü.pdf'],
    ['../../etc/passwd', 'etc passwd.pdf'],
    ['..\\..\\Windows\\System32\\drivers', 'Windows System32 drivers.pdf'],
    ['Q&A: 21/11 "draft" <v2>? *final*|', 'Q&A 21 11 draft v2 final.pdf'],
    ['CON', 'CON_.pdf'],
    ['nul', 'nul_.pdf'],
    ['Com1', 'Com1_.pdf'],
    ['LPT9 ', 'LPT9_.pdf'],
    ['con.txt notes', 'con_.txt notes.pdf'],
    ['CONSOLE', 'CONSOLE.pdf'],
    ['COM10', 'COM10.pdf'],
    ['Readout...', 'Readout.pdf'],
    ['Readout . . ', 'Readout.pdf'],
    ['.NET briefing', 'NET briefing.pdf'],
    ['  ...  ', 'Briefing.pdf'],
    ['', 'Briefing.pdf'],
    // A right-to-left override that would show "Invoiceexe.pdf" as "Invoicefdp.exe": removed, as are zero-width spaces.
    ['Invoice\u202Efdp.exe', 'Invoicefdp.exe.pdf'],
    ['Zero\u200Bwidth\uFEFF', 'Zerowidth.pdf'],
    ['Line\none\ttab\u0000nul\u007fdel', 'Line one tab nul del.pdf'],
  ])('%j → %j', (title, name) => {
    expect(suggestedFileName(title, 'pdf')).toBe(name);
  });

  it('cuts a long title at a letter, within 120 letters and 200 bytes, in any script', () => {
    expect(suggestedFileName('x'.repeat(300), 'pdf')).toBe(`${'x'.repeat(120)}.pdf`);
    const cyrillic = suggestedFileName('Встреча Премьер-министра '.repeat(20), 'docx');
    expect(bytes(cyrillic)).toBeLessThanOrEqual(205);
    expect(cyrillic).toMatch(/^Встреча Премьер-министра .*[^ .]\.docx$/u);
    // Emoji with skin tones and joiners stay whole.
    const emoji = suggestedFileName('👩🏽‍💻'.repeat(100), 'txt');
    expect(bytes(emoji)).toBeLessThanOrEqual(204);
    expect(emoji.replace(/\.txt$/u, '').replaceAll('👩🏽‍💻', '')).toBe('');
  });

  it('gives names every platform accepts, for 2,000 hostile titles', () => {
    // Seeded: the same titles every run.
    let state = 20_261_129;
    const random = () => ((state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
    const parts = ['CON', 'nul', 'COM1', 'lpt3', '.', '..', ' ', '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\n', '\u202E', '\u200B',
      'ə', 'İ', 'ş', 'Ж', 'ё', '👩🏽‍💻', '語', 'a', 'Z', '7', '-', '.pdf', '  ..  '];
    for (let title = 0; title < 2000; title += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 80) }, () => parts[Math.floor(random() * parts.length)] ?? '').join('');
      const name = suggestedFileName(text, 'docx');
      for (const platform of platforms) expect(fileNameProblem(name, platform), `${JSON.stringify(text)} → ${JSON.stringify(name)} on ${platform}`).toBeUndefined();
      expect(bytes(name)).toBeLessThanOrEqual(205);
      expect(name.startsWith('.')).toBe(false);
    }
  });

  it('uses the fallback when nothing usable is left', () => {
    expect(safeFileName('\u202E\u200B<>', { fallback: 'Untitled briefing', maxCharacters: 80, maxBytes: 200 })).toBe('Untitled briefing');
  });
});

describe('fileNameProblem (a name typed for --out)', () => {
  it.each([
    ['CON', 'Windows keeps the name “CON” for a device; choose another file name'],
    ['con.pdf', 'Windows keeps the name “con” for a device; choose another file name'],
    ['NUL.briefing.json', 'Windows keeps the name “NUL” for a device; choose another file name'],
    ['COM1 .docx', 'Windows keeps the name “COM1” for a device; choose another file name'],
    ['LPT1', 'Windows keeps the name “LPT1” for a device; choose another file name'],
    ['report.', 'Windows drops a dot or space at the end of a file name; end it with a letter or digit'],
    ['report ', 'Windows drops a dot or space at the end of a file name; end it with a letter or digit'],
    ['a<b>.pdf', 'Windows does not allow < > : " / \\ | ? * or control characters in a file name'],
    ['12:30 readout.pdf', 'Windows does not allow < > : " / \\ | ? * or control characters in a file name'],
    ['what?.pdf', 'Windows does not allow < > : " / \\ | ? * or control characters in a file name'],
    ['x'.repeat(256), 'the file name is too long (at most 255 characters)'],
  ])('Windows refuses %j: %s', (name, problem) => {
    expect(fileNameProblem(name, 'win32')).toBe(problem);
  });

  it('accepts on Linux and macOS what only Windows refuses, and refuses what they refuse', () => {
    for (const platform of ['linux', 'darwin']) {
      for (const name of ['CON', 'con.pdf', 'report.', 'a<b>.pdf', '12:30 readout.pdf', 'x'.repeat(255)]) expect(fileNameProblem(name, platform), name).toBeUndefined();
      expect(fileNameProblem('x'.repeat(256), platform)).toBe('the file name is too long (at most 255 bytes)');
      // 128 Cyrillic letters are 256 bytes: too long there, while Windows (counting characters) takes them.
      expect(fileNameProblem('я'.repeat(128), platform)).toBe('the file name is too long (at most 255 bytes)');
    }
    expect(fileNameProblem('я'.repeat(128), 'win32')).toBeUndefined();
  });

  it('refuses what is not a file name anywhere', () => {
    for (const platform of platforms) {
      expect(fileNameProblem('..', platform)).toBe('that is a folder, not a file name');
      expect(fileNameProblem('a\u0000b', platform)).toBe('a file name cannot contain a NUL character');
      expect(fileNameProblem('Встреча в Баку.pdf', platform)).toBeUndefined();
      expect(fileNameProblem('CONSOLE.pdf', platform)).toBeUndefined();
    }
  });
});
