import type { FormattedText, ListType } from '../briefing-body';
import { pasteAllowList } from './paste-allow-list';

export type Marks = Omit<FormattedText, 'text'>;

/** Reads one CSS declaration from a `style` attribute, lower-cased; later declarations win, as in CSS. */
export function styleValue(style: string, property: string): string | undefined {
  let found: string | undefined;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim().toLowerCase() === property) found = declaration.slice(colon + 1).trim().toLowerCase();
  }
  return found;
}

/**
 * The marks an inline style switches on or off. Google Docs marks text with
 * styles only (`font-weight:700`, `font-style:italic`), and wraps the whole
 * clipboard in `<b style="font-weight:normal">`, which must switch bold off.
 */
export function marksFromStyle(style: string, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  const weight = styleValue(style, 'font-weight');
  if (weight !== undefined) {
    const numeric = Number(weight);
    if (weight === 'bold' || weight === 'bolder' || (Number.isFinite(numeric) && numeric >= 600)) marks.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || (Number.isFinite(numeric) && numeric > 0)) delete marks.bold;
  }
  const fontStyle = styleValue(style, 'font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') marks.italic = true;
  else if (fontStyle === 'normal') delete marks.italic;
  const decoration = [styleValue(style, 'text-decoration'), styleValue(style, 'text-decoration-line')].filter(Boolean).join(' ');
  if (decoration.includes('underline')) marks.underline = true;
  if (decoration.includes('line-through')) marks.strikethrough = true;
  if (/(^|\s)none(\s|$)/.test(decoration)) {
    delete marks.underline;
    delete marks.strikethrough;
  }
  const vertical = styleValue(style, 'vertical-align');
  if (vertical === 'super') {
    marks.superscript = true;
    delete marks.subscript;
  } else if (vertical === 'sub') {
    marks.subscript = true;
    delete marks.superscript;
  } else if (vertical === 'baseline') {
    delete marks.superscript;
    delete marks.subscript;
  }
  return marks;
}

/** Word's list paragraphs: `mso-list:l0 level2 lfo1` → list 0, nesting level 2. */
export function msoListLevel(style: string): number | undefined {
  const value = styleValue(style, 'mso-list');
  const level = value && /\blevel(\d+)\b/.exec(value);
  return level ? Number(level[1]) : undefined;
}

/** The text Word puts in front of a list paragraph (`1.`, `a)`, `iv.`, `·`, `o`, `§`) tells numbered from bulleted. */
export function listTypeFromMarker(marker: string): ListType {
  return /^\(?([0-9]+|[a-z]{1,2}|[ivxlcdm]+)[.)]/i.test(marker.trim()) ? 'numbered' : 'bulleted';
}

/** Google Docs and web pages set `list-style-type` on the item; decimal, alpha and roman kinds are numbered. */
export function listTypeFromStyle(style: string): ListType | undefined {
  const type = styleValue(style, 'list-style-type');
  if (!type) return undefined;
  return /decimal|alpha|roman|latin|greek|numeric/.test(type) ? 'numbered' : 'bulleted';
}

const readableProperties = new Set<string>(pasteAllowList.styleProperties);

/**
 * Reduces a `style` attribute to the declarations the deserialiser reads,
 * with keyword and number values only, so no `url(…)`, `expression(…)` or
 * escaped text survives sanitising even though nothing ever renders it.
 */
export function readableStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().toLowerCase();
    if (readableProperties.has(property) && /^[a-z0-9 .-]{1,60}$/.test(value)) kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}
