import type { PersonForms, PersonValue, WordForms } from '../document/briefing';
import type { Directory, Organisation, Person, TitleHeld } from './directory-model';

/**
 * The title a person held on `date` (`YYYY-MM-DD`): the one whose from–to
 * range contains the date, the latest-starting if ranges overlap. Without a
 * date (a briefing whose meeting date is not set yet), the title held now.
 */
export function titleOnDate(person: Pick<Person, 'titles'>, date: string | null): TitleHeld | undefined {
  const held = person.titles.filter((title) =>
    date === null ? title.to === null : (title.from === null || title.from <= date) && (title.to === null || date <= title.to),
  );
  return held.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

/** The entry for `language` in a per-language record: exact tag, then its primary language (`az-Cyrl` → `az`). */
export function inLanguage<Value>(values: Record<string, Value>, language: string): Value | undefined {
  return values[language] ?? values[language.split('-')[0] ?? language];
}

const someForms = (forms: WordForms | undefined): WordForms | undefined =>
  forms && Object.values(forms).some((form) => form !== undefined && form !== '') ? forms : undefined;

export interface PersonOnDate {
  value: PersonValue;
  /** Parts the directory has no spelling for in the briefing's language (left empty rather than filled in another language). */
  missing: ('name' | 'title' | 'organisation')[];
}

/**
 * What a briefing in `language` dated `date` says about a person: name,
 * title held on that date and its organisation, all in that language, with
 * the recorded grammatical forms, linked to the person by `personId`.
 * A part with no spelling in that language is left empty and named in
 * `missing`, never silently filled in another language.
 */
export function personOnDate(person: Person, organisations: readonly Organisation[], language: string, date: string | null): PersonOnDate {
  const missing: PersonOnDate['missing'] = [];
  const name = inLanguage(person.names, language);
  if (!name) missing.push('name');
  const held = titleOnDate(person, date);
  const title = held ? inLanguage(held.title, language) : undefined;
  if (held && !title) missing.push('title');
  const organisation = held?.organisationId ? organisations.find((candidate) => candidate.id === held.organisationId) : undefined;
  const organisationName = organisation ? inLanguage(organisation.names, language) : undefined;
  if (organisation && !organisationName) missing.push('organisation');

  const forms: PersonForms = {};
  const nameForms = someForms(name?.forms);
  const titleForms = someForms(title?.forms);
  const organisationForms = someForms(organisationName?.forms);
  if (nameForms) forms.name = nameForms;
  if (titleForms) forms.title = titleForms;
  if (organisationForms) forms.organisation = organisationForms;
  return {
    value: {
      name: name?.name ?? '',
      title: title?.title ?? '',
      organisation: organisationName?.name ?? '',
      personId: person.id,
      ...(Object.keys(forms).length > 0 ? { forms } : {}),
    },
    missing,
  };
}

/** A name to show for a person in a list: the one in `language`, else English, else any. */
export function displayName(person: Pick<Person, 'names'>, language: string): string {
  return (inLanguage(person.names, language) ?? person.names.en ?? Object.values(person.names)[0])?.name ?? '';
}

/** The same for an organisation. */
export function organisationDisplayName(organisation: Pick<Organisation, 'names'>, language: string): string {
  return (inLanguage(organisation.names, language) ?? organisation.names.en ?? Object.values(organisation.names)[0])?.name ?? '';
}

export function findPerson(directory: Directory, personId: string): Person | undefined {
  return directory.people.find((person) => person.id === personId);
}
