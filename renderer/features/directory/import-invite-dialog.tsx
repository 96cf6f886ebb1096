import { useId, useState, type FormEvent } from 'react';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { InviteOccurrence } from '../../../shared/ipc/directory-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { DialogActions } from '../../ui/dialog-actions';
import { ModalDialog } from '../../ui/modal-dialog';
import { useT } from '../../ui/interface-language';
import { briefingLanguages } from '../details/languages';
import { useShownTemplates } from '../templates/shown-templates';

export interface ImportInviteDialogProps {
  templates: readonly BriefingTemplate[];
  /** A file dropped on the library; otherwise the person chooses one here. */
  initialFile?: File;
  onImported: (briefingId: string) => void;
  onClose: () => void;
}

/**
 * A calendar invitation (.ics) into a new briefing: the template (meeting
 * readout unless chosen otherwise) and the language, then, for a recurring
 * event, which occurrence.
 */
export function ImportInviteDialog({ templates: givenTemplates, initialFile, onImported, onClose }: ImportInviteDialogProps) {
  const api = useApi();
  const t = useT();
  const templates = useShownTemplates(givenTemplates);
  const id = useId();
  const [file, setFile] = useState<File | undefined>(initialFile);
  const [templateId, setTemplateId] = useState('meeting-readout');
  const [language, setLanguage] = useState('en');
  const [occurrences, setOccurrences] = useState<{ summary: string; list: InviteOccurrence[] } | undefined>(undefined);
  const [occurrence, setOccurrence] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('invite.chooseFile'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const contents = await file.text();
      const result = await api.directory.importInvite({ contents, templateId, language, ...(occurrence ? { occurrence } : {}) });
      if (result.kind === 'choose-occurrence') {
        setOccurrences({ summary: result.summary, list: result.occurrences });
        setOccurrence(result.occurrences[0]?.recurrenceId);
        return;
      }
      onImported(result.briefing.id);
    } catch (importError) {
      setError(errorMessage(importError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('invite.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            {t('invite.file')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".ics,text/calendar"
            className="field-control"
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setOccurrences(undefined);
              setOccurrence(undefined);
            }}
          />
          {file && <p className="field-help">{file.name}</p>}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-template`}>
            {t('invite.template')}
          </label>
          <select id={`${id}-template`} className="field-control" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-language`}>
            {t('invite.language')}
          </label>
          <select id={`${id}-language`} className="field-control" value={language} onChange={(event) => setLanguage(event.target.value)}>
            {briefingLanguages.map((candidate) => (
              <option key={candidate.tag} value={candidate.tag}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        {occurrences && (
          <fieldset className="field">
            <legend className="field-label">{t('invite.whichOccurrence', { summary: occurrences.summary })}</legend>
            {occurrences.list.map((candidate) => (
              <label key={candidate.recurrenceId} className="directory-occurrence">
                <input type="radio" name={`${id}-occurrence`} value={candidate.recurrenceId} checked={occurrence === candidate.recurrenceId} onChange={() => setOccurrence(candidate.recurrenceId)} />
                {candidate.start}
              </label>
            ))}
          </fieldset>
        )}
        <DialogActions error={error} cancel={{ onClick: onClose }} primary={{ label: t('invite.create'), disabled: busy }} />
      </form>
    </ModalDialog>
  );
}
