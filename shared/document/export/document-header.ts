import type { Briefing } from '../briefing';
import { embargoHolds } from '../embargo';
import { formatDate, formatDateTime, isPersonValue, wallClockMoment } from '../field-format';
import { documentStrings } from '../language/document-language';
import { fillIn } from '../language/document-strings';
import { upperCaseIn } from '../language/text-case';
import type { BriefingTemplate, FieldDefinition } from '../template';
import { fieldValueOf } from '../own-fields';

/** The block above the title and the running header of every page. */
export interface DocumentHeader {
  /** Who issues the document; empty when the template names no one. */
  organisation: string;
  /**
   * "FOR IMMEDIATE RELEASE" or "EMBARGOED UNTIL …"; empty for internal
   * documents without a release line. An embargo that has passed by the
   * time of the export reads "FOR IMMEDIATE RELEASE": that is what it is now.
   */
  releaseLine: string;
  /**
   * "EMBARGOED UNTIL …" while the embargo still holds at the time of the
   * export, printed in the running header of every page; empty otherwise.
   */
  embargo: string;
  /** "OFFICIAL", "RESTRICTED" …; empty for public documents, which carry no marking. */
  classification: string;
  /** "Baku, Azerbaijan — November 21, 2025"; whatever of place and date the briefing has. */
  dateline: string;
  /** A sub-headline shown under the title, when the template has one. */
  subtitle: string;
}

const placeFieldIds = ['location', 'datelinePlace', 'place'];

function text(briefing: Briefing, fieldId: string): string {
  const value = fieldValueOf(briefing.fields, fieldId);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The issuing organisation: a field named `organisation` if the template has
 * one, otherwise the organisation of its first person (the host of a meeting,
 * the speaker of talking points).
 */
function organisationOf(briefing: Briefing, template: BriefingTemplate | undefined): string {
  if (text(briefing, 'organisation') !== '') return text(briefing, 'organisation');
  const person = template?.fields.find((field) => field.type === 'person');
  const value = person ? fieldValueOf(briefing.fields, person.id) : undefined;
  return isPersonValue(value) ? value.organisation.trim() : '';
}

/**
 * The embargo line while the embargo holds at `now`. Without a time it holds
 * until someone says otherwise; a time that cannot be read is printed as
 * written rather than dropped, because nobody can tell that it has passed.
 */
function embargoOf(briefing: Briefing, now: Date): string {
  if (text(briefing, 'releaseLine') !== 'embargoed') return '';
  const until = text(briefing, 'embargoUntil');
  const { release } = documentStrings(briefing.language);
  if (until === '') return release.embargoed;
  if (wallClockMoment(until) !== undefined && !embargoHolds(until, now)) return '';
  // Set in capitals like the rest of the line, by the rules of the briefing's language.
  return fillIn(release.embargoedUntil, { until: upperCaseIn(formatDateTime(until, briefing.language), briefing.language) });
}

function releaseLineOf(briefing: Briefing, embargo: string): string {
  const { release } = documentStrings(briefing.language);
  switch (text(briefing, 'releaseLine')) {
    case 'immediate':
      return release.immediate;
    case 'embargoed':
      return embargo || release.immediate;
    default:
      return '';
  }
}

function classificationOf(briefing: Briefing, template: BriefingTemplate | undefined): string {
  const value = text(briefing, 'classification');
  if (value === '' || value === 'public') return '';
  const markings: Record<string, string | undefined> = documentStrings(briefing.language).classification;
  if (markings[value] !== undefined) return markings[value];
  const field = template?.fields.find((candidate) => candidate.id === 'classification');
  const label = field?.type === 'select' ? (field.options.find((option) => option.value === value)?.label ?? value) : value;
  return upperCaseIn(label, briefing.language);
}

function dateOf(briefing: Briefing, template: BriefingTemplate | undefined): string {
  const dateField: FieldDefinition | undefined =
    template?.fields.find((field) => field.id === template.eventDateField) ??
    template?.fields.find((field) => field.type === 'date' || field.type === 'date-time');
  if (!dateField) return '';
  const value = text(briefing, dateField.id);
  if (value === '') return '';
  return dateField.type === 'date-time' ? formatDateTime(value, briefing.language) : formatDate(value, briefing.language);
}

/** The header of a briefing exported at `now` (which decides whether its embargo still holds). */
export function documentHeader(briefing: Briefing, template: BriefingTemplate | undefined, now: Date): DocumentHeader {
  const place = placeFieldIds.map((id) => text(briefing, id)).find((value) => value !== '') ?? '';
  const embargo = embargoOf(briefing, now);
  return {
    organisation: organisationOf(briefing, template),
    releaseLine: releaseLineOf(briefing, embargo),
    embargo,
    classification: classificationOf(briefing, template),
    dateline: [place, dateOf(briefing, template)].filter(Boolean).join(' — '),
    subtitle: text(briefing, 'subHeadline'),
  };
}
