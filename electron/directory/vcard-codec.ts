import ICAL from 'ical.js';
import { grammaticalCases, type WordForms } from '../../shared/document/briefing';
import type { Directory, OrganisationName, PersonName } from '../../shared/directory/directory-model';
import { isoDateSchema } from '../../shared/directory/directory-model';
import { lineError, type ImportedDirectory, type ImportedPerson, type ImportedTitle } from './directory-import';

/*
 * The directory as vCard 4.0 (RFC 6350), read and written by ical.js:
 * - a person is a card (KIND:individual), an organisation a card of KIND:org;
 * - names per language are FN;LANGUAGE=…;ALTID=1 (alternative spellings of one name);
 * - each title held is TITLE and ORG sharing an ALTID, one per language, with
 *   the dates as X-FROM / X-TO parameters on the TITLE;
 * - recorded forms ride as X-GENITIVE, X-INSTRUMENTAL … parameters of the value
 *   they inflect, an honorific as X-HONORIFIC, a short form as X-SHORT, and an
 *   English "the" as X-ENGLISH-THE:TRUE. Other programs keep what they do not know.
 */

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];
type JCard = [string, JCardProperty[], unknown[]];

/** Where each property of each card starts in the file: ical.js keeps property order but not positions. */
function propertyLines(text: string): { begin: number; properties: number[] }[] {
  const cards: { begin: number; properties: number[] }[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith(' ') || line.startsWith('\t')) return;
    const upper = line.toUpperCase();
    if (upper.startsWith('BEGIN:VCARD')) cards.push({ begin: index + 1, properties: [] });
    else if (!upper.startsWith('END:VCARD')) cards.at(-1)?.properties.push(index + 1);
  });
  return cards;
}

/** The first line ical.js cannot read, for the error sentence. */
function firstUnreadableLine(text: string): number | undefined {
  const lines = text.split(/\r\n|\n|\r/);
  let open = 0;
  let openedAt = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '' || line.startsWith(' ') || line.startsWith('\t')) continue;
    const upper = line.toUpperCase();
    if (upper.startsWith('BEGIN:')) {
      open += 1;
      openedAt = index + 1;
    } else if (upper.startsWith('END:')) open -= 1;
    if (open < 0 || (open === 0 && !upper.startsWith('END:'))) return index + 1;
    if (upper.startsWith('BEGIN:') || upper.startsWith('END:')) continue;
    try {
      ICAL.parse.property(line);
    } catch {
      return index + 1;
    }
  }
  return open > 0 ? openedAt : undefined;
}

const text = (value: unknown): string => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' || typeof first === 'number' ? String(first).trim() : '';
};
const parameter = (property: JCardProperty, name: string): string | undefined => {
  const value = property[1][name];
  return Array.isArray(value) ? value.join(',') : value;
};

function formsFrom(property: JCardProperty): WordForms | undefined {
  const forms: WordForms = {};
  for (const grammaticalCase of grammaticalCases) {
    const form = parameter(property, `x-${grammaticalCase}`);
    if (form) forms[grammaticalCase] = form;
  }
  return Object.keys(forms).length > 0 ? forms : undefined;
}

/**
 * Reads a vCard file into directory entries, or throws one sentence naming
 * the line: a line that is not vCard, a card without a name, a name without
 * a language, a date that is not YYYY-MM-DD.
 */
export function parseVcards(contents: string): ImportedDirectory {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(contents);
  } catch {
    throw lineError(firstUnreadableLine(contents) ?? 1, { id: 'directoryImport.notVcardLine' });
  }
  const cards = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])) as JCard[];
  const positions = propertyLines(contents);
  const imported: ImportedDirectory = { people: [], organisations: [] };
  cards.forEach((card, cardIndex) => {
    const position = positions[cardIndex] ?? { begin: 1, properties: [] };
    if (card[0] !== 'vcard') throw lineError(position.begin, { id: 'directoryImport.onlyVcard' });
    const lineOf = (index: number) => position.properties[index] ?? position.begin;
    const names: Record<string, PersonName & OrganisationName> = {};
    const titles = new Map<string, ImportedTitle>();
    let kind = 'individual';
    let id: string | undefined;
    let email: string | undefined;
    let englishTakesThe = false;
    card[1].forEach((property, index) => {
      const [name, , , value] = property;
      const language = parameter(property, 'language');
      const line = lineOf(index);
      switch (name) {
        case 'version':
          if (text(value) !== '4.0') throw lineError(line, { id: 'directoryImport.vcardVersion', values: { version: text(value) } });
          break;
        case 'kind':
          kind = text(value).toLowerCase();
          break;
        case 'uid': {
          const uid = text(value).replace(/^urn:uuid:/i, '');
          if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uid)) id = uid.toLowerCase();
          break;
        }
        case 'email':
          email ??= text(value);
          break;
        case 'x-english-the':
          englishTakesThe = text(value).toUpperCase() === 'TRUE';
          break;
        case 'fn': {
          const forms = formsFrom(property);
          const honorific = parameter(property, 'x-honorific');
          const short = parameter(property, 'x-short');
          names[language ?? 'en'] = { name: text(value), ...(forms ? { forms } : {}), ...(honorific ? { honorific } : {}), ...(short ? { short } : {}) };
          break;
        }
        case 'title':
        case 'org': {
          if (!language) throw lineError(line, { id: 'directoryImport.needsLanguage', values: { property: name.toUpperCase() } });
          const altid = parameter(property, 'altid') ?? '';
          const held = titles.get(altid) ?? { from: null, to: null, title: {}, organisation: null };
          titles.set(altid, held);
          const forms = formsFrom(property);
          if (name === 'org') {
            held.organisation ??= {};
            const short = parameter(property, 'x-short');
            held.organisation[language] = { name: text(value), ...(short ? { short } : {}), ...(forms ? { forms } : {}) };
            break;
          }
          held.title[language] = { title: text(value), ...(forms ? { forms } : {}) };
          for (const end of ['from', 'to'] as const) {
            const date = parameter(property, `x-${end}`);
            if (date === undefined) continue;
            if (!isoDateSchema.safeParse(date).success) throw lineError(line, { id: 'directoryImport.badDate', values: { column: `X-${end.toUpperCase()}`, date } });
            held[end] = date;
          }
          break;
        }
        default:
          break;
      }
    });
    if (Object.keys(names).length === 0) throw lineError(position.begin, { id: 'directoryImport.noFn' });
    if (kind === 'org') {
      imported.organisations.push({ names, englishTakesThe, line: position.begin, ...(id ? { id } : {}) });
      return;
    }
    const person: ImportedPerson = {
      names: Object.fromEntries(Object.entries(names).map(([language, { short: _short, ...name }]) => [language, name])),
      titles: [...titles.values()].filter((held) => Object.keys(held.title).length > 0),
      line: position.begin,
      ...(id ? { id } : {}),
      ...(email ? { email } : {}),
    };
    imported.people.push(person);
  });
  return imported;
}

function addForms(property: ICAL.Property, forms: WordForms | undefined): void {
  for (const grammaticalCase of grammaticalCases) {
    const form = forms?.[grammaticalCase];
    if (form) property.setParameter(`x-${grammaticalCase}`, form);
  }
}

/** The whole directory as one vCard 4.0 file: organisations first, so a reader meets them before the people who work there. */
export function writeVcards(directory: Directory): string {
  const cards: string[] = [];
  const card = (id: string, kind: string) => {
    const component = new ICAL.Component('vcard');
    component.addPropertyWithValue('version', '4.0');
    component.addPropertyWithValue('uid', `urn:uuid:${id}`);
    component.addPropertyWithValue('kind', kind);
    return component;
  };
  const addName = (component: ICAL.Component, language: string, value: string) => {
    const property = component.addPropertyWithValue('fn', value);
    property.setParameter('language', language);
    property.setParameter('altid', '1');
    return property;
  };
  for (const organisation of directory.organisations) {
    const component = card(organisation.id, 'org');
    for (const [language, name] of Object.entries(organisation.names)) {
      const property = addName(component, language, name.name);
      if (name.short) property.setParameter('x-short', name.short);
      addForms(property, name.forms);
    }
    if (organisation.englishTakesThe) component.addPropertyWithValue('x-english-the', 'TRUE');
    cards.push(component.toString());
  }
  for (const person of directory.people) {
    const component = card(person.id, 'individual');
    for (const [language, name] of Object.entries(person.names)) {
      const property = addName(component, language, name.name);
      if (name.honorific) property.setParameter('x-honorific', name.honorific);
      addForms(property, name.forms);
    }
    if (person.email) component.addPropertyWithValue('email', person.email);
    person.titles.forEach((held, index) => {
      const altid = String(index + 2);
      for (const [language, title] of Object.entries(held.title)) {
        const property = component.addPropertyWithValue('title', title.title);
        property.setParameter('language', language);
        property.setParameter('altid', altid);
        if (held.from) property.setParameter('x-from', held.from);
        if (held.to) property.setParameter('x-to', held.to);
        addForms(property, title.forms);
      }
      const organisation = directory.organisations.find((candidate) => candidate.id === held.organisationId);
      for (const [language, name] of Object.entries(organisation?.names ?? {})) {
        const property = component.addPropertyWithValue('org', [name.name]);
        property.setParameter('language', language);
        property.setParameter('altid', altid);
        if (name.short) property.setParameter('x-short', name.short);
        addForms(property, name.forms);
      }
    });
    cards.push(component.toString());
  }
  return cards.map((text) => `${text}\r\n`).join('');
}
