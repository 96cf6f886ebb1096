import { useCallback, useState } from 'react';
import type { BriefingTemplate } from '../../../shared/document/template';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { Toast } from '../../ui/toast';
import { useT } from '../../ui/interface-language';
import './templates.css';
import { useShownTemplates } from './shown-templates';

export interface ManageTemplatesDialogProps {
  templates: BriefingTemplate[];
  onChanged: () => void;
  onClose: () => void;
}

/**
 * Rename or delete the templates people saved; built-in ones are listed but cannot be changed. A delete happens at
 * once and says so with Undo for ten seconds, as Move to Trash does, instead of asking first.
 */
export function ManageTemplatesDialog({ templates: givenTemplates, onChanged, onClose }: ManageTemplatesDialogProps) {
  const api = useApi();
  const t = useT();
  const templates = useShownTemplates(givenTemplates);
  const [editing, setEditing] = useState<{ id: string; name: string } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [deleted, setDeleted] = useState<BriefingTemplate | undefined>(undefined);
  const dismissDeleted = useCallback(() => setDeleted(undefined), []);

  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      setEditing(undefined);
      onChanged();
    } catch (actionError) {
      setError(errorMessage(actionError));
    }
  };

  return (
    <ModalDialog title={t('templates.manageTitle')} onClose={onClose}>
      <ul className="template-list">
        {templates.map((template) => (
          <li key={template.id} className="template-row">
            {editing?.id === template.id ? (
              <form
                className="template-rename"
                onSubmit={(event) => {
                  event.preventDefault();
                  void run(() => api.templates.rename({ id: template.id, name: editing.name }));
                }}
              >
                <input
                  className="field-control"
                  aria-label={t('templates.newNameFor', { name: template.name })}
                  value={editing.name}
                  autoFocus
                  onChange={(event) => setEditing({ id: template.id, name: event.target.value })}
                />
                <button type="submit" className="button button-primary" disabled={editing.name.trim() === ''}>
                  {t('templates.rename')}
                </button>
                <button type="button" className="button" onClick={() => setEditing(undefined)}>
                  {t('dialog.cancel')}
                </button>
              </form>
            ) : (
              <>
                <span className="template-name">{template.name}</span>
                {template.builtIn ? (
                  <span className="template-kind">{t('templates.builtIn')}</span>
                ) : (
                  <span className="template-actions">
                    <button type="button" className="button button-quiet" aria-label={t('templates.renameNamed', { name: template.name })} onClick={() => setEditing({ id: template.id, name: template.name })}>
                      {t('templates.rename')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('templates.deleteNamed', { name: template.name })}
                      onClick={() =>
                        void run(async () => {
                          await api.templates.remove(template.id);
                          setDeleted(template);
                        })
                      }
                    >
                      {t('templates.delete')}
                    </button>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <DialogActions error={error} cancel={{ label: t('dialog.close'), onClick: onClose }} />
      {deleted && (
        <Toast
          message={t('templates.deleted', { name: deleted.name })}
          actionLabel={t('toast.undo')}
          onAction={() => void run(() => api.templates.restore(deleted.id))}
          onDismiss={dismissDeleted}
        />
      )}
    </ModalDialog>
  );
}
