import type { BlockElement, BriefingBody, SectionElement } from './briefing-body';
import { deepCopy } from './deep-copy';
import type { FieldValues, Participant } from './briefing';
import type { BriefingTemplate, FieldDefinition, SectionDefinition } from './template';

/** The editable content of a briefing, without the identity and bookkeeping storage adds. */
export interface BriefingContent {
  templateId: string;
  title: string;
  language: string;
  fields: FieldValues;
  participants: Participant[];
  body: BriefingBody;
}

export function emptyFieldValue(field: FieldDefinition): FieldValues[string] {
  switch (field.type) {
    case 'person':
      return { name: '', title: '', organisation: '' };
    case 'select':
      return field.defaultValue ?? null;
    case 'text':
    case 'long-text':
    case 'date':
    case 'time':
    case 'date-time':
    case 'email':
    case 'phone':
      return null;
  }
}

export function startBlock(section: SectionDefinition): BlockElement {
  const children = [{ text: '' }];
  switch (section.start.block) {
    case 'paragraph':
      return { type: 'paragraph', children };
    case 'heading':
      return { type: 'heading', level: section.start.level, children };
    case 'list-item':
      return { type: 'list-item', listType: section.start.listType, indent: 0, children };
  }
}

export function sectionFromDefinition(section: SectionDefinition, children?: BlockElement[]): SectionElement {
  return {
    type: 'section',
    sectionId: section.id,
    heading: section.heading,
    guidance: section.guidance,
    required: section.required,
    locked: section.locked,
    children: children && children.length > 0 ? children : section.content ? deepCopy(section.content) : [startBlock(section)],
  };
}

/** The content of a new, empty briefing made from a template. */
export function newBriefingContent(template: BriefingTemplate, title?: string): BriefingContent {
  return {
    templateId: template.id,
    title: title ?? template.defaultTitle,
    language: template.defaultLanguage,
    fields: Object.fromEntries(template.fields.map((field) => [field.id, emptyFieldValue(field)])),
    participants: [],
    body: template.sections.map((section) => sectionFromDefinition(section)),
  };
}
