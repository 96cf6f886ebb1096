import { useEffect } from 'react';
import { useT } from './interface-language';

/** How long a toast's Undo stays on offer. */
export const toastMilliseconds = 10_000;

export interface ToastProps {
  message: string;
  /** "Undo": shown as the toast's button; choosing it closes the toast. */
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
}

/**
 * A short notice at the foot of the window with one action (Undo) for ten seconds, read out by screen readers;
 * it does not take the keyboard, so typing goes on where it was.
 */
export function Toast({ message, actionLabel, onAction, onDismiss }: ToastProps) {
  const t = useT();
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, toastMilliseconds);
    return () => window.clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className="toast" role="status" aria-live="polite" aria-label={t('toast.label')}>
      <span className="toast-message">{message}</span>
      {actionLabel && onAction && (
        <button
          type="button"
          className="button toast-action"
          onClick={() => {
            onDismiss();
            onAction();
          }}
        >
          {actionLabel}
        </button>
      )}
      <button type="button" className="button button-quiet toast-close" aria-label={t('dialog.close')} title={t('dialog.close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
