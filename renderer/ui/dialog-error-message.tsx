import { useT } from './interface-language';
import { DialogActions } from './dialog-actions';

/** What a dialog shows in place of its content when that content fails to render. */
export function DialogErrorMessage({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <>
      <p className="library-error" role="alert">
        {t('dialog.failed')}
      </p>
      <DialogActions cancel={{ label: t('dialog.close'), onClick: onClose, autoFocus: true }} />
    </>
  );
}
