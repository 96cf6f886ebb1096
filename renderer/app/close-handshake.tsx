import { useState } from 'react';
import { useApi } from '../api/api-context';
import { ModalDialog } from '../ui/modal-dialog';
import { DialogActions } from '../ui/dialog-actions';
import { useAppEvent } from '../ui/use-app-event';
import { useT } from '../ui/interface-language';

export interface CloseHandshakeProps {
  /** Saves the open briefing at once; false when that failed. */
  flush: () => Promise<boolean>;
}

/**
 * The page's side of closing the window (see `LifecycleService`): when the
 * main process asks, save what is on screen first and confirm; if the save
 * fails, the person decides, with the text still on screen.
 */
export function CloseHandshake({ flush }: CloseHandshakeProps) {
  const api = useApi();
  const t = useT();
  const [notSaved, setNotSaved] = useState(false);
  const [closing, setClosing] = useState(false);

  useAppEvent('close-requested', () => {
    if (closing) return;
    setClosing(true);
    void (async () => {
      try {
        if (await flush()) {
          await api.lifecycle.closeWindow();
          return;
        }
        setNotSaved(true);
      } finally {
        setClosing(false);
      }
    })();
  });

  if (!notSaved) return null;
  return (
    <ModalDialog title={t('workspace.notSavedTitle')} onClose={() => setNotSaved(false)}>
      <p>{t('workspace.notSavedText')}</p>
      {/* Keeping the work comes first here, and closing is the danger: not the usual Cancel / main action. */}
      <DialogActions>
        <button type="button" className="button button-primary" autoFocus onClick={() => setNotSaved(false)}>
          {t('workspace.keepEditing')}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            setNotSaved(false);
            void api.lifecycle.closeWindow();
          }}
        >
          {t('workspace.closeWithoutSaving')}
        </button>
      </DialogActions>
    </ModalDialog>
  );
}
