import { documentLanguageOf } from './document-language';

/** Languages whose dotted and dotless i are two letters: i ↔ İ, ı ↔ I. */
const turkicLanguages = new Set(['az', 'tr', 'crh', 'kk', 'tt', 'ba', 'gag']);

function isTurkic(tag: string): boolean {
  return turkicLanguages.has(tag.split('-')[0]?.toLowerCase() ?? '') && !/-Cyrl\b/iu.test(tag);
}

/**
 * Upper case by the rules of the text's own language: "İştirakçılar" →
 * "İŞTİRAKÇILAR" in Azerbaijani, "Occasion" → "OCCASION" in English. Done
 * here rather than with `toLocaleUpperCase(tag)`, which falls back to the
 * default rules where the runtime lacks the locale.
 */
export function upperCaseIn(text: string, tag: string): string {
  if (isTurkic(tag)) return text.replace(/i/gu, 'İ').replace(/ı/gu, 'I').toUpperCase();
  return text.toUpperCase();
}

/** Lower case by the rules of the text's own language: "İŞTİRAKÇILAR" → "iştirakçılar" in Azerbaijani. */
export function lowerCaseIn(text: string, tag: string): string {
  if (isTurkic(tag)) return text.replace(/İ/gu, 'i').replace(/I/gu, 'ı').toLowerCase();
  return text.toLowerCase();
}

export { documentLanguageOf };
