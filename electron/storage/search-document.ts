import type { FieldValues, Participant } from '../../shared/document/briefing';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { bodyPlainText } from '../../shared/document/text-stats';
import { foldForSearch } from '../../shared/search/search-folding';

/** The parts of a briefing that search looks at. */
export interface SearchableBriefing {
  title: string;
  fields: FieldValues;
  participants: readonly Participant[];
  body: BriefingBody;
}

/** One row of the FTS table: folded text per column. */
export interface SearchDocument {
  title: string;
  fields: string;
  people: string;
  organisations: string;
  /** `bodyPlainText` of the body, folded: same length as the text as written, which snippets are cut from. */
  body: string;
}

function fieldTexts(fields: FieldValues): { values: string[]; organisations: string[] } {
  const values: string[] = [];
  const organisations: string[] = [];
  for (const value of Object.values(fields)) {
    if (typeof value === 'string') values.push(value);
    else if (value) {
      values.push([value.name, value.title, value.organisation].filter(Boolean).join(', '));
      if (value.organisation) organisations.push(value.organisation);
    }
  }
  return { values: values.filter(Boolean), organisations };
}

/** What the FTS index holds for a briefing. Field references in the body are not resolved: their values are indexed as fields. */
export function searchDocument(briefing: SearchableBriefing): SearchDocument {
  const fields = fieldTexts(briefing.fields);
  const people = briefing.participants.map((participant) => [participant.name, participant.title, participant.role].filter(Boolean).join(', '));
  const organisations = [...fields.organisations, ...briefing.participants.map((participant) => participant.organisation)].filter(Boolean);
  const body = bodyPlainText(briefing.body);
  return {
    title: foldForSearch(briefing.title),
    fields: foldForSearch(fields.values.join('\n')),
    people: foldForSearch(people.join('\n')),
    organisations: foldForSearch(organisations.join('\n')),
    body: foldForSearch(body),
  };
}
