import type { SectionElement } from '../briefing-body';
import { ar } from './ar';
import { az } from './az';
import type { DocumentStrings, SectionStrings, TemplateStrings } from './document-strings';
import { en } from './en';
import { ru } from './ru';
import { tr } from './tr';

/** The languages the app writes its own words in; any other briefing language gets English ones. */
export const documentLanguages = { en, az, ru, tr, ar } as const satisfies Record<string, DocumentStrings>;
export type DocumentLanguage = keyof typeof documentLanguages;

/** The language of a tag whose words the app has ("az-Latn-AZ" → "az"), or undefined. */
export function documentLanguageOf(tag: string): DocumentLanguage | undefined {
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  return base in documentLanguages ? (base as DocumentLanguage) : undefined;
}

/** The words for a briefing written in `tag`: its language's, or English where the app has none for it. */
export function documentStrings(tag: string): DocumentStrings {
  return documentLanguages[documentLanguageOf(tag) ?? 'en'];
}

/** The heading and guidance a built-in template's section has in a language, if it is a built-in section. */
export function builtInSectionStrings(templateId: string, sectionId: string, tag: string): SectionStrings | undefined {
  const sections = (documentStrings(tag).templates as unknown as Record<string, Record<string, SectionStrings> | undefined>)[templateId];
  return sections?.[sectionId];
}

/** The languages in which `heading` is the standard heading of this built-in section. */
function languagesOfStandardHeading(templateId: string, sectionId: string, heading: string): DocumentLanguage[] {
  return (Object.keys(documentLanguages) as DocumentLanguage[]).filter(
    (language) => builtInSectionStrings(templateId, sectionId, language)?.heading === heading,
  );
}

export interface SectionLabels {
  heading: string;
  guidance: string;
  /** The language the heading is written in, for `lang` (capitals follow it). */
  headingLanguage: string;
}

/**
 * What a section is headed in a briefing written in `language`. A built-in
 * section whose heading nobody changed (it is the template's standard
 * heading in one of the app's languages and not marked `renamed`) follows the
 * briefing's language, so changing the language re-labels it; a renamed
 * heading, or one from a person's own template, stays as written. Bodies
 * saved before `renamed` existed read the same way: a heading that is no
 * standard one is somebody's own.
 */
export function sectionLabels(section: Pick<SectionElement, 'sectionId' | 'heading' | 'guidance' | 'renamed'>, templateId: string, language: string): SectionLabels {
  const standard = builtInSectionStrings(templateId, section.sectionId, language);
  const english = builtInSectionStrings(templateId, section.sectionId, 'en');
  if (!standard || !english) return { heading: section.heading, guidance: section.guidance, headingLanguage: language };
  const headingLanguages = languagesOfStandardHeading(templateId, section.sectionId, section.heading);
  const untouched = section.renamed !== true && headingLanguages.length > 0;
  const guidanceIsStandard = (Object.keys(documentLanguages) as DocumentLanguage[]).some(
    (candidate) => builtInSectionStrings(templateId, section.sectionId, candidate)?.guidance === section.guidance,
  );
  return {
    heading: untouched ? standard.heading : section.heading,
    guidance: guidanceIsStandard ? standard.guidance : section.guidance,
    // A renamed heading that is still some language's standard heading is written in that language.
    headingLanguage: untouched || headingLanguages.length === 0 || headingLanguages.includes(documentLanguageOf(language) ?? 'en') ? language : (headingLanguages[0] ?? language),
  };
}

export type { DocumentStrings, SectionStrings, TemplateStrings };
