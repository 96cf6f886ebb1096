import type { BriefingTemplate } from '../../../shared/document/template';
import type { LibrarySearchQuery, LibrarySortOrder } from '../../../shared/ipc/briefing-service';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { briefingLanguages } from '../details/languages';
import { useShownTemplates } from '../templates/shown-templates';

export interface LibraryFiltersProps {
  query: LibrarySearchQuery;
  templates: BriefingTemplate[];
  organisations: string[];
  onChange: (changes: Partial<LibrarySearchQuery>) => void;
}

const sortLabels: Record<LibrarySortOrder, MessageKey> = {
  relevance: 'filters.sortRelevance',
  edited: 'filters.sortEdited',
  'event-date': 'filters.sortEventDate',
  title: 'filters.sortTitle',
};

/** Narrows the library down: template, language, meeting dates, organisation; and the order. The status has its own row (`StatusFilter`). */
export function LibraryFilters({ query, templates: givenTemplates, organisations, onChange }: LibraryFiltersProps) {
  const t = useT();
  const templates = useShownTemplates(givenTemplates);
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <div className="library-filters" role="group" aria-label={t('filters.label')}>
      <label>
        {t('filters.template')}
        <select value={query.templateId ?? ''} onChange={(event) => onChange({ templateId: optional(event.target.value) })}>
          <option value="">{t('filters.any')}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.language')}
        <select value={query.language ?? ''} onChange={(event) => onChange({ language: optional(event.target.value) })}>
          <option value="">{t('filters.any')}</option>
          {briefingLanguages.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.meetingFrom')}
        <input type="date" value={query.eventFrom ?? ''} onChange={(event) => onChange({ eventFrom: optional(event.target.value) })} />
      </label>
      <label>
        {t('filters.meetingTo')}
        <input type="date" value={query.eventTo ?? ''} onChange={(event) => onChange({ eventTo: optional(event.target.value) })} />
      </label>
      <label>
        {t('filters.organisation')}
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
        {t('filters.sortBy')}
        <select value={query.sort ?? (query.text?.trim() ? 'relevance' : 'edited')} onChange={(event) => onChange({ sort: event.target.value as LibrarySortOrder })}>
          {(Object.keys(sortLabels) as LibrarySortOrder[])
            .filter((sort) => sort !== 'relevance' || query.text?.trim())
            .map((sort) => (
              <option key={sort} value={sort}>
                {t(sortLabels[sort])}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
