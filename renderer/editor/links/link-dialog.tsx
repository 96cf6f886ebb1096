import { useT } from '../../ui/interface-language';
import { useState, type FormEvent } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { linkAddressFromInput } from './link-address';

export interface LinkDialogProps {
  /** The link being edited, or undefined for a new one. */
  initialUrl: string | undefined;
  /** The text the link shows; asked for only when there is no selected text. */
  initialText: string;
  askForText: boolean;
  onSave: (url: string, text: string) => void;
  onRemove: (() => void) | undefined;
  onOpen: ((url: string) => void) | undefined;
  onClose: () => void;
}

/** Insert or edit a link (Ctrl+K): the text, the address, and Remove link for an existing one. */
export function LinkDialog({ initialUrl, initialText, askForText, onSave, onRemove, onOpen, onClose }: LinkDialogProps) {
  const t = useT();
  const [address, setAddress] = useState(initialUrl ?? '');
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = linkAddressFromInput(address);
    if ('error' in result) {
      setError(t(result.error));
      return;
    }
    onSave(result.url, text.trim());
  };

  return (
    <ModalDialog title={initialUrl ? t('link.edit') : t('link.insert')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {askForText && (
          <>
            <label className="field-label" htmlFor="link-text">
              {t('link.text')}
            </label>
            <input id="link-text" className="field-control" value={text} onChange={(event) => setText(event.target.value)} />
          </>
        )}
        <label className="field-label" htmlFor="link-address">
          {t('link.address')}
        </label>
        <input
          id="link-address"
          className="field-control"
          value={address}
          placeholder={t('link.addressPlaceholder')}
          onChange={(event) => {
            setAddress(event.target.value);
            setError(undefined);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'link-address-error' : undefined}
          autoFocus
        />
        <DialogActions error={error} errorId="link-address-error" cancel={{ onClick: onClose }} primary={{ label: initialUrl ? t('link.save') : t('link.insert') }}>
          {onRemove && (
            <button type="button" className="button" onClick={onRemove}>
              {t('link.remove')}
            </button>
          )}
          {onOpen && initialUrl && (
            <button type="button" className="button" onClick={() => onOpen(initialUrl)}>
              {t('link.open')}
            </button>
          )}
        </DialogActions>
      </form>
    </ModalDialog>
  );
}
