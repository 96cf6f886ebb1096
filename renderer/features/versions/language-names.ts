import { useCallback } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { briefingLanguages } from '../details/languages';

/** Each briefing language as the interface names it (the language list itself shows each language's own name). */
const languageMessages: Readonly<Record<string, MessageKey>> = {
  en: 'language.en',
  az: 'language.az',
  ru: 'language.ru',
  tr: 'language.tr',
  fr: 'language.fr',
  de: 'language.de',
  es: 'language.es',
  ar: 'language.ar',
};

/**
 * "Azerbaijani", "Azərbaycan dili", "Азербайджанский": a briefing language in the interface's words, from the
 * catalogs rather than `Intl.DisplayNames`, which has no Azerbaijani data in the Chromium the app runs in.
 */
export function useLanguageName(): (tag: string) => string {
  const t = useT();
  return useCallback((tag: string) => {
    const key = languageMessages[tag.toLowerCase()];
    return key ? t(key) : tag;
  }, [t]);
}

/** The languages a translation can be made into: the app's languages the family does not have yet. */
export function languagesToAdd(present: readonly string[]): { tag: string; name: string }[] {
  const taken = new Set(present.map((tag) => tag.toLowerCase()));
  return briefingLanguages.filter((language) => !taken.has(language.tag));
}
