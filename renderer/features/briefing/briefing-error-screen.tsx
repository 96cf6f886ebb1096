import { useT } from '../../ui/interface-language';
import { useState } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { HistoryDialog } from '../history/history-dialog';
import './briefing-error-screen.css';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

export interface BriefingErrorScreenProps {
  /** The briefing as it was opened. */
  briefing: Pick<Briefing, 'id' | 'title' | 'body'> & Partial<Pick<Briefing, 'fields' | 'language' | 'templateId'>>;
  /** Opens the briefing afresh from the library (after a restore, or to try again). */
  onReopen: (id: string) => void;
}

/**
 * What the briefing area shows when the open briefing cannot be shown: the
 * rest of the window keeps working, and the briefing's history and its
 * `.briefing.json` file are one click away, so a damaged text can be put
 * back to an earlier version or taken elsewhere.
 */
export function BriefingErrorScreen({ briefing, onReopen }: BriefingErrorScreenProps) {
  const t = useT();
  const api = useApi();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const title = briefing.title.trim() || t('briefing.untitled');

  const exportFile = async () => {
    setMessage(undefined);
    try {
      const file = await api.briefings.exportFile(briefing.id);
      // A data: URL, as in the library: Electron's save dialog asks where it goes.
      const link = document.createElement('a');
      link.href = `data:application/json;charset=utf-8,${encodeURIComponent(file.contents)}`;
      link.download = file.fileName;
      link.click();
    } catch (error) {
      setMessage(t('recovery.exportFailed', { reason: errorMessage(error) }));
    }
  };

  return (
    <main className="welcome briefing-error-screen" aria-label={t('briefing.label')}>
      <h2 className="welcome-title">{t('recovery.briefingCannotShow')}</h2>
      <p>
        {t('recovery.briefingExplain', { title })}
      </p>
      <div className="briefing-error-actions">
        <button type="button" className="button button-primary" onClick={() => setHistoryOpen(true)}>
          {t('recovery.showHistory')}
        </button>
        <button type="button" className="button" onClick={() => void exportFile()}>
          {t('recovery.exportFile')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onReopen(briefing.id)}>
          {t('recovery.tryAgain')}
        </button>
      </div>
      {message && (
        <p className="library-error" role="alert">
          {message}
        </p>
      )}
      {historyOpen && (
        <HistoryDialog
          briefingId={briefing.id}
          current={{ title: briefing.title, body: briefing.body, fields: briefing.fields ?? {}, language: briefing.language ?? 'en' }}
          // Built-in templates are at hand; a library template's fields show as their names here, where the editor failed.
          template={briefing.templateId ? localisedTemplate(findBuiltInTemplate(briefing.templateId), t) : undefined}
          // Nothing on screen to save: the editor never came up.
          flush={() => Promise.resolve(true)}
          onRestored={() => {
            setHistoryOpen(false);
            onReopen(briefing.id);
          }}
          onClose={() => setHistoryOpen(false)}
        />
      )}
    </main>
  );
}
