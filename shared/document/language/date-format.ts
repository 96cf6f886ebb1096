import type { Locale } from 'date-fns';
import { ar as arLocale } from 'date-fns/locale/ar';
import { az as azLocale } from 'date-fns/locale/az';
import { ru as ruLocale } from 'date-fns/locale/ru';
import { tr as trLocale } from 'date-fns/locale/tr';
import { enUS } from 'date-fns/locale/en-US';
import { documentLanguageOf, type DocumentLanguage } from './document-language';
import { genitive, numberLocative, ordinal } from './azerbaijani-grammar';
import { lowerCaseIn } from './text-case';

/**
 * Dates and times as each country's official press writes them, from
 * date-fns's locale data rather than the runtime's `Intl`: Electron's and
 * Debian's Chromium lack some locales (their ICU has no Azerbaijani month
 * names and prints "2025 M11 21"), and a date must read the same in the
 * editor, the Details panel, every export and the command line.
 *
 *   en     November 21, 2025 · 02:05 PM      (en-GB and other English: 21 November 2025 · 14:05)
 *   az     21 noyabr 2025-ci il · 14:05
 *   ru     21 ноября 2025 года · 14:05
 *   tr     21 Kasım 2025 · 14.05             (the Turkish Language Association writes a point in times)
 *   ar     21 نوفمبر 2025 · 14:05
 */
const locales: Record<DocumentLanguage, Locale> = { en: enUS, az: azLocale, ru: ruLocale, tr: trLocale, ar: arLocale };

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** The month's name as it stands in a date ("21 ноября": the genitive in Russian), in the language's own case. */
export function monthName(language: DocumentLanguage, month: number): string {
  const name = locales[language].localize.month((month - 1) as 0, { width: 'wide', context: 'formatting' });
  // Azerbaijani writes months in lower case inside a date; date-fns's data capitalises them.
  return language === 'az' ? lowerCaseIn(name, 'az') : name;
}

/** English outside these regions (and plain "en") is written month first, the way the app always has. */
const dayFirstEnglish = new Set(['GB', 'IE', 'AU', 'NZ', 'IN', 'ZA', 'SG', 'MT', 'CY', '150', '001']);
const usesUsOrder = (tag: string): boolean => !dayFirstEnglish.has(tag.split('-')[1]?.toUpperCase() ?? '');

/** A calendar date in the language of `tag`, or undefined for a language whose conventions the app does not carry. */
export function writtenDate(date: CalendarDate, tag: string): string | undefined {
  const language = documentLanguageOf(tag);
  if (!language) return undefined;
  const month = monthName(language, date.month);
  switch (language) {
    case 'en':
      return usesUsOrder(tag) ? `${month} ${date.day}, ${date.year}` : `${date.day} ${month} ${date.year}`;
    case 'az':
      return `${date.day} ${month} ${ordinal(date.year)} il`;
    case 'ru':
      return `${date.day} ${month} ${date.year} года`;
    case 'tr':
    case 'ar':
      return `${date.day} ${month} ${date.year}`;
  }
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** A wall-clock time in the language of `tag`, or undefined for a language the app does not carry. */
export function writtenTime(hours: number, minutes: number, tag: string): string | undefined {
  const language = documentLanguageOf(tag);
  if (!language) return undefined;
  if (language === 'en' && usesUsOrder(tag)) return `${twoDigits(hours % 12 === 0 ? 12 : hours % 12)}:${twoDigits(minutes)} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${twoDigits(hours)}${language === 'tr' ? '.' : ':'}${twoDigits(minutes)}`;
}

/** A date and a time together, or undefined for a language the app does not carry. */
export function writtenDateTime(date: CalendarDate, hours: number, minutes: number, tag: string): string | undefined {
  const day = writtenDate(date, tag);
  const time = writtenTime(hours, minutes, tag);
  if (day === undefined || time === undefined) return undefined;
  switch (documentLanguageOf(tag)) {
    case 'az':
      return `${day}, saat ${time}`;
    case 'tr':
      return `${day}, saat ${time}`;
    case 'ar':
      return `${day}، الساعة ${time}`;
    case 'ru':
      return `${day}, ${time}`;
    default:
      return `${day} at ${time}`;
  }
}

/**
 * The date as it opens a sentence in a lede, or undefined where the
 * language has no such form here: "On November 21, 2025" is built by the
 * English pattern; Azerbaijani says "2025-ci il noyabrın 21-də".
 */
export function dateInRunningText(date: CalendarDate, tag: string): string | undefined {
  const language = documentLanguageOf(tag);
  if (language === 'az') return `${ordinal(date.year)} il ${genitive(monthName('az', date.month))} ${numberLocative(date.day)}`;
  return writtenDate(date, tag);
}
