import type { SuggestionMark } from '../../../shared/document/suggestion-schema';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

/** The tooltip of suggested text: who inserted or deleted it, and when. */
export function useSuggestionTitle(suggestion: SuggestionMark | undefined): string | undefined {
  const t = useT();
  const format = useInterfaceFormat();
  if (!suggestion) return undefined;
  const time = Number.isNaN(Date.parse(suggestion.at)) ? suggestion.at : format.date(new Date(suggestion.at), 'date-and-time');
  return t('suggestions.byAuthor', { kind: suggestion.kind, author: suggestion.author || t('comments.noAuthor'), time });
}
