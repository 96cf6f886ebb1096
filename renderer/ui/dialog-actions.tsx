import { Children } from 'react';
import { useT } from './interface-language';
import type { ReactNode } from 'react';

/** One of a dialog's standard buttons. */
export interface DialogButton {
  label: ReactNode;
  /** Without it, the main action submits the dialog's form. */
  onClick?: () => void;
  disabled?: boolean;
  autoFocus?: boolean;
}

export interface DialogActionsProps {
  /** Why the last action failed, in one sentence: shown above the buttons and read out as an alert. */
  error?: string;
  /** The error line's id, for a field that points at it with `aria-describedby`. */
  errorId?: string;
  /** Buttons that come first, on the left of Cancel: "Remove link", "Copy as formatted text", "Restore this version"… */
  children?: ReactNode;
  /** The plain button that leaves the dialog; labelled "Cancel" unless told otherwise ("Close"). */
  cancel?: Omit<DialogButton, 'label'> & { label?: ReactNode };
  /** The dialog's main action, last, in the primary style. */
  primary?: DialogButton;
}

/**
 * The foot of a modal dialog: the error line, then the buttons in the order
 * every dialog uses — its own buttons, Cancel, the main action. Cancel and the
 * main action are one group, so when longer labels (Russian, Azerbaijani) wrap
 * the foot onto two rows they stay side by side rather than splitting up.
 */
export function DialogActions({ error, errorId, children, cancel, primary }: DialogActionsProps) {
  const t = useT();
  return (
    <>
      {error && (
        <p className="field-message" id={errorId} role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        {Children.toArray(children).length > 0 && <div className="modal-actions-own">{children}</div>}
        {(cancel || primary) && (
          <div className="modal-actions-main">
            {cancel && (
              <button type="button" className="button" onClick={cancel.onClick} disabled={cancel.disabled} autoFocus={cancel.autoFocus}>
                {cancel.label ?? t('dialog.cancel')}
              </button>
            )}
            {primary && (
              <button
                type={primary.onClick ? 'button' : 'submit'}
                className="button button-primary"
                onClick={primary.onClick}
                disabled={primary.disabled}
                autoFocus={primary.autoFocus}
              >
                {primary.label}
              </button>
            )}
          </div>
        )}
      </div>
    </>
  );
}
