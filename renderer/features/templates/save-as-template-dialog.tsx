import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { useInterfaceLanguage, useT } from '../../ui/interface-language';

export interface SaveAsTemplateDialogProps {
  briefingId: string;
  suggestedName: string;
  /** Saves what is on screen first, so the template has the latest structure. */
  flush: () => Promise<boolean>;
  onSaved: (templateName: string) => void;
  onClose: () => void;
}

/** "Save as template": a name, and whether the text comes along as starting content. */
export function SaveAsTemplateDialog({ briefingId, suggestedName, flush, onSaved, onClose }: SaveAsTemplateDialogProps) {
  const api = useApi();
  const t = useT();
  // The new template is the person's own from now on: a built-in one's words are copied in the language they work in.
  const { language } = useInterfaceLanguage();
  const [name, setName] = useState(suggestedName);
  const [keepContent, setKeepContent] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (!(await flush())) throw new Error(t('templates.unsavedChanges'));
      const template = await api.templates.saveFromBriefing({ briefingId, name, keepContent, language });
      onSaved(template.name);
    } catch (saveError) {
      setError(errorMessage(saveError));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('templates.saveTitle')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label className="field-label" htmlFor="template-name">
          {t('templates.name')}
        </label>
        <input id="template-name" className="field-control" value={name} onChange={(event) => setName(event.target.value)} required autoFocus />
        <label className="checkbox">
          <input type="checkbox" checked={keepContent} onChange={(event) => setKeepContent(event.target.checked)} />
          {t('templates.keepContent')}
        </label>
        <p className="modal-note">{t('templates.alwaysKept')}</p>
        <DialogActions error={error} cancel={{ onClick: onClose }} primary={{ label: t('templates.saveTemplate'), disabled: busy || name.trim() === '' }} />
      </form>
    </ModalDialog>
  );
}
