import type { BlockElement } from './briefing-body';
import type { Briefing } from './briefing';
import { withoutComments } from './comments';
import { bodyAsWritten } from './suggestions';
import { deepCopy } from './deep-copy';
import type { BriefingTemplate, SectionDefinition } from './template';
import type { Translate } from '../i18n/messages';
import { localisedTemplate } from '../i18n/template-labels';
import { english } from '../i18n/english';

export interface TemplateFromBriefingOptions {
  id: string;
  name: string;
  /** Keep the briefing's text as each section's starting content; otherwise sections start empty. */
  keepContent: boolean;
  /**
   * The interface language the person works in: a built-in template's words (its fields' labels, hints and
   * choices) and the new template's description are copied in it, since from then on they are the person's own.
   */
  t?: Translate;
}

function startOf(block: BlockElement | undefined): SectionDefinition['start'] {
  switch (block?.type) {
    case 'list-item':
      return { block: 'list-item', listType: block.listType };
    case 'heading':
      return { block: 'heading', level: block.level };
    case 'paragraph':
    case 'block-quote':
    case 'page-break':
    case 'horizontal-rule':
    case 'table':
    case 'picture':
    case undefined:
      return { block: 'paragraph' };
  }
}

/**
 * "Save as template": the briefing's structure — its template's fields and
 * lede patterns, its sections with their headings and guidance, in order —
 * as a new template. The text comes along only when asked for. The new
 * template is a copy: later changes to it never touch existing briefings.
 * A built-in template's words come in `options.t`'s language; the section
 * headings and guidance are the briefing's own, in the briefing's language
 * (the new template's default language), as a built-in template gives them.
 */
export function templateFromBriefing(briefing: Briefing, builtFrom: BriefingTemplate | undefined, options: TemplateFromBriefingOptions): BriefingTemplate {
  const t = options.t ?? english;
  const source = localisedTemplate(builtFrom, t);
  return {
    id: options.id,
    name: options.name,
    description: source ? t('templates.basedOn', { name: source.name }) : t('templates.savedFromBriefing'),
    builtIn: false,
    defaultLanguage: briefing.language,
    defaultTitle: options.name,
    fields: source ? deepCopy(source.fields) : [],
    eventDateField: source?.eventDateField ?? null,
    hasParticipants: source?.hasParticipants ?? briefing.participants.length > 0,
    sections: briefing.body.map((section, index) => ({
      // Section ids must be unique in a template; a repaired body can repeat one.
      id: briefing.body.findIndex((other) => other.sectionId === section.sectionId) === index ? section.sectionId : `${section.sectionId}-${index + 1}`,
      heading: section.heading,
      guidance: section.guidance,
      required: section.required,
      locked: section.locked,
      start: startOf(section.children[0]),
      // The text as the author wrote it: open suggestions are a review of this briefing, not part of a template.
      ...(options.keepContent ? { content: withoutComments(bodyAsWritten([section])[0]?.children ?? section.children) } : {}),
    })),
    ...(source?.lede ? { lede: deepCopy(source.lede) } : {}),
  };
}
