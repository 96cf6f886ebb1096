import type { Directory } from '../directory/directory-model';
import { isSpellingOf } from '../directory/match-people';
import { findPerson, personOnDate } from '../directory/person-on-date';
import type { Briefing, FieldValue, FieldValues, Participant, PersonValue } from './briefing';
import type { BlockElement, BriefingBody, SectionElement } from './briefing-body';
import { isPersonValue } from './field-format';
import { sectionLabels } from './language/document-language';
import type { BriefingContent } from './new-briefing';
import { sectionPlainText } from './text-stats';

/** The longest guidance a section may carry (the body schema's limit). */
const maxGuidance = 2000;

/** The text of each section of a body by its section id: what a translation is kept up to date with. */
export function sectionTexts(body: BriefingBody): Map<string, string> {
  return new Map(body.map((section) => [section.sectionId, sectionPlainText(section)]));
}

/** Where a translated value still needs a person's eye: the directory had no spelling in the new language. */
export interface ToCheck {
  /** A person field's id, or a participants row's id. */
  fieldId?: string;
  participantId?: string;
  /** What is shown: the name as it was carried over. */
  name: string;
}

export interface LocalisedPerson<Value> {
  value: Value;
  /** True when the directory gave every part in the language; false when something was carried over as it was. */
  complete: boolean;
}

/**
 * A person (field value or participants row) as a briefing in `language`
 * dated `date` writes them: name, title and organisation from the protocol
 * directory where it knows the person (by the recorded link, else by a
 * spelling of the name) and has them in that language. A part it lacks stays
 * as it was, and the person is reported incomplete, to be checked.
 */
export function localisePerson<Value extends PersonValue | Participant>(
  value: Value,
  directory: Directory,
  language: string,
  date: string | null,
): LocalisedPerson<Value> {
  if (value.name.trim() === '' && value.title.trim() === '' && value.organisation.trim() === '') return { value, complete: true };
  const person =
    (value.personId !== undefined ? findPerson(directory, value.personId) : undefined) ??
    (value.name.trim() !== '' ? directory.people.find((candidate) => isSpellingOf(candidate, value.name)) : undefined);
  if (!person) {
    const { forms: _forms, ...rest } = value;
    return { value: rest as Value, complete: false };
  }
  const found = personOnDate(person, directory.organisations, language, date);
  const { forms: _forms, ...rest } = value;
  const next = {
    ...rest,
    name: found.value.name || value.name,
    title: found.value.title || value.title,
    organisation: found.value.organisation || value.organisation,
    personId: person.id,
    ...(found.value.forms ? { forms: found.value.forms } : {}),
  };
  return { value: next as Value, complete: found.missing.length === 0 };
}

/** A field value as a version in `language` holds it: people through the directory, everything else as it is (dates are stored, not written). */
export function localiseFieldValue(value: FieldValue, directory: Directory, language: string, date: string | null): LocalisedPerson<FieldValue> {
  return isPersonValue(value) ? localisePerson(value, directory, language, date) : { value, complete: true };
}

function emptyLike(block: BlockElement | undefined): BlockElement {
  if (block?.type === 'list-item') return { type: 'list-item', listType: block.listType, indent: 0, children: [{ text: '' }] };
  return { type: 'paragraph', children: [{ text: '' }] };
}

/** An empty section for the translation: the heading in the new language, the source's text as its guidance. */
function translatedSection(section: SectionElement, templateId: string, language: string): SectionElement {
  const source = sectionPlainText(section).trim();
  const labels = sectionLabels({ ...section, guidance: '' }, templateId, language);
  const standardGuidance = sectionLabels(section, templateId, language).guidance;
  const guidance = source === '' ? standardGuidance : source.length > maxGuidance ? `${source.slice(0, maxGuidance - 1)}…` : source;
  // The translation starts empty: the source's review comments stay with the source's text.
  const { comments: _comments, ...rest } = section;
  return {
    ...rest,
    heading: labels.heading,
    guidance,
    children: [emptyLike(section.children[0])],
  };
}

export interface Translation {
  content: BriefingContent;
  toCheck: ToCheck[];
}

/**
 * The content of a new language version of `source`: the same template,
 * fields and participants (people in the new language from the directory,
 * otherwise as they were and listed to check), headings in the new language
 * and every section empty, showing the source section's text as guidance.
 * Dates are stored as dates and written in the briefing's language.
 */
export function translationOf(source: Briefing, language: string, directory: Directory, eventDate: string | null): Translation {
  const toCheck: ToCheck[] = [];
  const fields: FieldValues = {};
  for (const [fieldId, value] of Object.entries(source.fields)) {
    const localised = localiseFieldValue(value, directory, language, eventDate);
    fields[fieldId] = localised.value;
    if (!localised.complete && isPersonValue(localised.value)) toCheck.push({ fieldId, name: localised.value.name });
  }
  const participants = source.participants.map((participant) => {
    const localised = localisePerson(participant, directory, language, eventDate);
    if (!localised.complete) toCheck.push({ participantId: participant.id, name: participant.name });
    return localised.value;
  });
  return {
    content: {
      templateId: source.templateId,
      title: source.title,
      language,
      fields,
      participants,
      body: source.body.map((section) => translatedSection(section, source.templateId, language)),
    },
    toCheck,
  };
}

/** The field ids whose values differ between two sets of fields. */
export function changedFieldIds(before: FieldValues, after: FieldValues): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => id in after && JSON.stringify(before[id] ?? null) !== JSON.stringify(after[id] ?? null));
}
