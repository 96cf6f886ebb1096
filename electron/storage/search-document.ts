import type { FieldValues, Participant } from '../../shared/document/briefing';
import type { BriefingBody } from '../../shared/document/briefing-body';
import type { BriefingTemplate } from '../../shared/document/template';
import { searchBodyText } from '../../shared/search/search-body-text';
import { indexText } from '../../shared/search/search-spellings';

/** The parts of a briefing that search looks at. */
export interface SearchableBriefing {
  title: string;
  fields: FieldValues;
  participants: readonly Participant[];
  body: BriefingBody;
  /** The briefing's language: Azerbaijani text is also indexed under its English transliterations (see `search-spellings.ts`). */
  language?: string;
  /** The briefing's template, whose fields format the values its field references show in the body. */
  templateId?: string;
}

/** One row of the FTS table: folded text per column, each followed by its words' other spellings. */
export interface SearchDocument {
  title: string;
  fields: string;
  people: string;
  organisations: string;
  /** The body as `searchBodyText` reads it (field references resolved), folded. */
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

/** What the FTS index holds for a briefing. */
export function searchDocument(briefing: SearchableBriefing, template?: BriefingTemplate): SearchDocument {
  const language = briefing.language ?? '';
  const options = { azerbaijani: language === 'az' || language.startsWith('az-') };
  const fields = fieldTexts(briefing.fields);
  const people = briefing.participants.map((participant) => [participant.name, participant.title, participant.role].filter(Boolean).join(', '));
  const organisations = [...fields.organisations, ...briefing.participants.map((participant) => participant.organisation)].filter(Boolean);
  const body = searchBodyText({ body: briefing.body, fields: briefing.fields, language, template });
  return {
    title: indexText(briefing.title, options),
    fields: indexText(fields.values.join('\n'), options),
    people: indexText(people.join('\n'), options),
    organisations: indexText(organisations.join('\n'), options),
    body: indexText(body, options),
  };
}
