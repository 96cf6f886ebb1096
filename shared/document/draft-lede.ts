import type { InlineNode, ParagraphElement, PersonPart } from './briefing-body';
import type { FieldValues } from './briefing';
import { hasMeetingFields, meetingLede } from './language/meeting-lede';
import type { BriefingTemplate } from './template';

const placeholder = /\{([a-zA-Z][a-zA-Z0-9]*)(?:\.(name|title|organisation))?\}/g;

/** The pattern for a language tag: the tag itself ("en-GB"), then its language ("en"), then English. */
export function ledePatternFor(template: BriefingTemplate, language: string): string | undefined {
  const patterns = template.lede?.patterns;
  if (!patterns) return undefined;
  const base = language.split('-')[0] ?? language;
  return patterns[language] ?? patterns[base] ?? patterns.en;
}

/**
 * The opening sentence of a briefing drafted from the details (`fields`
 * decide which parts a sentence has and which recorded forms it can use),
 * or from its template's pattern for the briefing's language: ordinary text with a field reference wherever the
 * pattern names a field, so the names, titles and date are typed once (in
 * Details) and follow every later change there.
 */
export function draftLede(template: BriefingTemplate, language: string, fields: FieldValues = {}): ParagraphElement | undefined {
  // A meeting readout is written by each language's grammar (see language/meeting-lede.ts); other templates by their patterns.
  const grammatical = template.lede && hasMeetingFields(template) ? meetingLede(language, fields) : undefined;
  if (grammatical) return { type: 'paragraph', children: grammatical };
  const pattern = ledePatternFor(template, language);
  if (pattern === undefined) return undefined;
  const children: InlineNode[] = [];
  let last = 0;
  for (const match of pattern.matchAll(placeholder)) {
    const [whole, fieldId = '', part] = match;
    children.push({ text: pattern.slice(last, match.index) });
    children.push({ type: 'field-ref', fieldId, ...(part ? { part: part as PersonPart } : {}), children: [{ text: '' }] });
    last = match.index + whole.length;
  }
  children.push({ text: pattern.slice(last) });
  return { type: 'paragraph', children };
}
