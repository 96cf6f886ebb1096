import type { FieldValues } from '../document/briefing';
import type { BriefingBody } from '../document/briefing-body';
import { resolveFieldReference } from '../document/field-references';
import type { BriefingTemplate } from '../document/template';
import { sectionPlainText } from '../document/text-stats';
import { printsWithoutHeading } from '../document/export/export-document';

/** What a briefing's body reads as for search: its index and its result snippets are made from the same text. */
export interface SearchBodySource {
  body: BriefingBody;
  fields: FieldValues;
  language: string;
  /** The briefing's template, whose field definitions format the values field references show; without it references read as nothing. */
  template?: BriefingTemplate | undefined;
}

/**
 * The body as a reader sees it: field references show their values ("On 21
 * November 2025, …", not "On , …"), a section that holds no text is left
 * out with its heading, so a snippet never starts with a run of empty
 * headings, and the opening text has no "Lede" heading, as in every export. Sections are separated by a blank line.
 */
export function searchBodyText({ body, fields, language, template }: SearchBodySource): string {
  const resolve = (reference: Parameters<typeof resolveFieldReference>[0]) => resolveFieldReference(reference, template, fields, language).value;
  const parts: string[] = [];
  for (const section of body) {
    const text = sectionPlainText(section, resolve);
    if (text.trim() === '') continue;
    parts.push(section.heading && !printsWithoutHeading(section.sectionId, template) ? `${section.heading}\n${text}` : text);
  }
  return parts.join('\n\n');
}
