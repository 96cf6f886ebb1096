import type { ImportedDocument } from '../../shared/document/import/imported-document';
import { matchTemplate } from '../../shared/document/import/template-match';
import type { BriefingTemplate } from '../../shared/document/template';
import type { DocxImportPreview, ImportedField, ImportService } from '../../shared/ipc/import-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { Library } from '../storage/library';
import { convertDocxFile, convertDocxInline, createImportedBriefing, importedTitle } from './docx-import';
import type { ChangeNotifier } from './change-feed';
import { DocxPreviewCache } from './docx-preview-cache';
import type { DocxImportWorker, OpenDialog } from './ports';

/** The fields the file's release lines fill in `template`, as data the window says in its own language. */
function filledFields(document: ImportedDocument, template: BriefingTemplate | undefined): ImportedField[] {
  const { classification, embargoed, embargoUntil } = document.releaseHints;
  const fields: ImportedField[] = [];
  const field = (id: string) => template?.fields.find((candidate) => candidate.id === id);
  const classificationField = field('classification');
  if (classification !== undefined && classificationField?.type === 'select') {
    const option = classificationField.options.find((candidate) => candidate.value === classification);
    if (option) fields.push({ kind: 'choice', fieldId: classificationField.id, label: classificationField.label, choice: option.value, choiceLabel: option.label });
  }
  const releaseField = field('releaseLine');
  const embargoedOption = releaseField?.type === 'select' ? releaseField.options.find((candidate) => candidate.value === 'embargoed') : undefined;
  if (embargoed && releaseField) fields.push({ kind: 'choice', fieldId: releaseField.id, label: releaseField.label, choice: 'embargoed', choiceLabel: embargoedOption?.label ?? 'embargoed' });
  const untilField = field('embargoUntil');
  // The value the briefing will store, unformatted: the window writes it in its language, on the computer's clock.
  if (embargoUntil !== undefined && untilField) fields.push({ kind: 'moment', fieldId: untilField.id, label: untilField.label, moment: embargoUntil });
  return fields;
}

/**
 * The import service: `previewDocx` asks the open dialog for a file, converts it
 * (in the import worker when the shell has one) and keeps the result in memory under
 * a preview id; `createFromDocx` saves it. The file is read once, so what is
 * saved is what the summary described even if the file changes meanwhile.
 */
export function createImportService(library: Library, host: OpenDialog & DocxImportWorker, changes: ChangeNotifier): ImportService {
  const cache = new DocxPreviewCache();
  return {
    previewDocx: async () => {
      if (!host.chooseImportFile) throw new ServiceError('invalid-argument', { id: 'import.needsFile' });
      const path = await host.chooseImportFile('docx');
      if (path === null) return null;
      let document: ImportedDocument;
      try {
        document = await convertDocxFile(library, path, host.convertDocx ?? convertDocxInline);
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        // A converter bug or a worker that died must still be one sentence, never a crash.
        throw new ServiceError('invalid-argument', { id: 'import.unreadableFeatures' }, { cause: error });
      }
      const templates = library.templates.list();
      const recognised = matchTemplate(document, templates);
      const previewId = cache.add(document);
      const preview: DocxImportPreview = {
        previewId,
        fileName: document.fileName,
        title: importedTitle(document),
        recognised,
        headings: document.sections.map((section) => section.heading),
        participants: document.participants.length,
        fields: filledFields(document, templates.find((template) => template.id === recognised?.templateId)),
        dropped: document.dropped,
      };
      return preview;
    },
    createFromDocx: async ({ previewId, templateId }) => {
      const document = cache.get(previewId);
      if (!document) throw new ServiceError('not-found', { id: 'import.noLongerWaiting' });
      const briefing = createImportedBriefing(library, document, templateId);
      cache.delete(previewId);
      return changes.changedTo(briefing);
    },
    discardDocx: async (previewId) => cache.delete(previewId),
  };
}
