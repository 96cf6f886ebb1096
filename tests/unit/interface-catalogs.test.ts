import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interfaceLanguages } from '../../shared/i18n/interface-language';
import { catalogs, type MessageKey } from '../../shared/i18n/messages';

const root = fileURLToPath(new URL('../..', import.meta.url));
const english = catalogs.en;
const keys = Object.keys(english) as MessageKey[];

/** Each placeholder of a message as `name:kind`, and each plural's or select's branch names, however deeply nested. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`${element.value}:text`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.plural:
        found.add(`${element.value}:plural`);
        for (const option of Object.values(element.options)) placeholders(option.value, found);
        break;
      case TYPE.select:
        found.add(`${element.value}:select(${Object.keys(element.options).sort().join('|')})`);
        for (const option of Object.values(element.options)) placeholders(option.value, found);
        break;
      case TYPE.tag:
        found.add(`<${element.value}>`);
        placeholders(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

function plurals(elements: MessageFormatElement[], found: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) plurals(option.value, found);
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) plurals(option.value, found);
    }
  }
  return found;
}

/** The program's own source, where message ids are written: everything but tests and the catalogs themselves. */
function sourceText(): string {
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const layer of ['shared', 'electron', 'renderer']) walk(join(root, layer));
  return texts.join('\n');
}

describe('the interface catalogs', () => {
  it.each(interfaceLanguages)('%s has exactly the English keys', (language) => {
    const own = Object.keys(catalogs[language]);
    expect(keys.filter((key) => !own.includes(key)), `missing from ${language}`).toEqual([]);
    expect(own.filter((key) => !(key in english)), `in ${language} but not in English`).toEqual([]);
  });

  it.each(interfaceLanguages.filter((language) => language !== 'en'))('%s has the same placeholders as English in every message, and every message is translated', (language) => {
    const differences: string[] = [];
    for (const key of keys) {
      const theirs = catalogs[language][key];
      if (theirs.trim() === '') differences.push(`${key}: empty`);
      const expected = [...placeholders(parse(english[key]))].sort();
      const actual = [...placeholders(parse(theirs))].sort();
      if (expected.join() !== actual.join()) differences.push(`${key}: ${actual.join(', ')} instead of ${expected.join(', ')}`);
    }
    expect(differences).toEqual([]);
  });

  it('every plural has the branches its language needs', () => {
    const needed: Record<string, string[]> = { en: ['one', 'other'], az: ['other'], tr: ['other'], ru: ['one', 'few', 'many', 'other'] };
    const lacking: string[] = [];
    for (const language of interfaceLanguages) {
      for (const key of keys) {
        for (const branches of plurals(parse(catalogs[language][key]))) {
          const missing = (needed[language] ?? ['other']).filter((branch) => !branches.includes(branch));
          if (missing.length > 0) lacking.push(`${language} ${key}: no ${missing.join(', ')}`);
        }
      }
    }
    expect(lacking).toEqual([]);
  });

  it('has no message that no code uses (every id is written whole in the source, never pieced together)', () => {
    const source = sourceText();
    const unused = keys.filter((key) => !source.includes(`'${key}'`));
    expect(unused, `ids in no file under ${relative(process.cwd(), root) || '.'}`).toEqual([]);
  });

  it('writes Azerbaijani in Latin script and Russian in Cyrillic', () => {
    const cyrillic = /\p{Script=Cyrillic}/u;
    for (const key of keys) {
      expect(catalogs.az[key], key).not.toMatch(cyrillic);
      expect(catalogs.tr[key], key).not.toMatch(cyrillic);
    }
    const russianWords = keys.filter((key) => cyrillic.test(catalogs.ru[key]));
    // Everything but names of programs, formats and keys ("Word", "DOCX", "Ctrl+,") is Russian.
    expect(russianWords.length / keys.length).toBeGreaterThan(0.95);
  });
});
