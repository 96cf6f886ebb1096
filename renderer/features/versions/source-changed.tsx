import type { StaleSection, VersionsOf } from '../../../shared/ipc/version-service';
import type { SectionNotice } from '../../editor/sections/section-notice-context';
import { WordDiff } from '../history/word-diff';
import { useT } from '../../ui/interface-language';
import { useLanguageName } from './language-names';

export interface SourceChangedProps {
  section: StaleSection;
  sourceLanguage: string;
  busy: boolean;
  onMarkUpToDate: () => void;
}

/** At the top of a translated section: what changed in the source section since it was last brought up to date. */
export function SourceChanged({ section, sourceLanguage, busy, onMarkUpToDate }: SourceChangedProps) {
  const t = useT();
  const sourceLanguageName = useLanguageName()(sourceLanguage);
  return (
    <div className="source-changed" role="note" aria-label={t('versions.sourceChangedLabel', { section: section.sectionId })}>
      <div className="source-changed-head">
        <strong>{t('versions.sourceChanged')}</strong>
        <span className="source-changed-detail">{t('versions.sourceChangedDetail', { language: sourceLanguageName })}</span>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onMarkUpToDate}>
          {t('versions.markUpToDate')}
        </button>
      </div>
      <div lang={sourceLanguage}>
        <WordDiff before={section.before} after={section.after} label={t('versions.changesIn', { language: sourceLanguageName })} />
      </div>
    </div>
  );
}

/** The editor's section notices for a version: "Source changed" on each section the source changed since. */
export function sourceChangedNotices(
  source: VersionsOf['source'],
  stale: readonly StaleSection[],
  busy: boolean,
  onMarkUpToDate: (sectionId: string) => void,
): SectionNotice {
  const bySection = new Map(stale.map((section) => [section.sectionId, section]));
  if (!source || bySection.size === 0) return () => null;
  return (sectionId) => {
    const section = bySection.get(sectionId);
    return section ? (
      <SourceChanged
        section={section}
        sourceLanguage={source.language}
        busy={busy}
        onMarkUpToDate={() => onMarkUpToDate(sectionId)}
      />
    ) : null;
  };
}
