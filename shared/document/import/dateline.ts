import { ar as arLocale } from 'date-fns/locale/ar';
import { az as azLocale } from 'date-fns/locale/az';
import { enUS } from 'date-fns/locale/en-US';
import { ru as ruLocale } from 'date-fns/locale/ru';
import { tr as trLocale } from 'date-fns/locale/tr';
import { isIsoDate } from '../field-format';
import { headingKey } from './imported-document';

/** Month names in every language the app writes, in the forms a date uses and the forms a calendar uses ("ноября", "ноябрь"), by folded key. */
const months = new Map<string, number>();
for (const locale of [enUS, azLocale, ruLocale, trLocale, arLocale]) {
  for (let month = 0; month < 12; month += 1) {
    for (const context of ['formatting', 'standalone'] as const) {
      for (const width of ['wide', 'abbreviated'] as const) {
        months.set(headingKey(locale.localize.month(month as 0, { width, context }).replace(/\.$/u, '')), month + 1);
      }
    }
  }
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "18 November 2015", "18 may 2022", "21 noyabr 2025-ci il", "21 ноября 2025 года", "November 21, 2025" at the end of a line. */
const dayFirst = /(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})(?:-?c[ıiuü]\s+il|\s+года|\s+г\.)?\s*$/u;
const monthFirst = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})\s*$/u;

/** The month number (1–12) of a month word in any of the app's languages and forms ("noyabr", "ноября", "Kasım", "نوفمبر"). */
export function monthOfWord(word: string): number | undefined {
  return months.get(headingKey(word.replace(/\.$/u, '')));
}

export interface Dateline {
  /** The place as written before the date: "London", "Bakı, Azərbaycan". */
  place: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/**
 * A dateline line of a Word draft — a place, then a date in any of the app's
 * languages ("London, 18 November 2015", "Bakı, 18 may 2022", "Баку, Азербайджан —
 * 21 ноября 2025 года") — or undefined when the line is anything else.
 */
export function parseDateline(line: string): Dateline | undefined {
  const text = line.trim();
  if (text.length > 120) return undefined;
  const match = dayFirst.exec(text) ?? monthFirst.exec(text);
  if (!match) return undefined;
  const dayFirstMatch = match.length > 0 && dayFirst.test(text);
  const [day, monthWord, year] = dayFirstMatch ? [match[1], match[2], match[3]] : [match[2], match[1], match[3]];
  const month = months.get(headingKey(monthWord ?? ''));
  if (month === undefined) return undefined;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  if (!isIsoDate(date)) return undefined;
  const place = text.slice(0, match.index).replace(/[\s,.;:—–-]+$/u, '').trim();
  // A date with too much before it is a sentence that ends in a date, not a dateline.
  if (place.split(/\s+/u).length > 5) return undefined;
  return { place, date };
}
