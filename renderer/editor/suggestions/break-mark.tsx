import type { SuggestionMark } from '../../../shared/document/suggestion-schema';
import { PARAGRAPH_MARK } from '../../../shared/document/suggestions';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

/**
 * A suggested paragraph mark at the end of its block, as Word shows a tracked one: a pilcrow underlined in the
 * reviewers' green for a suggested break, struck through in red for a suggested join, with who and when on hover.
 * The margin's card sits level with it (`data-suggestion`).
 */
export function BreakMark({ mark }: { mark: SuggestionMark | undefined }) {
  const t = useT();
  const format = useInterfaceFormat();
  if (!mark) return null;
  const time = Number.isNaN(Date.parse(mark.at)) ? mark.at : format.date(new Date(mark.at), 'date-and-time');
  return (
    <span contentEditable={false} className={`suggestion-break suggestion-${mark.kind}`} data-suggestion={mark.id} title={t('suggestions.breakByAuthor', { kind: mark.kind, author: mark.author || t('comments.noAuthor'), time })}>
      {PARAGRAPH_MARK}
    </span>
  );
}
