import { sayLocalised, type LocalisedValue } from '../ipc/ipc-result';
import type { Translate } from './messages';

/** "A, B and C" in the reader's language, each name a text or a catalog clause (`list.comma`, `list.and`). */
export function listed(names: readonly LocalisedValue[]): LocalisedValue {
  if (names.length <= 1) return names[0] ?? '';
  const init = names.slice(0, -1).reduceRight<LocalisedValue | undefined>((rest, name) => (rest === undefined ? name : { id: 'list.comma', values: { first: name, rest } }), undefined) ?? '';
  return { id: 'list.and', values: { first: init, last: names.at(-1) ?? '' } };
}

/**
 * Names as one list in `t`'s language ("A, B and C", "A, B və C", "A, B и C"), from the catalogs rather than
 * `Intl.ListFormat`, which has no Azerbaijani data in the Chromium here.
 */
export function sayList(t: Translate, names: readonly string[]): string {
  const list = listed(names);
  return typeof list === 'object' ? sayLocalised(t, list) : String(list);
}
