import type { BriefingTemplate, FieldDefinition } from '../document/template';
import type { LocalisedValue } from '../ipc/ipc-result';
import type { MessageKey, Translate } from './messages';

/** The catalog ids of one built-in field's words: its label, its hint and its choices by value. */
interface FieldMessages {
  label: MessageKey;
  help?: MessageKey;
  options?: Readonly<Record<string, MessageKey>>;
}

interface TemplateMessages {
  name: MessageKey;
  description: MessageKey;
  fields: Readonly<Record<string, FieldMessages>>;
  /** The sections' names where the interface names a section (a Word import's summary), by section id. */
  sections: Readonly<Record<string, MessageKey>>;
}

/** The release line three templates share (`templates/release-fields.ts`): one set of words. */
const releaseFields: Readonly<Record<string, FieldMessages>> = {
  releaseLine: {
    label: 'builtInTemplate.release.field.releaseLine',
    options: { immediate: 'builtInTemplate.release.field.releaseLine.immediate', embargoed: 'builtInTemplate.release.field.releaseLine.embargoed' },
  },
  embargoUntil: { label: 'builtInTemplate.release.field.embargoUntil' },
};

/**
 * The interface's words for the templates that ship with the app, by template id and field id. The English
 * catalog holds the templates' own text (a test keeps the two equal), so English reads as before. The
 * sections' headings are here only as the interface names a section (`sectionNameOf`); in a briefing, its
 * headings and guidance follow the briefing's language (`shared/document/language`), whose words these equal.
 */
const builtInTemplateMessages: Readonly<Record<string, TemplateMessages>> = {
  'meeting-readout': {
    name: 'builtInTemplate.meetingReadout.name',
    description: 'builtInTemplate.meetingReadout.description',
    fields: {
      meetingDate: { label: 'builtInTemplate.meetingReadout.field.meetingDate' },
      meetingTime: { label: 'builtInTemplate.meetingReadout.field.meetingTime' },
      location: { label: 'builtInTemplate.meetingReadout.field.location', help: 'builtInTemplate.meetingReadout.field.location.help' },
      occasion: { label: 'builtInTemplate.meetingReadout.field.occasion' },
      host: { label: 'builtInTemplate.meetingReadout.field.host' },
      guest: { label: 'builtInTemplate.meetingReadout.field.guest' },
      ...releaseFields,
      classification: {
        label: 'builtInTemplate.meetingReadout.field.classification',
        options: {
          public: 'builtInTemplate.meetingReadout.field.classification.public',
          official: 'builtInTemplate.meetingReadout.field.classification.official',
          restricted: 'builtInTemplate.meetingReadout.field.classification.restricted',
          confidential: 'builtInTemplate.meetingReadout.field.classification.confidential',
        },
      },
      source: { label: 'builtInTemplate.meetingReadout.field.source' },
    },
    sections: {
      lede: 'builtInTemplate.meetingReadout.section.lede',
      occasion: 'builtInTemplate.meetingReadout.section.occasion',
      'topics-discussed': 'builtInTemplate.meetingReadout.section.topicsDiscussed',
      'key-messages': 'builtInTemplate.meetingReadout.section.keyMessages',
      'agreed-points': 'builtInTemplate.meetingReadout.section.agreedPoints',
      'follow-up': 'builtInTemplate.meetingReadout.section.followUp',
    },
  },
  'press-release': {
    name: 'builtInTemplate.pressRelease.name',
    description: 'builtInTemplate.pressRelease.description',
    fields: {
      subHeadline: { label: 'builtInTemplate.pressRelease.field.subHeadline' },
      datelinePlace: { label: 'builtInTemplate.pressRelease.field.datelinePlace', help: 'builtInTemplate.pressRelease.field.datelinePlace.help' },
      releaseDate: { label: 'builtInTemplate.pressRelease.field.releaseDate' },
      ...releaseFields,
      contactName: { label: 'builtInTemplate.pressRelease.field.contactName' },
      contactPhone: { label: 'builtInTemplate.pressRelease.field.contactPhone' },
      contactEmail: { label: 'builtInTemplate.pressRelease.field.contactEmail' },
    },
    sections: {
      body: 'builtInTemplate.pressRelease.section.body',
      quotes: 'builtInTemplate.pressRelease.section.quotes',
      about: 'builtInTemplate.pressRelease.section.about',
      'end-mark': 'builtInTemplate.pressRelease.section.endMark',
    },
  },
  'talking-points': {
    name: 'builtInTemplate.talkingPoints.name',
    description: 'builtInTemplate.talkingPoints.description',
    fields: {
      occasion: { label: 'builtInTemplate.talkingPoints.field.occasion' },
      eventDate: { label: 'builtInTemplate.talkingPoints.field.eventDate' },
      audience: { label: 'builtInTemplate.talkingPoints.field.audience' },
      speaker: { label: 'builtInTemplate.talkingPoints.field.speaker' },
    },
    sections: {
      'key-messages': 'builtInTemplate.talkingPoints.section.keyMessages',
      'questions-and-answers': 'builtInTemplate.talkingPoints.section.questionsAndAnswers',
      'do-not-say': 'builtInTemplate.talkingPoints.section.doNotSay',
    },
  },
  'press-conference-note': {
    name: 'builtInTemplate.pressConferenceNote.name',
    description: 'builtInTemplate.pressConferenceNote.description',
    fields: {
      event: { label: 'builtInTemplate.pressConferenceNote.field.event' },
      startsAt: { label: 'builtInTemplate.pressConferenceNote.field.startsAt' },
      place: { label: 'builtInTemplate.pressConferenceNote.field.place' },
    },
    sections: {
      'opening-statement': 'builtInTemplate.pressConferenceNote.section.openingStatement',
      'key-announcements': 'builtInTemplate.pressConferenceNote.section.keyAnnouncements',
      'questions-and-answers': 'builtInTemplate.pressConferenceNote.section.questionsAndAnswers',
    },
  },
  blank: { name: 'builtInTemplate.blank.name', description: 'builtInTemplate.blank.description', fields: {}, sections: {} },
};

/** The catalog ids of a built-in template, or undefined for a person's own (saved or imported) template. */
function messagesOf(template: Pick<BriefingTemplate, 'id' | 'builtIn'>): TemplateMessages | undefined {
  return template.builtIn && Object.hasOwn(builtInTemplateMessages, template.id) ? builtInTemplateMessages[template.id] : undefined;
}

function localisedField(field: FieldDefinition, messages: FieldMessages | undefined, t: Translate): FieldDefinition {
  if (!messages) return field;
  const shown = { ...field, label: t(messages.label), ...(field.help !== undefined && messages.help ? { help: t(messages.help) } : {}) };
  if (shown.type !== 'select' || !messages.options) return shown;
  const options = messages.options;
  return { ...shown, options: shown.options.map((option) => (Object.hasOwn(options, option.value) ? { ...option, label: t(options[option.value] as MessageKey) } : option)) };
}

/**
 * A template as the interface shows it: a built-in one's name, description, field labels, hints and choices
 * in `t`'s language; a person's own template as written. Ids, values, sections and lede patterns are
 * untouched, so the result works everywhere the template does.
 */
export function localisedTemplate<T extends BriefingTemplate | undefined>(template: T, t: Translate): T {
  const messages = template && messagesOf(template);
  if (!template || !messages) return template;
  return { ...template, name: t(messages.name), description: t(messages.description), fields: template.fields.map((field) => localisedField(field, messages.fields[field.id], t)) };
}

/** The name to show for a briefing's template from a summary (id and stored name): a built-in one's in `t`'s language. */
export function templateNameOf(templateId: string, name: string, t: Translate): string {
  const messages = Object.hasOwn(builtInTemplateMessages, templateId) ? builtInTemplateMessages[templateId] : undefined;
  return messages ? t(messages.name) : name;
}

/**
 * A section's name as the interface says it, from a template id and the heading the template writes: a
 * built-in section's in `t`'s language, a person's own template's heading as written.
 */
export function sectionNameOf(templateId: string, sectionId: string, heading: string, t: Translate): string {
  const sections = Object.hasOwn(builtInTemplateMessages, templateId) ? builtInTemplateMessages[templateId]?.sections : undefined;
  const message = sections && Object.hasOwn(sections, sectionId) ? sections[sectionId] : undefined;
  return message ? t(message) : heading;
}

/**
 * A field's label as a value of a catalog sentence: a built-in field's catalog message, so each side says it
 * in its own language (a refusal from the main process), else the label as written, else the id.
 */
export function fieldLabelValue(template: BriefingTemplate, fieldId: string | undefined): LocalisedValue {
  const field = template.fields.find((candidate) => candidate.id === fieldId);
  if (!field) return fieldId ?? '';
  const messages = messagesOf(template)?.fields[field.id];
  return messages ? { id: messages.label } : field.label;
}

/** A template's name as a value of a catalog sentence: a built-in one's catalog message, else its name as written. */
export function templateNameValue(template: BriefingTemplate): LocalisedValue {
  const messages = messagesOf(template);
  return messages ? { id: messages.name } : template.name;
}
