/** The direction a language is written in. */
export type TextDirection = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924 codes, as in a language tag's script subtag). */
const rightToLeftScripts = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr', 'mend', 'yezi']);

/**
 * Languages whose usual script is right to left, when the tag names no
 * script: Arabic, Persian (and Dari), Hebrew (and its old code iw), Urdu,
 * Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Central Kurdish, Balochi,
 * Southern Azerbaijani (written in Arabic script in Iran), Kashmiri.
 */
const rightToLeftLanguages = new Set(['ar', 'fa', 'prs', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'bal', 'azb', 'ks']);

/**
 * The direction of a BCP 47 language tag: its script subtag decides when it
 * has one ("az-Arab" is right to left, "ku-Latn" and "ar-Latn" left to right),
 * otherwise its language. Unknown or empty tags are left to right.
 */
export function directionOfLanguage(tag: string): TextDirection {
  const subtags = tag.trim().toLowerCase().split(/[-_]/u);
  const script = subtags.slice(1).find((subtag) => /^[a-z]{4}$/u.test(subtag));
  if (script) return rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
  return rightToLeftLanguages.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}

export const isRightToLeft = (tag: string): boolean => directionOfLanguage(tag) === 'rtl';
