import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import { useT } from '../../ui/interface-language';

/**
 * Word-level changes from a saved version to the current text (jsdiff's
 * `diffWordsWithSpace`, so changed spacing and line breaks show too):
 * removed words struck through, added ones underlined.
 */
export function WordDiff({ before, after, label }: { before: string; after: string; label?: string }) {
  const t = useT();
  const changes = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  const unchanged = changes.every((change) => !change.added && !change.removed);
  return (
    <div className="word-diff" aria-label={label ?? t('history.changesSince')}>
      {unchanged && <p className="modal-text">{t('history.noChanges')}</p>}
      {changes.map((change, index) =>
        change.added ? (
          <ins key={index}>{change.value}</ins>
        ) : change.removed ? (
          <del key={index}>{change.value}</del>
        ) : (
          <span key={index}>{change.value}</span>
        ),
      )}
    </div>
  );
}
