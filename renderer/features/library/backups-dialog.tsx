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

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** "Back up library…" and "Restore from backup…": the backups next to the library, newest first. */
export function BackupsDialog({ flush, onClose }: BackupsDialogProps) {
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
      setMessage({ kind: 'info', text: `Backed up to ${made.name}.` });
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: `The backup could not be made: ${errorMessage(error)}` });
    }
    setBusy(false);
  };

  const restore = async (backup: BackupInfo) => {
    const when = new Date(backup.createdAt).toLocaleString();
    if (!window.confirm(`Replace the library with the backup of ${when}? The current library file is kept aside, not deleted.`)) return;
    setBusy(true);
    setMessage(undefined);
    try {
      if (!(await flush())) throw new Error('the open briefing could not be saved first');
      await api.library.restoreBackup(backup.name);
      // Everything on screen belongs to the library that was replaced: start the window afresh.
      window.location.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: `The backup could not be restored: ${errorMessage(error)}` });
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="Backups" onClose={onClose}>
      <p className="modal-text">
        A backup is made automatically once a day when the app starts (the last 7 are kept, and one a month for 6 months). Restoring keeps the current
        library file aside.
      </p>
      {message && (
        <p className={message.kind === 'error' ? 'library-error' : 'modal-text'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {backups?.length === 0 && <p className="modal-text">No backups yet.</p>}
      <ul className="backup-list" aria-label="Backups">
        {backups?.map((backup) => (
          <li key={backup.name}>
            <span>
              {new Date(backup.createdAt).toLocaleString()} · {backup.kind === 'automatic' ? 'Automatic' : 'Manual'} · {sizeOf(backup.bytes)}
            </span>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void restore(backup)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      <DialogActions primary={{ label: 'Close', onClick: onClose }}>
        <button type="button" className="button" disabled={busy} onClick={() => void backUp()}>
          Back up library now
        </button>
      </DialogActions>
    </ModalDialog>
  );
}
