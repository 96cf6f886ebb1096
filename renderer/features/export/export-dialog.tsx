import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useEffect, useState, type FormEvent } from 'react';
import type { BriefingStatus } from '../../../shared/document/briefing';
import { defaultExportOptions, exportFormats, pageSizes, type ExportFormat, type ExportOptions } from '../../../shared/document/export/export-options';
import type { ValidationIssue } from '../../../shared/document/validate-briefing';
import { needsDraftMark } from '../../../shared/document/workflow';
import type { ExportResult, PdfPreview } from '../../../shared/ipc/export-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { exportedMessage, familyExportedMessage } from './exported-message';
import { PrintPreview } from './print-preview';
import type { BriefingBody } from '../../../shared/document/briefing-body';
import { useSpellingWarnings } from '../../spelling/use-spelling-warnings';
import './export-dialog.css';
import { exportFormatMessages } from '../../../shared/i18n/status-labels';

const formatMessages = exportFormatMessages;

export interface ExportDialogProps {
  briefingId: string;
  status: BriefingStatus;
  hasParticipants: boolean;
  /** What validation finds in the briefing as it is on screen; shown before anything else. */
  issues: ValidationIssue[];
  /** Saves what is on screen first: the export is made from the library, in the main process. */
  flush: () => Promise<boolean>;
  /** The export is written: where it went, and the file to offer "Open" and "Show in folder" for. */
  onExported: (message: string, exportedFile: string | undefined) => void;
  onClose: () => void;
  /** The languages of the briefing's family, when it has other language versions: offers exporting them all. */
  familyLanguages?: readonly string[];
  /** The text as it is on screen, whose misspelt words are listed as warnings (they never stop an export). */
  spelling: { body: BriefingBody; language: string };
}

const shownWarnings = 8;

/** The pre-export check's spelling warnings: each word once, with its section. */
function SpellingWarnings({ body, language }: ExportDialogProps['spelling']) {
  const t = useT();
  const warnings = useSpellingWarnings(body, language);
  if (!warnings || warnings.length === 0) return null;
  const unique = warnings.filter((warning, index) => warnings.findIndex((other) => other.word === warning.word) === index);
  return (
    <section className="export-spelling" aria-label={t('spelling.exportLabel')}>
      <p className="modal-note">{t('spelling.exportWarnings', { count: unique.length })}</p>
      <ul className="export-issues">
        {unique.slice(0, shownWarnings).map(({ word, section }) => (
          <li key={word}>{t('spelling.warningItem', { word, section: section || t('spelling.untitledSection') })}</li>
        ))}
        {unique.length > shownWarnings && <li>{t('spelling.exportMore', { count: unique.length - shownWarnings })}</li>}
      </ul>
    </section>
  );
}

/**
 * The export dialog: validation problems first (with "Export anyway"), then
 * format, page size, participants table and DRAFT mark. The file is written
 * by the main process after the native save dialog; this only asks for it.
 */
export function ExportDialog({ briefingId, status, hasParticipants, issues, flush, onExported, onClose, familyLanguages, spelling }: ExportDialogProps) {
  const t = useT();
  const interfaceFormat = useInterfaceFormat();
  const api = useApi();
  const [reviewed, setReviewed] = useState(issues.length === 0);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  // Everything short of approved is marked DRAFT unless the person says otherwise.
  const [options, setOptions] = useState<ExportOptions>({ ...defaultExportOptions, includeParticipants: hasParticipants, draftMark: needsDraftMark(status) });
  const [busy, setBusy] = useState<'export' | 'copy' | 'preview' | undefined>(undefined);
  // The preview of the options it was made with; other options hide it until it is asked for again.
  const [preview, setPreview] = useState<{ key: string; pdf: PdfPreview } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const [allLanguages, setAllLanguages] = useState(false);
  const paged = format === 'pdf' || format === 'docx';
  // Comments and suggested changes travel only in a Word document, as Word comments and tracked changes.
  const [withReview, setWithReview] = useState(false);
  // A web page's pictures go inside it as data unless the person wants them as files in a folder beside it.
  const [imagesBeside, setImagesBeside] = useState(false);
  const chosen: ExportOptions =
    format === 'docx' && withReview ? { ...options, review: true } : format === 'html' && imagesBeside ? { ...options, images: 'beside' } : options;

  useEffect(() => {
    // The page size starts as the one chosen in Settings; without settings, A4 stays.
    let cancelled = false;
    api.settings.get().then(
      (settings) => {
        if (!cancelled) setOptions((current) => ({ ...current, pageSize: settings.defaultPageSize }));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const run = async (kind: 'export' | 'copy' | 'preview', action: () => Promise<void>) => {
    setBusy(kind);
    setError(undefined);
    setCopied(false);
    try {
      if (!(await flush())) throw new Error(t('export.notSaved'));
      await action();
    } catch (actionError) {
      setError(errorMessage(actionError));
    } finally {
      setBusy(undefined);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('export', async () => {
      if (allLanguages) {
        const family = await api.export.familyToFiles({ briefingId, format, options: chosen });
        // Of a family's files, the one in the language asked for (the first, else), whose folder holds them all.
        if (family.status === 'written') onExported(familyExportedMessage(family, t), (family.files.find((file) => file.briefingId === briefingId) ?? family.files[0])?.path);
        return;
      }
      const result: ExportResult = await api.export.toFile({ briefingId, format, options: chosen });
      // Cancelling the save dialog leaves this dialog open, as it was.
      if (result.status === 'written') onExported(exportedMessage(result, t, interfaceFormat), result.path);
    });
  };

  const previewKey = JSON.stringify(chosen);
  const showPreview = () =>
    void run('preview', async () => {
      setPreview({ key: previewKey, pdf: await api.export.previewPdf({ briefingId, format, options: chosen }) });
    });

  const copy = () =>
    void run('copy', async () => {
      await api.export.copyAsFormattedText(briefingId);
      setCopied(true);
    });

  if (!reviewed) {
    return (
      <ModalDialog title={t('export.title')} onClose={onClose}>
        <p className="modal-note">{t('export.notReady')}</p>
        <ul className="export-issues" aria-label={t('export.problems')}>
          {issues.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
        <DialogActions cancel={{ onClick: onClose, autoFocus: true }} primary={{ label: t('export.anyway'), onClick: () => setReviewed(true) }} />
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title={t('export.title')} onClose={() => busy === undefined && onClose()}>
      <form onSubmit={submit} aria-busy={busy !== undefined}>
        <SpellingWarnings body={spelling.body} language={spelling.language} />
        <fieldset className="export-formats" disabled={busy !== undefined}>
          <legend className="field-label">{t('export.format')}</legend>
          {exportFormats.map((candidate) => (
            <label key={candidate} className="checkbox">
              <input type="radio" name="export-format" value={candidate} checked={format === candidate} onChange={() => setFormat(candidate)} />
              {t(formatMessages[candidate])}
            </label>
          ))}
        </fieldset>
        <fieldset className="export-options" disabled={busy !== undefined}>
          <label className="field-label" htmlFor="export-page-size">
            {t('export.pageSize')}
          </label>
          <select
            id="export-page-size"
            className="field-control"
            value={options.pageSize}
            disabled={!paged}
            onChange={(event) => setOptions({ ...options, pageSize: event.target.value === 'Letter' ? 'Letter' : 'A4' })}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
          {hasParticipants && (
            <label className="checkbox">
              <input type="checkbox" checked={options.includeParticipants} onChange={(event) => setOptions({ ...options, includeParticipants: event.target.checked })} />
              {t('export.participants')}
            </label>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={options.draftMark} onChange={(event) => setOptions({ ...options, draftMark: event.target.checked })} />
            {t('export.draftMark')}
          </label>
          {format === 'docx' && (
            <label className="checkbox">
              <input type="checkbox" checked={withReview} onChange={(event) => setWithReview(event.target.checked)} />
              {t('export.withReview')}
            </label>
          )}
          {format === 'html' && (
            <label className="checkbox">
              <input type="checkbox" checked={imagesBeside} onChange={(event) => setImagesBeside(event.target.checked)} />
              {t('export.imagesBeside')}
            </label>
          )}
          {familyLanguages && familyLanguages.length > 1 && (
            <label className="checkbox">
              <input type="checkbox" checked={allLanguages} onChange={(event) => setAllLanguages(event.target.checked)} />
              {t('export.allLanguages', { languages: familyLanguages.map((language) => language.toUpperCase()).join(', ') })}
            </label>
          )}
        </fieldset>
        {busy && (
          <div className="export-progress" role="status">
            <progress aria-label={busy === 'export' ? t('export.exporting') : t('export.copying')} />
            <span>{busy === 'export' ? t('export.exportingFormat', { format: t(formatMessages[format]) }) : busy === 'preview' ? t('export.previewing') : t('export.copyingProgress')}</span>
          </div>
        )}
        {preview && preview.key === previewKey && paged && (
          <>
            {format !== 'pdf' && <p className="modal-note">{t('export.previewNote')}</p>}
            <PrintPreview preview={preview.pdf} />
          </>
        )}
        {copied && (
          <p className="modal-note" role="status">
            {t('export.copied')}
          </p>
        )}
        <DialogActions error={error} cancel={{ onClick: onClose, disabled: busy !== undefined }} primary={{ label: t('export.submit'), disabled: busy !== undefined }}>
          {paged && (
            <button type="button" className="button button-quiet" onClick={showPreview} disabled={busy !== undefined}>
              {t('export.preview')}
            </button>
          )}
          <button type="button" className="button button-quiet export-copy" onClick={copy} disabled={busy !== undefined}>
            {t('export.copy')}
          </button>
        </DialogActions>
      </form>
    </ModalDialog>
  );
}
