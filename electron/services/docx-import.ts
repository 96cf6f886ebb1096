import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Briefing } from '../../shared/document/briefing';
import { normalizeBriefingBody } from '../../shared/document/briefing-normalization';
import { importedContent } from '../../shared/document/import/imported-content';
import type { ImportedDocument } from '../../shared/document/import/imported-document';
import { sectionHeadingKeys } from '../../shared/document/import/language-headings';
import type { BriefingTemplate } from '../../shared/document/template';
import type { Library } from '../storage/library';
import { ImageStore } from '../storage/image-store';
import { docxImportError } from '../import/docx/docx-import-error';
import { MAX_DOCX_FILE_BYTES } from '../import/docx/docx-limits';
import type { DocxConverter } from './ports';
import { InputFileError, inputProblemMessage, readInputFile } from '../files/read-input-file';

/**
 * Converts in the calling thread (tests, command line). Loaded on first use:
 * the app converts in its worker, so its main process never loads mammoth
 * and jsdom, at start-up or later.
 */
export const convertDocxInline: DocxConverter = async (bytes, fileName, knownHeadings) => {
  const { convertDocx } = await import('../import/docx/convert-docx');
  return convertDocx(bytes, fileName, new Set(knownHeadings));
};

/** Every section heading of the library's templates, as `headingKey`s, so typed-out headings are recognised. */
export function knownHeadings(templates: readonly BriefingTemplate[]): string[] {
  // In every language the app writes headings in, so an Azerbaijani or Russian draft's typed-out headings are found too.
  return [...new Set(templates.flatMap((template) => [...sectionHeadingKeys(template).keys()]))];
}

/** Reads a Word file from disk: a regular file within the size limit, checked before reading (see `readInputFile`). */
export function readDocxFile(path: string): Uint8Array {
  try {
    return readInputFile(path, MAX_DOCX_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    if (error.problem === 'too-large' && error.size !== undefined) {
      throw docxImportError({ id: 'import.tooLarge', values: { size: Number((error.size / (1024 * 1024)).toFixed(1)), limit: MAX_DOCX_FILE_BYTES / (1024 * 1024) } }, error);
    }
    if (error.problem === 'folder') throw docxImportError({ id: 'import.folder' }, error);
    throw docxImportError({ id: 'files.notRead', values: { name: basename(path), reason: inputProblemMessage(error) } }, error);
  }
}

/** Reads and converts the Word file at `path`; nothing is saved. */
export async function convertDocxFile(library: Library, path: string, convert: DocxConverter = convertDocxInline): Promise<ImportedDocument> {
  const bytes = readDocxFile(path);
  return convert(bytes, basename(path), knownHeadings(library.templates.list()));
}

/** The title an imported briefing gets: the document's own, or its file name. */
export function importedTitle(document: ImportedDocument): string {
  return (document.title ?? document.fileName.replace(/\.docx$/iu, '')).slice(0, 500);
}

/**
 * Saves an imported document as a new briefing in `templateId`: content
 * mapped by `importedContent`, normalised like the editor's, written with
 * its pictures in one transaction with an `import` revision, so a failure leaves nothing behind.
 */
export function createImportedBriefing(library: Library, document: ImportedDocument, templateId: string): Briefing {
  const template = library.templates.get(templateId);
  const content = importedContent({ ...document, title: importedTitle(document) }, template, randomUUID);
  const body = normalizeBriefingBody(content.body);
  const write = library.database.transaction(() => {
    // The pictures were checked and stripped when the file was converted; each is kept once, by hash.
    const images = new ImageStore(library.database);
    for (const picture of document.pictures ?? []) images.add(picture);
    const created = library.briefings.create({ ...content, body });
    library.revisions.record(created.id, { reason: 'import' });
    return created;
  });
  return write.immediate();
}
