import { useMemo } from 'react';
import type { BriefingBody } from '../../../shared/document/briefing-body';
import { openCommentCount } from '../../../shared/document/comments';
import { openSuggestionCount } from '../../../shared/document/suggestions';
import { resolveReference, type FieldContextValue } from '../../editor/fields/field-context';
import type { SaveStatus } from './autosave';
import { saveStatusLabel } from './save-status-label';
import { TextStatsCache } from './text-stats-cache';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

export interface BriefingStatusBarProps {
  status: SaveStatus;
  /**
   * The body as of the last quiet moment (`useDeferredValue`), so counting never slows typing; null in the
   * briefing's first render, which shows the save status alone.
   */
  body: BriefingBody | null;
  sectionIndex: number | undefined;
  fieldContext: FieldContextValue;
}

/** Below the page: whether the briefing is saved, and the words and characters of the section and of the whole. */
export function BriefingStatusBar({ status, body, sectionIndex, fieldContext }: BriefingStatusBarProps) {
  const t = useT();
  const format = useInterfaceFormat();
  const counts = ({ words, characters }: { words: number; characters: number }) =>
    t('status.counts', { words, wordsShown: format.number(words), characters, charactersShown: format.number(characters) });
  const statsCache = useMemo(
    () => new TextStatsCache((reference: Parameters<typeof resolveReference>[0]) => resolveReference(reference, fieldContext).value),
    [fieldContext],
  );
  const total = body ? statsCache.sections(body) : undefined;
  const currentSection = sectionIndex === undefined || !body ? undefined : body[sectionIndex];
  const section = currentSection ? statsCache.sections([currentSection]) : undefined;
  const openComments = body ? openCommentCount(body) : 0;
  const openSuggestions = body ? openSuggestionCount(body) : 0;
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
        {saveStatusLabel(status, t)}
      </span>
      <span className="status-counts">
        {openComments > 0 && <span className="status-comments">{t('status.openComments', { count: openComments })}</span>}
        {openSuggestions > 0 && <span className="status-suggestions">{t('status.openSuggestions', { count: openSuggestions })}</span>}
        {section && currentSection && (
          <span title={t('status.sectionTitle')}>
            {t('status.sectionCounts', { section: currentSection.heading || t('status.section'), counts: counts(section) })}
          </span>
        )}
        {total && <span title={t('status.totalTitle')}>{counts(total)}</span>}
      </span>
    </footer>
  );
}
