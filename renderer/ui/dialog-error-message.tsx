import { DialogActions } from './dialog-actions';

/** What a dialog shows in place of its content when that content fails to render. */
export function DialogErrorMessage({ onClose }: { onClose: () => void }) {
  return (
    <>
      <p className="library-error" role="alert">
        This dialog could not be shown. Nothing was changed.
      </p>
      <DialogActions cancel={{ label: 'Close', onClick: onClose, autoFocus: true }} />
    </>
  );
}
