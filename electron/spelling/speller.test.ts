import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDictionarySource } from './bundled-dictionaries';
import { Speller } from '../../shared/spelling/speller';
import { wordsToCheck } from '../../shared/spelling/words';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('the speller over the bundled Hunspell dictionaries', () => {
  let speller: Speller;
  beforeAll(async () => {
    speller = await Speller.create(bundledDictionarySource(projectRoot));
    for (const language of ['az', 'en', 'ru', 'tr']) expect(await speller.prepare(language)).toBe(true);
  }, 60_000);

  it('Azerbaijani: a word typed without its letters gets the right one first', () => {
    expect(speller.isCorrect('gorusme', 'az')).toBe(false);
    expect(speller.suggest('gorusme', 'az')[0]).toBe('görüşmə');
    expect(speller.suggest('gorusmeler', 'az')).toContain('görüşmələr');
    expect(speller.suggest('emekdasliq', 'az')).toContain('əməkdaşlıq');
    expect(speller.suggest('Azerbaycan', 'az-Latn-AZ')[0]).toBe('Azərbaycan');
  });

  it('Azerbaijani: correct words with ə, ı and İ pass, in capitals by Turkish rules too', () => {
    const text = 'İlham Əliyev ölkələr arasında əməkdaşlıq istiqamətində görüşmələr keçirib. QIRMIZI İŞIQ';
    expect(speller.misspellings({ text, language: 'az' }).map((found) => found.word)).toEqual(['Əliyev']);
    for (const word of ['İlham', 'ilham', 'qırmızı', 'Qırmızı', 'İşıq', 'Bakı']) expect(speller.isCorrect(word, 'az')).toBe(true);
  });

  it('Russian: a misspelt word is flagged with the right suggestion', () => {
    expect(speller.misspellings({ text: 'Министер встретился с делегацией.', language: 'ru' }).map((found) => found.word)).toEqual(['Министер']);
    expect(speller.suggest('министер', 'ru')).toContain('министр');
  });

  it('English: "recieve" is flagged and "receive" suggested; a contraction with a typographic apostrophe passes', () => {
    expect(speller.misspellings({ text: 'The sides did not recieve the draft, and don’t expect it.', language: 'en-GB' }).map((found) => found.word)).toEqual(['recieve']);
    expect(speller.suggest('recieve', 'en')[0]).toBe('receive');
  });

  it('Turkish: the packaged dictionary checks Turkish', () => {
    expect(speller.isCorrect('görüşme', 'tr')).toBe(true);
    expect(speller.isCorrect('İstanbul', 'tr')).toBe(true);
    expect(speller.isCorrect('gorusme', 'tr')).toBe(false);
  });

  it('a language without a dictionary flags nothing', async () => {
    expect(await speller.prepare('ar')).toBe(false);
    expect(speller.misspellings({ text: 'qwertyuiop asdfgh', language: 'ar' })).toEqual([]);
  });

  it('accepted words (personal dictionary, directory names) are never flagged, whatever their case', () => {
    expect(speller.isCorrect('Bogdan-Martin', 'en')).toBe(false);
    speller.setAcceptedWords(['Bogdan-Martin', 'Əliyev']);
    expect(speller.misspellings({ text: 'Bogdan-Martin met Əliyev and Mrazvek.', language: 'en' }).map((found) => found.word)).toEqual(['Mrazvek']);
    expect(speller.isCorrect('əliyev', 'az')).toBe(true);
    speller.setAcceptedWords([]);
    expect(speller.isCorrect('Əliyev', 'az')).toBe(false);
  });
});

describe('the words spelling looks at', () => {
  it('skips numbers, acronyms, single letters and addresses, and keeps apostrophes and hyphens inside words', () => {
    const text = 'COVID-19 BMT 2025-ci a ab-hava İstanbul’da see https://example.org/pagee or press@mfa.gov.az';
    expect(wordsToCheck(text).map((found) => found.word)).toEqual(['ab-hava', 'İstanbul’da', 'see', 'or']);
    const [first] = wordsToCheck('  Salam dünya');
    expect(first).toEqual({ word: 'Salam', start: 2, end: 7 });
  });
});
