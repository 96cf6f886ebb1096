import type { StaleSection, VersionsOf } from '../../../shared/ipc/version-service';
import type { SectionNotice } from '../../editor/sections/section-notice-context';
import { WordDiff } from '../history/word-diff';
import { languageName } from './language-names';

export interface SourceChangedProps {
  section: StaleSection;
  sourceLanguage: string;
  sourceLanguageName: string;
  busy: boolean;
  onMarkUpToDate: () => void;
}

/** At the top of a translated section: what changed in the source section since it was last brought up to date. */
export function SourceChanged({ section, sourceLanguage, sourceLanguageName, busy, onMarkUpToDate }: SourceChangedProps) {
  return (
    <div className="source-changed" role="note" aria-label={`Source changed: ${section.sectionId}`}>
      <div className="source-changed-head">
        <strong>Source changed</strong>
        <span className="source-changed-detail">The {sourceLanguageName} text of this section changed since it was last brought up to date:</span>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onMarkUpToDate}>
          Mark as up to date
        </button>
      </div>
      <div lang={sourceLanguage}>
        <WordDiff before={section.before} after={section.after} label={`Changes in the ${sourceLanguageName} text`} />
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
        sourceLanguageName={languageName(source.language)}
        busy={busy}
        onMarkUpToDate={() => onMarkUpToDate(sectionId)}
      />
    ) : null;
  };
}
