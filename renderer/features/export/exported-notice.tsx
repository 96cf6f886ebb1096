import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useT } from '../../ui/interface-language';

export interface BriefingNotice {
  message: string;
  /** The file an export has just written: the notice offers to open it or show it in its folder. */
  exportedFile?: string;
}

/**
 * The news a dialog leaves above the briefing ("Saved as the template …", where an export went). After an export,
 * "Open" and "Show in folder" ask the main process to act on that file; it refuses any file it did not just write.
 */
export function BriefingNoticeBanner({ notice, onDismiss }: { notice: BriefingNotice; onDismiss: () => void }) {
  const t = useT();
  const api = useApi();
  const [error, setError] = useState<string | undefined>(undefined);
  const act = (call: (path: string) => Promise<void>) => {
    if (!notice.exportedFile) return;
    setError(undefined);
    call(notice.exportedFile).catch((reason: unknown) => setError(t('export.openFailed', { reason: errorMessage(reason) })));
  };
  return (
    <div className="banner banner-info" aria-live="polite">
      <span>{notice.message}</span>
      {error && <span role="alert">{error}</span>}
      {notice.exportedFile && (
        <>
          <button type="button" className="button" onClick={() => act((path) => api.export.openExported(path))}>
            {t('export.open')}
          </button>
          <button type="button" className="button" onClick={() => act((path) => api.export.showExportedInFolder(path))}>
            {t('export.showInFolder')}
          </button>
        </>
      )}
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('briefing.dismiss')}
      </button>
    </div>
  );
}
