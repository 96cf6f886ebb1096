import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useEffect, useState, type ReactNode } from 'react';
import type { LibraryStatus, RecoveryAction } from '../../../shared/ipc/library-service';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useAppEvent } from '../../ui/use-app-event';
import './library.css';

/**
 * Shows its children once the library is open. When the library file was
 * found damaged on start (it has been moved aside, never deleted), says so
 * in plain words and lets the person restore the latest automatic backup or
 * start an empty library — also when the full check, which runs in the
 * background once the library is open, finds it damaged later. When it opened but its last saves could not be
 * read back (the status's notice), says that first, once, before going on.
 */
export function LibraryGate({ children }: { children: ReactNode }) {
  const t = useT();
  const format = useInterfaceFormat();
  const api = useApi();
  const [status, setStatus] = useState<LibraryStatus | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [noticeRead, setNoticeRead] = useState(false);

  const [statusReads, setStatusReads] = useState(0);
  useEffect(() => {
    api.library.status().then(setStatus, (statusError: unknown) => setError(t('recovery.unreachable', { reason: errorMessage(statusError) })));
  }, [api, statusReads, t]);
  // The full check runs after start, while the library is in use; damage it finds takes the library to recovery.
  useAppEvent('library-status-changed', () => setStatusReads((count) => count + 1));

  const recover = async (action: RecoveryAction) => {
    setBusy(true);
    setError(undefined);
    try {
      setStatus(await api.library.recover(action));
    } catch (recoverError) {
      setError(errorMessage(recoverError));
    }
    setBusy(false);
  };

  if (status?.state === 'open' && (status.notice === undefined || noticeRead)) return <>{children}</>;
  if (status?.state === 'open') {
    return (
      <main className="welcome recovery" aria-label={t('recovery.noticeLabel')}>
        <h1>{t('recovery.openWithoutLast')}</h1>
        <p>{status.localisedNotice ? sayLocalised(t, status.localisedNotice) : status.notice}</p>
        <div className="recovery-actions">
          <button type="button" className="button button-primary" onClick={() => setNoticeRead(true)}>
            {t('recovery.continue')}
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="welcome recovery" aria-label={t('recovery.label')}>
      {status?.state === 'recovery' && (
        <>
          <h1>{t('recovery.couldNotOpen')}</h1>
          <p>{t('recovery.movedAside', { path: status.movedAsideTo })}</p>
          <p>{t('recovery.nothingDeleted')}</p>
          <div className="recovery-actions">
            {status.latestBackup ? (
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void recover('restore-latest-backup')}>
                {t('recovery.restoreBackup', { moment: format.date(new Date(status.latestBackup.createdAt), 'date-and-time') })}
              </button>
            ) : (
              <p>{t('recovery.noBackup')}</p>
            )}
            <button type="button" className="button" disabled={busy} onClick={() => void recover('start-empty')}>
              {t('recovery.startEmpty')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="library-error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
