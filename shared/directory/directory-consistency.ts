import type { BriefingBody } from '../document/briefing-body';
import type { FieldValues, Participant, PersonValue } from '../document/briefing';
import { isPersonValue } from '../document/field-format';
import { bodyPlainText } from '../document/text-stats';
import { foldForSearch } from '../search/search-folding';
import { english } from '../i18n/english';
import type { Translate } from '../i18n/messages';
import type { Directory, Person } from './directory-model';
import { findPerson, inLanguage, personOnDate } from './person-on-date';

/**
 * Where a directory check found something: the body text, a person field
 * (`fieldId`) or a participants row (`participantId`).
 */
export interface DirectoryIssue {
  kind: 'spelling' | 'title';
  fieldId?: string;
  participantId?: string;
  /** In the body: every occurrence of `found` is replaced. */
  inBody?: true;
  found: string;
  replacement: string;
  message: string;
}

export interface CheckedBriefing {
  language: string;
  fields: FieldValues;
  participants: readonly Participant[];
  body: BriefingBody;
}

const folded = (text: string) => foldForSearch(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word occurrences of `name` in `text`, exactly as written. */
function occursIn(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The person's spellings in other languages that differ from the one in `language`. */
function otherSpellings(person: Person, own: string): string[] {
  return [...new Set(Object.values(person.names).map((name) => name.name))].filter((name) => folded(name) !== folded(own));
}

/**
 * What the directory says is wrong in a briefing: a directory person's name
 * spelt as another language spells it ("Asadov" in an Azerbaijani briefing),
 * in the text, a person field or a participants row; and, for a value linked
 * to a person, a title the person did not hold on the meeting date. Each
 * issue carries the directory's text that replaces what was found.
 */
export function directoryIssues(briefing: CheckedBriefing, directory: Directory, date: string | null, t: Translate = english): DirectoryIssue[] {
  const issues: DirectoryIssue[] = [];
  // Nothing to check against: the common case of an empty directory costs nothing per keystroke.
  if (directory.people.length === 0) return issues;
  const text = bodyPlainText(briefing.body);
  const values: { value: PersonValue; fieldId?: string; participantId?: string }[] = [
    ...Object.entries(briefing.fields).flatMap(([fieldId, value]) => (isPersonValue(value) ? [{ value, fieldId }] : [])),
    ...briefing.participants.map((participant) => ({ value: participant, participantId: participant.id })),
  ];
  for (const person of directory.people) {
    const own = inLanguage(person.names, briefing.language)?.name;
    if (!own) continue;
    for (const spelling of otherSpellings(person, own)) {
      const message = t('validation.directorySpelling', { found: spelling, own });
      if (occursIn(text, spelling)) issues.push({ kind: 'spelling', inBody: true, found: spelling, replacement: own, message });
      for (const { value, fieldId, participantId } of values) {
        if (value.name.trim() === spelling) issues.push({ kind: 'spelling', found: spelling, replacement: own, message, ...(fieldId ? { fieldId } : { participantId }) });
      }
    }
  }
  for (const { value, fieldId, participantId } of values) {
    const person = value.personId ? findPerson(directory, value.personId) : undefined;
    if (!person || value.title.trim() === '') continue;
    const held = personOnDate(person, directory.organisations, briefing.language, date).value.title;
    if (held === '' || folded(held) === folded(value.title)) continue;
    issues.push({
      kind: 'title',
      found: value.title,
      replacement: held,
      message: t('validation.directoryTitle', { name: value.name || t('validation.thisPerson'), title: value.title, when: date ? 'meeting' : 'now', held }),
      ...(fieldId ? { fieldId } : { participantId }),
    });
  }
  return issues;
}

/** The fields and rows with one issue fixed (a body issue is fixed in the editor, not here). */
export function fixIssue(briefing: Pick<CheckedBriefing, 'fields' | 'participants'>, issue: DirectoryIssue): { fields: FieldValues; participants: Participant[] } {
  const part = issue.kind === 'spelling' ? 'name' : 'title';
  const fix = <Value extends PersonValue>(value: Value): Value => ({ ...value, [part]: issue.replacement });
  return {
    fields: Object.fromEntries(Object.entries(briefing.fields).map(([id, value]) => [id, id === issue.fieldId && isPersonValue(value) ? fix(value) : value])),
    participants: briefing.participants.map((participant) => (participant.id === issue.participantId ? fix(participant) : participant)),
  };
}
