import { documentLanguages } from '../language/document-language';
import { monthOfWord } from './dateline';
import { headingKey, type ReleaseHints } from './imported-document';

/**
 * The markings the app itself prints in each of its languages, by folded
 * text: a classification ("XİDMƏTİ İSTİFADƏ ÜÇÜN" is `official`) and the
 * immediate-release line. Read before the general patterns below, so a file
 * the app exported comes back with the value it was exported with.
 */
const ownClassifications = new Map<string, string>();
const ownImmediateLines = new Set<string>();
for (const strings of Object.values(documentLanguages)) {
  for (const [value, marking] of Object.entries(strings.classification)) ownClassifications.set(headingKey(marking), value);
  ownImmediateLines.add(headingKey(strings.release.immediate));
}
ownImmediateLines.add(headingKey('Immediate release'));
ownImmediateLines.add(headingKey('For release'));

/** Classification markings as press offices write them, by the option value of the templates' `classification` field. */
const classificationWords: [RegExp, string][] = [
  [/^(?:confidential|məxf[iİ]|конфиденциально)$/iu, 'confidential'],
  [/^(?:restricted|official[- ]sensitive)$/iu, 'restricted'],
  // "For official use" in the office's languages is the app's `official` (see each language's classification markings).
  [/^(?:official|xidməti istifadə üçün|для служебного пользования|дсп)$/iu, 'official'],
  [/^(?:public|unclassified)$/iu, 'public'],
];

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (value: number): string => String(value).padStart(2, '0');

function isoDateTime(year: number, month: number, day: number, hour: number, minute: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** The hour and minute in "18:00", "6 pm", "6:30 PM"; midnight when the line gives none. */
function timeOf(text: string): [number, number] {
  const match = /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?(?!\d)/iu.exec(text.replace(/\b\d{4}\b/gu, ''));
  if (!match || (!match[2] && !match[3])) return [0, 0];
  let hour = Number(match[1]);
  if (match[3]?.toLowerCase() === 'pm' && hour < 12) hour += 12;
  if (match[3]?.toLowerCase() === 'am' && hour === 12) hour = 0;
  return [hour, Number(match[2] ?? 0)];
}

/**
 * The moment in an embargo line, as written (a time zone the line names is
 * not converted): `2025-11-21 18:00`, `21.11.2025 18:00`, `21/11/2025`,
 * `21 November 2025 at 18:00`, `November 21, 2025, 6 pm`.
 */
export function embargoMoment(text: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/u.exec(text);
  if (iso) return isoDateTime(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0));
  const numeric = /(\d{1,2})[./](\d{1,2})[./](\d{4})(.*)$/u.exec(text);
  if (numeric) return isoDateTime(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), ...timeOf(numeric[4] ?? ''));
  const lower = text.toLocaleLowerCase('en');
  const dayFirst = /(\d{1,2})\s+([a-z]+)\s+(\d{4})(.*)$/u.exec(lower);
  const monthFirst = /([a-z]+)\s+(\d{1,2}),?\s+(\d{4})(.*)$/u.exec(lower);
  const candidates: (string | undefined)[][] = [];
  if (dayFirst) candidates.push([dayFirst[1], dayFirst[2], dayFirst[3], dayFirst[4]]);
  if (monthFirst) candidates.push([monthFirst[2], monthFirst[1], monthFirst[3], monthFirst[4]]);
  for (const [dayText, monthText, year, rest] of candidates) {
    if (dayText === undefined || monthText === undefined || year === undefined) continue;
    const month = months.findIndex((name) => monthText.length >= 3 && name.startsWith(monthText));
    if (month >= 0) return isoDateTime(Number(year), month + 1, Number(dayText), ...timeOf(rest ?? ''));
  }
  // The app's other languages as it writes them: "1 dekabr 2026-cı il, saat 10:00", "1 декабря 2026 года, 10:00", "1 Aralık 2026, saat 10.00".
  const written = /(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})(.*)$/u.exec(text);
  const writtenMonth = written ? monthOfWord(written[2] ?? '') : undefined;
  if (written && writtenMonth !== undefined) return isoDateTime(Number(written[3]), writtenMonth, Number(written[1]), ...timeOf((written[4] ?? '').replace(/(\d{1,2})\.(\d{2})/u, '$1:$2')));
  return undefined;
}

// Letters around, not \b: \b knows only ASCII letters, and the word may be Cyrillic.
const embargoPattern = /(?<!\p{L})(?:embargo(?:ed)?|embarqo|эмбарго|ambargo(?:lu)?|محظور النشر|يُ?حظر النشر(?:\s+قبل)?)(?!\p{L})(?:\s+(?:until|till|to|до|qədər))?\s*:?\s*(.*)$/iu;

/**
 * What header and footer lines (and the lines above a document's title) say
 * about release and classification. A classification counts only as a
 * marking of its own (a line or a part of one between tabs, `·` or `|`), so
 * "an official visit" is not read as one.
 */
export function releaseHints(lines: readonly string[]): ReleaseHints {
  const hints: ReleaseHints = { lines: [] };
  for (const line of lines) {
    let used = false;
    const embargo = embargoPattern.exec(line);
    if (embargo) {
      hints.embargoed = true;
      const until = embargoMoment(embargo[1] ?? '');
      if (until !== undefined) hints.embargoUntil ??= until;
      used = true;
    }
    if (ownImmediateLines.has(headingKey(line))) {
      hints.immediate = true;
      used = true;
    }
    for (const part of line.split(/[\t·|]|\s[-–—]\s/u)) {
      const marking = part.replace(/^\s*classification\s*:\s*/iu, '').trim();
      const value = ownClassifications.get(headingKey(marking)) ?? classificationWords.find(([pattern]) => pattern.test(marking))?.[1];
      if (value !== undefined) {
        hints.classification ??= value;
        used = true;
      }
    }
    if (used) hints.lines.push(line.trim());
  }
  return hints;
}
