import type { BlockElement, SectionElement } from '../briefing-body';
import type { FieldValues, Participant } from '../briefing';
import { newBriefingContent, sectionFromDefinition, type BriefingContent } from '../new-briefing';
import type { BriefingTemplate } from '../template';
import { headingKey, type ImportedDocument, type ImportedParticipant } from './imported-document';
import { parseDateline, type Dateline } from './dateline';
import { sectionHeadingKeys } from './language-headings';
import { participantsHeadingKeys } from './template-match';

const headingBlock = (text: string): BlockElement => ({ type: 'heading', level: 2, children: [{ text }] });
const paragraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

/** Participants as lines of text, for a template without a participants table (Blank). */
function participantLines(participants: readonly ImportedParticipant[]): BlockElement[] {
  return participants.map((person) => paragraph([person.name, person.title, person.organisation, person.role].filter((part) => part.trim() !== '').join(', ')));
}

/** The release and classification fields the file's hints fill, where the template has them. */
function hintedFields(document: ImportedDocument, template: BriefingTemplate): FieldValues {
  const fields: FieldValues = {};
  const has = (id: string) => template.fields.find((field) => field.id === id);
  const { classification, embargoed, embargoUntil } = document.releaseHints;
  const classificationField = has('classification');
  if (classification !== undefined && classificationField?.type === 'select' && classificationField.options.some((option) => option.value === classification)) {
    fields.classification = classification;
  }
  if (embargoed && has('releaseLine')) fields.releaseLine = 'embargoed';
  else if (document.releaseHints.immediate && has('releaseLine')) fields.releaseLine = 'immediate';
  if (embargoUntil !== undefined && has('embargoUntil')) fields.embargoUntil = embargoUntil;
  // A dateline fills the event date and the place.
  const dateline = datelineOf(document);
  if (dateline) {
    const dateField = template.fields.find((field) => field.id === template.eventDateField);
    if (dateField?.type === 'date') fields[dateField.id] = dateline.dateline.date;
    const placeField = ['location', 'datelinePlace', 'place'].find((id) => has(id)?.type === 'text');
    if (placeField && dateline.dateline.place !== '') fields[placeField] = dateline.dateline.place;
  }
  // The host and the guest are the first participants of those sides.
  for (const side of ['host', 'guest'] as const) {
    const person = document.participants.find((participant) => participant.side === side);
    if (person && has(side)?.type === 'person') fields[side] = { name: person.name, title: person.title, organisation: person.organisation };
  }
  return fields;
}

/** The first lines of the text before any heading, when one of them is a dateline: where it is, and what it says. */
function datelineOf(document: ImportedDocument): { index: number; dateline: Dateline } | undefined {
  for (const [index, block] of document.intro.slice(0, 3).entries()) {
    if (block.type !== 'paragraph') continue;
    const dateline = parseDateline(block.children.map((child) => ('text' in child ? child.text : '')).join(''));
    if (dateline) return { index, dateline };
  }
  return undefined;
}

/**
 * The content of a new briefing made from an imported document in
 * `template`. Sections whose heading matches one of the template's fill it;
 * the text before the first heading fills the template's first section
 * (a readout's lede) unless that was matched by name; every other section
 * keeps its heading as a level-2 heading inside the section before it, so
 * nothing is lost. A participants table becomes the briefing's participants,
 * or lines of text in a template without them. `newId` makes participant ids.
 * The body still needs `normalizeBriefingBody`.
 */
export function importedContent(document: ImportedDocument, template: BriefingTemplate, newId: () => string): BriefingContent {
  const content = newBriefingContent(template, document.title ?? undefined);
  const filled = new Map<string, BlockElement[]>();
  const add = (sectionId: string, blocks: BlockElement[]) => filled.set(sectionId, [...(filled.get(sectionId) ?? []), ...blocks]);
  const bySectionHeading = sectionHeadingKeys(template);
  const firstSection = template.sections[0];
  const introTarget = firstSection && !document.sections.some((section) => bySectionHeading.get(headingKey(section.heading)) === firstSection.id) ? firstSection.id : undefined;
  let current = introTarget ?? firstSection?.id;
  // The dateline is in the details now; it does not open the lede.
  const dateline = datelineOf(document);
  if (current !== undefined) add(current, document.intro.filter((_block, index) => index !== dateline?.index));
  for (const section of document.sections) {
    const key = headingKey(section.heading);
    const target = bySectionHeading.get(key);
    if (target !== undefined) {
      current = target;
      add(target, section.blocks);
      continue;
    }
    if (participantsHeadingKeys.has(key) && section.blocks.length === 0 && (template.hasParticipants || document.participants.length > 0)) continue;
    if (current !== undefined) add(current, [headingBlock(section.heading), ...section.blocks]);
  }
  const participants: Participant[] = template.hasParticipants ? document.participants.map((person) => ({ id: newId(), ...person })) : [];
  const lastSection = template.sections.at(-1);
  if (!template.hasParticipants && document.participants.length > 0 && lastSection) {
    add(lastSection.id, [headingBlock('Participants'), ...participantLines(document.participants)]);
  }
  const body: SectionElement[] = template.sections.map((definition) => sectionFromDefinition(definition, filled.get(definition.id)));
  // Word comments start on the first section; normalisation moves each to the section where its text begins.
  const [first] = body;
  if (first && document.commentThreads && document.commentThreads.length > 0) body[0] = { ...first, comments: document.commentThreads };
  return {
    ...content,
    language: document.language ?? content.language,
    fields: { ...content.fields, ...hintedFields(document, template) },
    participants,
    body,
  };
}
