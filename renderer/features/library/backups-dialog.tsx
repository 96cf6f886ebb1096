import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/library-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';

export interface BackupsDialogProps {
  /** Saves the open briefing first; false when it could not be saved. */
  flush: () => Promise<boolean>;
  onClose: () => void;
}


/** "Back up library…" and "Restore from backup…": the backups next to the library, newest first. */
export function BackupsDialog({ flush, onClose }: BackupsDialogProps) {
  const t = useT();
  const format = useInterfaceFormat();
  const sizeOf = (bytes: number) =>
    bytes < 1024 * 1024 ? t('size.kilobytes', { count: format.number(Math.max(1, Math.round(bytes / 1024))) }) : t('size.megabytes', { count: format.number(Math.round(bytes / 1024 / 102.4) / 10) });
  const api = useApi();
  const [backups, setBackups] = useState<BackupInfo[] | undefined>(undefined);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const load = () => api.library.backups().then(setBackups, (error: unknown) => setMessage({ kind: 'error', text: errorMessage(error) }));
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once when the dialog opens
  }, []);

  const backUp = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      await flush();
      const made = await api.library.backUp();
      setMessage({ kind: 'info', text: t('backups.backedUp', { name: made.name }) });
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: t('backups.backUpFailed', { reason: errorMessage(error) }) });
    }
    setBusy(false);
  };

  const restore = async (backup: BackupInfo) => {
    const when = format.date(new Date(backup.createdAt), 'date-and-time');
    if (!window.confirm(t('backups.confirmRestore', { moment: when }))) return;
    setBusy(true);
    setMessage(undefined);
    try {
      if (!(await flush())) throw new Error(t('backups.flushFailed'));
      await api.library.restoreBackup(backup.name);
      // Everything on screen belongs to the library that was replaced: start the window afresh.
      window.location.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: t('backups.restoreFailed', { reason: errorMessage(error) }) });
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('backups.title')} onClose={onClose}>
      <p className="modal-text">
        {t('backups.explain')}
      </p>
      {message && (
        <p className={message.kind === 'error' ? 'library-error' : 'modal-text'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {backups?.length === 0 && <p className="modal-text">{t('backups.none')}</p>}
      <ul className="backup-list" aria-label={t('backups.title')}>
        {backups?.map((backup) => (
          <li key={backup.name}>
            <span>
              {t('backups.entry', { moment: format.date(new Date(backup.createdAt), 'date-and-time'), kind: backup.kind, size: sizeOf(backup.bytes) })}
            </span>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void restore(backup)}>
              {t('backups.restore')}
            </button>
          </li>
        ))}
      </ul>
      <DialogActions primary={{ label: t('dialog.close'), onClick: onClose }}>
        <button type="button" className="button" disabled={busy} onClick={() => void backUp()}>
          {t('backups.backUpNow')}
        </button>
      </DialogActions>
    </ModalDialog>
  );
}
