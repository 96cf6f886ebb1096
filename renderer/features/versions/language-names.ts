import { useCallback } from 'react';
import { briefingLanguageName } from '../../../shared/i18n/followed-fields';
import { useT } from '../../ui/interface-language';
import { briefingLanguages } from '../details/languages';

/** A briefing language in the interface's words (`briefingLanguageName`: the catalogs', since Chromium has no Azerbaijani names). */
export function useLanguageName(): (tag: string) => string {
  const t = useT();
  return useCallback((tag: string) => briefingLanguageName(tag, t), [t]);
}

/** The languages a translation can be made into: the app's languages the family does not have yet. */
export function languagesToAdd(present: readonly string[]): { tag: string; name: string }[] {
  const taken = new Set(present.map((tag) => tag.toLowerCase()));
  return briefingLanguages.filter((language) => !taken.has(language.tag));
}
