import type { FieldValue, PersonValue } from '../briefing';
import { grammaticalCases, type GrammaticalCase } from '../briefing';
import { referenceForms, type ReferenceForm } from './reference-form-names';
import type { PersonPart } from '../briefing-body';
import { genitive, locative, possessiveTitle } from './azerbaijani-grammar';
import { documentLanguageOf } from './document-language';
import { turkishLocative, turkishPossessiveTitle } from './turkish-grammar';

export { referenceForms, type ReferenceForm };

const isCase = (form: ReferenceForm): form is GrammaticalCase => (grammaticalCases as readonly string[]).includes(form);

/** A phrase's trailing abbreviation in brackets, which a suffix goes before: "… İttifaqı (BEİ)". */
function splitTrailingBrackets(phrase: string): [string, string] {
  const match = /^(.*\S)(\s*\([^()]*\))$/u.exec(phrase.trim());
  return match ? [match[1] ?? '', match[2] ?? ''] : [phrase.trim(), ''];
}

function inflectKeepingBrackets(phrase: string, inflect: (text: string) => string): string {
  const [head, brackets] = splitTrailingBrackets(phrase);
  return head === '' ? phrase : `${inflect(head)}${brackets}`;
}

/** English organisations that read with "the": "the Republic of Azerbaijan", "the International Telecommunication Union"; a bare country name does not. */
const definiteHeads = /^(Republic|Kingdom|United|Union|International|Ministry|Office|Organi[sz]ation|Council|Commission|European|World|State|States|Federal|Federation|Islamic|Democratic|People's|Secretariat|Government|Cabinet|Parliament|Embassy|Bank|Agency|Fund|League|Assembly|Court|Department|Central|National|Permanent|Arab|African|Asian|Presidential|Administration|Netherlands|Philippines|Gambia|Bahamas|Maldives|Holy|Principality|Grand|Sultanate|Emirate|Commonwealth)\b/u;

export function withEnglishArticle(organisation: string): string {
  const trimmed = organisation.trim();
  if (trimmed === '' || /^the\s/iu.test(trimmed) || !definiteHeads.test(trimmed)) return trimmed;
  return `the ${trimmed}`;
}

/** The city of a place written "City, Country". */
export function placeCity(place: string): string {
  return place.split(/[,،]/u)[0]?.trim() ?? place.trim();
}

/** Whether the office recorded this form of this part of a person (the nominative is the value itself). */
export function hasRecordedForm(person: PersonValue, part: PersonPart, form: GrammaticalCase): boolean {
  return (person.forms?.[part]?.[form] ?? '').trim() !== '';
}

/**
 * A part of a person in the form running text needs, in the briefing's
 * language: the recorded form where the office has one, the rule's where the
 * language's rules make it (Azerbaijani genitive and possessive, Turkish
 * possessive, the English article), otherwise the value as entered.
 */
export function personPartForm(person: PersonValue, part: PersonPart, form: ReferenceForm, language: string): string {
  const value = person[part].trim();
  if (value === '') return '';
  if (isCase(form)) {
    const recorded = person.forms?.[part]?.[form]?.trim();
    if (recorded) return recorded;
  }
  switch (documentLanguageOf(language)) {
    case 'az':
      if (form === 'genitive') return inflectKeepingBrackets(value, genitive);
      if (form === 'possessive') return inflectKeepingBrackets(value, possessiveTitle);
      return value;
    case 'tr':
      return form === 'possessive' ? inflectKeepingBrackets(value, turkishPossessiveTitle) : value;
    case 'en':
      return form === 'definite' ? withEnglishArticle(value) : value;
    default:
      return value;
  }
}

/** A place in the form running text needs: its city, with the locative suffix in Azerbaijani ("Bakıda") and Turkish ("Bakü'de"). */
export function placeForm(place: string, form: ReferenceForm, language: string): string {
  const city = placeCity(place);
  if (city === '' || (form !== 'locative' && form !== 'place')) return place.trim();
  if (form === 'place') return city;
  switch (documentLanguageOf(language)) {
    case 'az':
      return locative(city);
    case 'tr':
      return turkishLocative(city);
    default:
      return city;
  }
}

export type { FieldValue };
