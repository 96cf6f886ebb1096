import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

/** What the briefing says after History restored a version: which one, and how to go back. */
export interface RestoreNotice {
  kind: 'restored' | 'undone';
  /** When the restored version was saved. */
  versionAt: string;
  /** The version that keeps what was there before the restore: restoring it undoes the restore. */
  undoRevisionId?: number;
}

export interface RestoreBannerProps {
  notice: RestoreNotice;
  briefingId: string;
  /** Opens the briefing afresh (with the next notice) once the undo is done. */
  onOpen: (id: string, notice?: RestoreNotice) => void;
  onDismiss: () => void;
}

/** "Restored the version of 21 Nov, 10:00 …" with Undo restore, in the briefing, after History closes. */
export function RestoreBanner({ notice, briefingId, onOpen, onDismiss }: RestoreBannerProps) {
  const api = useApi();
  const t = useT();
  const format = useInterfaceFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const moment = format.date(new Date(notice.versionAt), 'date-and-time');
  const undo = async () => {
    if (notice.undoRevisionId === undefined) return;
    setBusy(true);
    try {
      await api.history.restore(notice.undoRevisionId);
      onOpen(briefingId, { kind: 'undone', versionAt: notice.versionAt });
    } catch (error) {
      setFailure(t('history.undoFailed', { reason: errorMessage(error) }));
      setBusy(false);
    }
  };
  return (
    <div className="banner banner-info" role="status">
      <span>{failure ?? (notice.kind === 'restored' ? t('history.restored', { moment }) : t('history.restoreUndone'))}</span>
      {notice.kind === 'restored' && notice.undoRevisionId !== undefined && (
        <button type="button" className="button" disabled={busy} onClick={() => void undo()}>
          {t('history.undoRestore')}
        </button>
      )}
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('briefing.dismiss')}
      </button>
    </div>
  );
}
