import { formatInterfaceDate } from '../../shared/i18n/interface-format';
import type { InterfaceLanguage } from '../../shared/i18n/interface-language';

/**
 * A timestamp for people, local time to the minute. In English the way a file manager shows it
 * (`2025-11-21 14:30`); in the other languages as the interface writes dates (`21 noy 2025, 14:30`).
 */
export function humanTime(iso: string, language: InterfaceLanguage = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language !== 'en') return formatInterfaceDate(date, language, 'date-and-time');
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Rows as aligned columns; the last column is never padded, so long titles do not drag trailing spaces. */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, [...cell].length)));
  return rows
    .map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length))).join('  '))
    .join('\n');
}

/** Stable, pretty JSON for scripts, with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
