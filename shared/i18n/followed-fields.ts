import type { BriefingTemplate } from '../document/template';
import type { FollowedFields } from '../ipc/history-service';
import type { MessageKey, Translate } from './messages';
import { localisedTemplate } from './template-labels';

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
 * "Azerbaijani", "Azərbaycan dili", "Азербайджанский": a briefing language in `t`'s words, from the catalogs
 * (`language.*`) rather than `Intl.DisplayNames`, which has no Azerbaijani data in the Chromium the app runs in.
 * A language the catalogs do not name is shown by its tag.
 */
export function briefingLanguageName(tag: string, t: Translate): string {
  const key = Object.hasOwn(languageMessages, tag.toLowerCase()) ? languageMessages[tag.toLowerCase()] : undefined;
  return key ? t(key) : tag;
}

/**
 * A `followed` History entry in `t`'s language: "Location, Guest changed in the English version". The fields
 * are named by the briefing's template (a built-in one's in `t`'s language, a person's own as written); a field
 * the template no longer has is named by its id.
 */
export function followedSentence(followed: FollowedFields, template: BriefingTemplate | undefined, t: Translate): string {
  const shown = localisedTemplate(template, t);
  const fields = followed.fields.map((id) => shown?.fields.find((field) => field.id === id)?.label ?? id);
  return t('history.followed', { count: fields.length, fields: fields.join(', '), language: briefingLanguageName(followed.language, t) });
}
