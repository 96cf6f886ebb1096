import { describe, expect, it } from 'vitest';
import { formatInterfaceDate, formatInterfaceNumber } from './interface-format';
import { matchInterfaceLanguage, resolveInterfaceLanguage } from './interface-language';
import { createTranslator } from './translator';

describe('the interface language', () => {
  it('follows the first system language that has a catalog, English otherwise', () => {
    expect(matchInterfaceLanguage(['az-Latn-AZ', 'en-US'])).toBe('az');
    expect(matchInterfaceLanguage(['de-DE', 'ru-RU'])).toBe('ru');
    expect(matchInterfaceLanguage(['tr_TR.UTF-8'])).toBe('tr');
    expect(matchInterfaceLanguage(['fr-FR', 'de'])).toBe('en');
    expect(matchInterfaceLanguage([])).toBe('en');
  });

  it('takes the choice made in Settings over the system', () => {
    expect(resolveInterfaceLanguage('ru', ['az-AZ'])).toBe('ru');
    expect(resolveInterfaceLanguage(null, ['az-AZ'])).toBe('az');
  });

  it('fills placeholders and names in the chosen language', () => {
    expect(createTranslator('az')('menu.about', { appName: 'Briefing Desk' })).toBe('Briefing Desk haqqında');
    expect(createTranslator('ru')('command.moveToTrash')).toBe('Переместить в корзину');
    expect(createTranslator('en')('library.showing', { shown: '200', total: '1,204' })).toBe('Showing 200 of 1,204. Search or filter to narrow them down.');
  });

  it('writes dates and numbers as each language does, Azerbaijani without the runtime\'s locale data', () => {
    const day = new Date(Date.UTC(2025, 10, 21));
    expect(formatInterfaceDate(day, 'az', 'date', { utc: true })).toBe('21 noy 2025');
    expect(formatInterfaceDate(day, 'ru', 'date', { utc: true })).toBe('21 нояб. 2025');
    expect(formatInterfaceDate(day, 'tr', 'date', { utc: true })).toBe('21 Kas 2025');
    expect(formatInterfaceDate(day, 'en', 'date', { utc: true, englishLocale: 'en-GB' })).toBe('21 Nov 2025');
    expect(formatInterfaceNumber(12345.5, 'az')).toBe('12.345,5');
    expect(formatInterfaceNumber(12345, 'ru')).toBe('12\u00a0345');
    expect(formatInterfaceNumber(12345, 'en')).toBe('12,345');
  });
});

describe('the command line language', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, and keeps English for C and for languages without a catalog', async () => {
    const { languageFromEnvironment } = await import('./locale-environment');
    expect(languageFromEnvironment({ LANG: 'az_AZ.UTF-8' })).toBe('az');
    expect(languageFromEnvironment({ LANG: 'az_AZ.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' })).toBe('ru');
    expect(languageFromEnvironment({ LANG: 'ru_RU.UTF-8', LC_ALL: 'tr_TR.UTF-8' })).toBe('tr');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({})).toBe('en');
  });
});
