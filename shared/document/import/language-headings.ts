import { builtInSectionStrings, documentLanguages, type DocumentLanguage } from '../language/document-language';
import type { BriefingTemplate } from '../template';
import { headingKey } from './imported-document';

const languages = Object.keys(documentLanguages) as DocumentLanguage[];

/**
 * Every heading a Word draft may give a template's section, as `headingKey`s:
 * the template's own and, for a built-in template, its standard heading in
 * each of the app's languages ("Agreed points", "Əldə olunan razılaşmalar",
 * "Достигнутые договорённости", "Varılan mutabakatlar" …).
 */
export function sectionHeadingKeys(template: BriefingTemplate): Map<string, string> {
  const keys = new Map<string, string>();
  for (const section of template.sections) {
    const headings = [section.heading, ...languages.map((language) => builtInSectionStrings(template.id, section.id, language)?.heading ?? '')];
    for (const heading of headings) {
      const key = headingKey(heading);
      if (key !== '' && !keys.has(key)) keys.set(key, section.id);
    }
  }
  return keys;
}

/** The participants heading in every language the app writes, as `headingKey`s. */
export const participantsHeadingKeys: ReadonlySet<string> = new Set([
  'participants',
  'delegations',
  ...languages.map((language) => headingKey(documentLanguages[language].participants.heading)),
]);

/** The participants table's column headings in every language the app writes, as `headingKey`s, by column. */
export function participantColumnKeys(): Map<string, 'name' | 'title' | 'organisation' | 'side' | 'role'> {
  const keys = new Map<string, 'name' | 'title' | 'organisation' | 'side' | 'role'>();
  for (const language of languages) {
    for (const [column, heading] of Object.entries(documentLanguages[language].participants.columns)) {
      keys.set(headingKey(heading), column as 'name' | 'title' | 'organisation' | 'side' | 'role');
    }
  }
  return keys;
}

/** The side a participants table names in any of the app's languages ("Qəbul edən tərəf", "Гости" …), or undefined. */
export function participantSideOf(value: string): 'host' | 'guest' | 'other' | undefined {
  const key = headingKey(value);
  for (const language of languages) {
    for (const [side, label] of Object.entries(documentLanguages[language].participants.sides)) {
      if (headingKey(label) === key) return side as 'host' | 'guest' | 'other';
    }
  }
  return undefined;
}
