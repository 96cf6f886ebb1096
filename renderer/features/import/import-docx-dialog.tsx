import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useEffect, useRef, useState } from 'react';
import type { DocxImportPreview, ImportedField } from '../../../shared/ipc/import-service';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { localisedTemplate, sectionNameOf } from '../../../shared/i18n/template-labels';
import { sayList } from '../../../shared/i18n/listed';
import { formatWallClock } from '../../ui/format';
import { useApi } from '../../api/api-context';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import './import-docx-dialog.css';

export interface ImportDocxDialogProps {
  /** The new briefing was saved: open it. */
  onImported: (briefingId: string) => void;
  onClose: () => void;
}

type Step = { kind: 'reading' } | { kind: 'failed'; message: string } | { kind: 'preview'; preview: DocxImportPreview };

/**
 * "Import DOCX…": the main process asks for the file and converts it; this
 * shows what came across (template and sections recognised, fields filled,
 * what was left out) and saves nothing until "Create briefing".
 */
export function ImportDocxDialog({ onImported, onClose }: ImportDocxDialogProps) {
  const t = useT();
  const format = useInterfaceFormat();
  const api = useApi();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [templateId, setTemplateId] = useState('blank');
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | undefined>(undefined);
  const started = useRef(false);

  useEffect(() => {
    // Once per dialog: React's development double effect must not ask for a file twice.
    if (started.current) return;
    started.current = true;
    api.import.previewDocx().then(
      (preview) => {
        if (preview === null) {
          onClose();
          return;
        }
        setTemplateId(preview.recognised?.templateId ?? 'blank');
        setStep({ kind: 'preview', preview });
      },
      (error: unknown) => setStep({ kind: 'failed', message: errorMessage(error) }),
    );
  }, [api, onClose]);

  const cancel = () => {
    if (step.kind === 'preview') void api.import.discardDocx(step.preview.previewId).catch(() => undefined);
    onClose();
  };

  const create = async (preview: DocxImportPreview) => {
    setBusy(true);
    setCreateError(undefined);
    try {
      const briefing = await api.import.createFromDocx({ previewId: preview.previewId, templateId });
      onImported(briefing.id);
    } catch (error) {
      setCreateError(t('import.createFailed', { reason: errorMessage(error) }));
      setBusy(false);
    }
  };

  if (step.kind === 'reading') {
    return (
      <ModalDialog title={t('import.title')} onClose={cancel}>
        <p className="modal-text" role="status">
          {t('import.choose')}
        </p>
      </ModalDialog>
    );
  }
  if (step.kind === 'failed') {
    return (
      <ModalDialog title={t('import.title')} onClose={onClose}>
        <p className="library-error" role="alert">
          {step.message}
        </p>
        <DialogActions primary={{ label: t('dialog.close'), onClick: onClose }} />
      </ModalDialog>
    );
  }

  const { preview } = step;
  const { recognised } = preview;
  // A built-in template's name, field labels and choices in the interface language; a person's own as written.
  const shownTemplate = recognised ? localisedTemplate(findBuiltInTemplate(recognised.templateId), t) : undefined;
  const templateName = shownTemplate?.name ?? recognised?.templateName ?? '';
  const shownField = (field: ImportedField) => {
    const definition = shownTemplate?.fields.find((candidate) => candidate.id === field.fieldId);
    const label = definition?.label ?? field.label;
    // A moment is the wall-clock time the briefing will store, shown on this computer's clock as its embargo is.
    if (field.kind === 'moment') return { label, value: t('import.moment', { moment: formatWallClock(field.moment, format) }) };
    const option = definition?.type === 'select' ? definition.options.find((candidate) => candidate.value === field.choice) : undefined;
    return { label, value: option?.label ?? field.choiceLabel };
  };
  // The sections filled, a built-in template's in the interface language, and the participants table, as one list.
  const filledSections = recognised
    ? sayList(t, [...recognised.matchedSections.map((section) => sectionNameOf(recognised.templateId, section.id, section.heading, t)), ...(recognised.fillsParticipants ? [t('participants.title')] : [])])
    : '';
  return (
    <ModalDialog title={t('import.title')} onClose={cancel} className="import-docx-dialog">
      <p className="modal-text">
        {t('import.becomes', { fileName: preview.fileName, title: preview.title })}
      </p>
      <section aria-label={t('import.recognisedLabel')}>
        <h3 className="import-heading">{t('import.recognised')}</h3>
        <ul className="import-list">
          {recognised ? (
            <li>
              {t('import.template', { template: templateName, sections: filledSections })}
            </li>
          ) : (
            <li>{t('import.noTemplate')}</li>
          )}
          {preview.headings.length > 0 && <li>{t('import.headings', { headings: preview.headings.join(' · ') })}</li>}
          {preview.participants > 0 && <li>{t('import.participants', { count: preview.participants })}</li>}
          {preview.fields.map(shownField).map((field) => (
            <li key={field.label}>
              {t('import.field', { label: field.label, value: field.value })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('import.leftOutLabel')}>
        <h3 className="import-heading">{t('import.leftOut')}</h3>
        <ul className="import-list">{preview.dropped.length === 0 ? <li>{t('import.nothingLeftOut')}</li> : preview.dropped.map((line) => sayLocalised(t, line)).map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
      {recognised && (
        <fieldset className="import-template">
          <legend>{t('import.into')}</legend>
          {[
            { id: recognised.templateId, label: t('import.recognisedTemplate', { template: templateName }) },
            { id: 'blank', label: t('import.blank') },
          ].map((choice) => (
            <label key={choice.id}>
              <input type="radio" name="import-template" value={choice.id} checked={templateId === choice.id} onChange={() => setTemplateId(choice.id)} />
              {choice.label}
            </label>
          ))}
        </fieldset>
      )}
      {createError && (
        <p className="library-error" role="alert">
          {createError}
        </p>
      )}
      <DialogActions cancel={{ onClick: cancel, disabled: busy }} primary={{ label: t('import.create'), onClick: () => void create(preview), disabled: busy }} />
    </ModalDialog>
  );
}
