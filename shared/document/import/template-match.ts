import type { BriefingTemplate } from '../template';
import { headingKey, type ImportedDocument } from './imported-document';
import { participantsHeadingKeys, sectionHeadingKeys } from './language-headings';

/** A template section the document's headings fill: its id, and its heading as the template writes it. */
export interface MatchedSection {
  id: string;
  heading: string;
}

/**
 * How well a template fits an imported document, as data: the window names a built-in template and its
 * sections in the interface language (`templateNameOf`, `sectionNameOf`), a person's own as written.
 */
export interface TemplateMatch {
  templateId: string;
  /** The name as the template writes it. */
  templateName: string;
  /** The template's sections found in the document, in the template's order. */
  matchedSections: MatchedSection[];
  /** The document's participants table fills the template's participants. */
  fillsParticipants: boolean;
}

export { participantsHeadingKeys };

/** Fewest matching headings for a template to be offered: one shared heading ("Background") is chance. */
const MIN_MATCHED_SECTIONS = 2;

/**
 * The template whose section headings the document's headings match best
 * (at least two, a participants table counting as one for templates with
 * participants), or `null`: then the document goes into the Blank template.
 */
export function matchTemplate(document: ImportedDocument, templates: readonly BriefingTemplate[]): TemplateMatch | null {
  const headings = new Set(document.sections.map((section) => headingKey(section.heading)));
  let best: TemplateMatch | null = null;
  let bestScore = 0;
  for (const template of templates) {
    if (template.id === 'blank') continue;
    const keys = sectionHeadingKeys(template);
    const found = new Set([...headings].map((heading) => keys.get(heading)).filter((id) => id !== undefined));
    const matchedSections = template.sections.filter((section) => section.heading !== '' && found.has(section.id)).map(({ id, heading }) => ({ id, heading }));
    const fillsParticipants = template.hasParticipants && document.participants.length > 0;
    const score = matchedSections.length + (fillsParticipants ? 1 : 0);
    if (score >= MIN_MATCHED_SECTIONS && score > bestScore) {
      best = { templateId: template.id, templateName: template.name, matchedSections, fillsParticipants };
      bestScore = score;
    }
  }
  return best;
}
