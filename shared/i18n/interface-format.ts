import { format, type Locale } from 'date-fns';
import { az } from 'date-fns/locale/az';
import { ru } from 'date-fns/locale/ru';
import { tr } from 'date-fns/locale/tr';
import { lowerCaseIn } from '../document/language/text-case';
import type { InterfaceLanguage } from './interface-language';

/**
 * Dates and numbers in the interface, in the interface language (a briefing's own dates follow the
 * briefing's language: see shared/document/language/date-format.ts).
 *
 * English keeps the runtime's `Intl` with the system's own locale, as the app always has. Azerbaijani,
 * Russian and Turkish come from date-fns's locale data: the Chromium here has no Azerbaijani data at
 * all ("2025 M11 21", numbers as "12,345.5"), and one source keeps the three alike.
 */
export type InterfaceDateStyle = 'date' | 'day-and-month' | 'time' | 'date-and-time';

const dateFnsLocales: Record<Exclude<InterfaceLanguage, 'en'>, Locale> = { az, ru, tr };
const patterns: Record<InterfaceDateStyle, string> = {
  date: 'd MMM yyyy',
  'day-and-month': 'd MMM',
  time: 'HH:mm',
  'date-and-time': 'd MMM yyyy, HH:mm',
};
const englishOptions: Record<InterfaceDateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  'day-and-month': { day: 'numeric', month: 'short' },
  time: { hour: '2-digit', minute: '2-digit' },
  'date-and-time': { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/**
 * `date` in the interface language. `utc` shows a calendar date stored at midnight UTC without a shift;
 * otherwise the computer's own clock. `englishLocale` is the system's locale for English (undefined: the runtime's).
 */
export function formatInterfaceDate(date: Date, language: InterfaceLanguage, style: InterfaceDateStyle, options: { utc?: boolean; englishLocale?: string } = {}): string {
  if (Number.isNaN(date.getTime())) return '';
  if (language === 'en') return new Intl.DateTimeFormat(options.englishLocale, { ...englishOptions[style], ...(options.utc ? { timeZone: 'UTC' } : {}) }).format(date);
  const shown = options.utc ? new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()) : date;
  const written = format(shown, patterns[style], { locale: dateFnsLocales[language] });
  // Azerbaijani writes month names in lower case inside a date; date-fns's data capitalises them.
  return language === 'az' ? lowerCaseIn(written, 'az') : written;
}

/** A number in the interface language: "12,345" in English, "12.345" in Azerbaijani and Turkish, "12 345" in Russian. */
export function formatInterfaceNumber(value: number, language: InterfaceLanguage): string {
  // Azerbaijani groups and marks decimals as Turkish does (CLDR); Chromium has Turkish data but no Azerbaijani.
  return new Intl.NumberFormat(language === 'az' ? 'tr' : language).format(value);
}
