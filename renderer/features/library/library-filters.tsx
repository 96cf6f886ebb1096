import type { BriefingTemplate } from '../../../shared/document/template';
import type { LibrarySearchQuery, LibrarySortOrder } from '../../../shared/ipc/briefing-service';
import { briefingLanguages } from '../details/languages';

export interface LibraryFiltersProps {
  query: LibrarySearchQuery;
  templates: BriefingTemplate[];
  organisations: string[];
  onChange: (changes: Partial<LibrarySearchQuery>) => void;
}

const sortLabels: Record<LibrarySortOrder, string> = {
  relevance: 'Best match',
  edited: 'Last edited',
  'event-date': 'Meeting date',
  title: 'Title',
};

/** Narrows the library down: template, language, meeting dates, organisation; and the order. The status has its own row (`StatusFilter`). */
export function LibraryFilters({ query, templates, organisations, onChange }: LibraryFiltersProps) {
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <div className="library-filters" role="group" aria-label="Filters">
      <label>
        Template
        <select value={query.templateId ?? ''} onChange={(event) => onChange({ templateId: optional(event.target.value) })}>
          <option value="">Any</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select value={query.language ?? ''} onChange={(event) => onChange({ language: optional(event.target.value) })}>
          <option value="">Any</option>
          {briefingLanguages.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Meeting from
        <input type="date" value={query.eventFrom ?? ''} onChange={(event) => onChange({ eventFrom: optional(event.target.value) })} />
      </label>
      <label>
        to
        <input type="date" value={query.eventTo ?? ''} onChange={(event) => onChange({ eventTo: optional(event.target.value) })} />
      </label>
      <label>
        Organisation
        <input
          type="search"
          list="library-organisations"
          value={query.organisation ?? ''}
          onChange={(event) => onChange({ organisation: optional(event.target.value) })}
        />
        <datalist id="library-organisations">
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation} />
          ))}
        </datalist>
      </label>
      <label>
        Sort by
        <select value={query.sort ?? (query.text?.trim() ? 'relevance' : 'edited')} onChange={(event) => onChange({ sort: event.target.value as LibrarySortOrder })}>
          {(Object.keys(sortLabels) as LibrarySortOrder[])
            .filter((sort) => sort !== 'relevance' || query.text?.trim())
            .map((sort) => (
              <option key={sort} value={sort}>
                {sortLabels[sort]}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
