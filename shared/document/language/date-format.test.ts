import { describe, expect, it } from 'vitest';
import { dateInRunningText, writtenDate, writtenDateTime } from './date-format';
import { genitive, locative, numberLocative, ordinal, possessiveTitle } from './azerbaijani-grammar';

describe('dates as each country’s press writes them', () => {
  it.each([
    ['az', { year: 2024, month: 5, day: 18 }, '18 may 2024-cü il'],
    ['az', { year: 2026, month: 6, day: 1 }, '1 iyun 2026-cı il'],
    ['az', { year: 2030, month: 9, day: 30 }, '30 sentyabr 2030-cu il'],
    ['ru', { year: 2015, month: 3, day: 8 }, '8 марта 2015 года'],
    ['tr', { year: 2025, month: 8, day: 30 }, '30 Ağustos 2025'],
    ['ar', { year: 2025, month: 1, day: 2 }, '2 يناير 2025'],
    ['en-GB', { year: 2015, month: 11, day: 18 }, '18 November 2015'],
    ['en', { year: 2015, month: 11, day: 18 }, 'November 18, 2015'],
  ])('%s writes %o as "%s"', (language, date, expected) => {
    expect(writtenDate(date, language)).toBe(expected);
  });

  it('leaves languages the app carries no conventions for to Intl', () => {
    expect(writtenDate({ year: 2025, month: 11, day: 21 }, 'fr')).toBeUndefined();
  });

  it('writes a date and a time in one phrase', () => {
    expect(writtenDateTime({ year: 2025, month: 11, day: 21 }, 18, 0, 'tr')).toBe('21 Kasım 2025, saat 18.00');
    expect(writtenDateTime({ year: 2025, month: 11, day: 21 }, 18, 0, 'ar')).toBe('21 نوفمبر 2025، الساعة 18:00');
  });

  it('opens an Azerbaijani sentence with the year’s ordinal and the day in the locative', () => {
    expect(dateInRunningText({ year: 2025, month: 11, day: 21 }, 'az')).toBe('2025-ci il noyabrın 21-də');
    expect(dateInRunningText({ year: 2024, month: 2, day: 6 }, 'az')).toBe('2024-cü il fevralın 6-da');
    expect(dateInRunningText({ year: 2022, month: 5, day: 10 }, 'az')).toBe('2022-ci il mayın 10-da');
  });
});

describe('Azerbaijani suffixes', () => {
  it.each([
    [2025, '2025-ci'], [2024, '2024-cü'], [2026, '2026-cı'], [2023, '2023-cü'], [2029, '2029-cu'], [2020, '2020-ci'], [2000, '2000-ci'], [2010, '2010-cu'], [2040, '2040-cı'],
  ])('ordinal of %i is %s', (year, expected) => {
    expect(ordinal(year)).toBe(expected);
  });

  it.each([[21, '21-də'], [6, '6-da'], [9, '9-da'], [30, '30-da'], [3, '3-də'], [20, '20-də']])('locative of the day %i is %s', (day, expected) => {
    expect(numberLocative(day)).toBe(expected);
  });

  it.each([
    ['Azərbaycan Respublikası', 'Azərbaycan Respublikasının'],
    ['Gürcüstan', 'Gürcüstanın'],
    ['Türkiyə Respublikası', 'Türkiyə Respublikasının'],
    ['Beynəlxalq Elektrik Rabitəsi İttifaqı', 'Beynəlxalq Elektrik Rabitəsi İttifaqının'],
    ['BMT', 'BMT-nin'],
    ['Rusiya Federasiyası', 'Rusiya Federasiyasının'],
    ['Özbəkistan', 'Özbəkistanın'],
  ])('genitive of %s is %s', (organisation, expected) => {
    expect(genitive(organisation)).toBe(expected);
  });

  it.each([['Bakı', 'Bakıda'], ['Tbilisi', 'Tbilisidə'], ['London', 'Londonda'], ['Ankara', 'Ankarada'], ['Daşkənd', 'Daşkənddə'], ['Şuşa', 'Şuşada']])(
    'locative of %s is %s',
    (place, expected) => {
      expect(locative(place)).toBe(expected);
    },
  );

  it.each([
    ['Baş nazir', 'Baş naziri'],
    ['Prezident', 'Prezidenti'],
    ['Baş katib', 'Baş katibi'],
    ['Xarici işlər naziri', 'Xarici işlər naziri'],
    ['Baş direktor', 'Baş direktoru'],
    ['Səfir', 'Səfiri'],
    ['Nümayəndə', 'Nümayəndəsi'],
  ])('a title after a genitive: %s → %s', (title, expected) => {
    expect(possessiveTitle(title)).toBe(expected);
  });
});
