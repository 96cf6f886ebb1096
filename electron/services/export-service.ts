import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { Briefing } from '../../shared/document/briefing';
import { exportDocument, pictureHashes, type ExportDocument, type ExportImage } from '../../shared/document/export/export-document';
import { defaultExportOptions, imagesFolderName, suggestedFileName, type ExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { plainText } from '../../shared/document/export/plain-text';
import { printHtml, type FontFaceCss } from '../../shared/document/export/print-html';
import { semanticHtml } from '../../shared/document/export/semantic-html';
import type { ExportRequest, ExportResult, ExportService, FamilyExportResult } from '../../shared/ipc/export-service';
import { LanguageVersionStore } from '../storage/language-version-store';
import type { Library } from '../storage/library';
import { briefingDocxBytes } from '../export/docx/briefing-docx';
import { withWordPictures } from '../export/docx/docx-pictures';
import { ImageStore } from '../storage/image-store';
import { pdfPageCount } from '../export/pdf-page-count';
import { packPdfObjects } from '../export/pdf-object-streams';
import { loadPrintFonts } from '../export/print-fonts';
import { makeExportFolder, writeExportFile } from '../files/write-export-file';
import { systemReason } from '../files/system-reason';
import type { ChangeFeed, Clipboard, DocxWorker, ExportedFiles, PdfPrinting, SaveDialog } from './ports';
import { ServiceError } from '../../shared/ipc/ipc-result';

/** Settings key of the folder the last export went to, where the save dialog opens next time. */
export const lastExportFolderKey = 'lastExportFolder';

/** The export model of a stored briefing made at `now`, with its template (which may have been deleted since). */
export function briefingExportDocument(library: Library, briefing: Briefing, options: ExportOptions, now: Date): ExportDocument {
  const { organisationName, organisationLogo, mediaContact, marginsMm } = library.appSettings.get();
  return exportDocument(briefing, library.templates.find(briefing.templateId), options, {
    now,
    issuer: { organisationName, logo: organisationLogo, mediaContact, margins: marginsMm },
    pictures: briefingPictures(library, briefing),
  });
}

/** The bytes of a briefing's pictures from the library (already stripped of metadata when they were added), by hash. */
export function briefingPictures(library: Library, briefing: Pick<Briefing, 'body'>): Map<string, ExportImage> {
  const stored = new ImageStore(library.database).many(pictureHashes(briefing));
  return new Map([...stored].map(([hash, image]) => [hash, { mediaType: image.mime, base64: Buffer.from(image.bytes).toString('base64') }]));
}

/** "Readout.pdf" → "Readout.az.pdf": a family's files differ by their language code. */
export function languageFileName(fileName: string, language: string): string {
  const extension = extname(fileName);
  return `${basename(fileName, extension)}.${language}${extension}`;
}

/** The ports exporting needs: where to save, how to print and make DOCX, the clipboard, and who hears of an export. */
export type ExportPorts = SaveDialog & PdfPrinting & DocxWorker & Clipboard & ExportedFiles & Pick<ChangeFeed, 'onExported'>;

/** Comments and suggested changes are written only as Word comments and tracked changes: any other format refuses them. */
function reviewOnlyInDocx(request: ExportRequest): void {
  if (request.options.review && request.format !== 'docx') throw new ServiceError('invalid-argument', { id: 'errors.reviewDocxOnly' });
  if (request.options.images === 'beside' && request.format !== 'html') throw new ServiceError('invalid-argument', { id: 'errors.imagesBesideHtmlOnly' });
}

const imageExtensions: Record<ExportImage['mediaType'], string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/**
 * An HTML page's pictures written as files into a folder beside it named
 * after it ("Readout.html" → "Readout_files/picture-1a2b….jpg", each file
 * named by its bytes' hash, each written atomically like any export), and the
 * document with each picture's address relative to the page.
 */
export async function writeImagesBeside(document: ExportDocument, htmlPath: string): Promise<ExportDocument> {
  const folderName = imagesFolderName(basename(htmlPath));
  const folder = join(dirname(htmlPath), folderName);
  const files = new Map<string, { name: string; bytes: Buffer }>();
  const withHrefs = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withHrefs);
    // Only plain objects and arrays are rebuilt: a run's marks (a Set) and everything else stay as they are.
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
    const entries = Object.entries(value).map(([key, inner]) => [key, withHrefs(inner)] as const);
    const node = Object.fromEntries(entries) as Record<string, unknown>;
    if (node.type === 'picture' && node.image) {
      const image = node.image as ExportImage;
      const bytes = Buffer.from(image.base64, 'base64');
      const hash = createHash('sha256').update(bytes).digest('hex');
      const name = `picture-${hash.slice(0, 16)}.${imageExtensions[image.mediaType]}`;
      files.set(name, { name, bytes });
      node.image = { ...image, href: `${encodeURIComponent(folderName)}/${name}` };
    }
    return node;
  };
  const changed = withHrefs(document) as ExportDocument;
  if (files.size === 0) return document;
  await makeExportFolder(folder);
  for (const { name, bytes } of files.values()) await writeExportFile(join(folder, name), bytes);
  return changed;
}

/**
 * The export service over one library: builds the export model, renders the
 * chosen format, asks the save dialog where to save and writes the file
 * atomically. `clock` says when an export is made (whether an embargo still
 * holds); tests pass a fixed one.
 */
export function createExportService(library: Library, host: ExportPorts, clock: () => Date = () => new Date()): ExportService {
  let fonts: Promise<FontFaceCss> | undefined;
  // The files this service (one window's) has written: the only ones "Open" and "Show in folder" act on.
  const writtenFiles = new Set<string>();
  const exportedFile = (path: string): string => {
    if (!writtenFiles.has(path)) throw new ServiceError('forbidden', { id: 'errors.notExportedHere' });
    if (!existsSync(path)) throw new ServiceError('not-found', { id: 'errors.exportedFileGone', values: { path } });
    return path;
  };
  const printFonts = (): Promise<FontFaceCss> => {
    fonts ??= loadPrintFonts(host.fontsourceFolder).catch((error: unknown) => {
      // A failed read is not kept: the next export tries again.
      fonts = undefined;
      throw error;
    });
    return fonts;
  };

  /** `path` is where the file goes: an HTML page's pictures may be written beside it. A preview has none. */
  async function render(request: ExportRequest, document: ExportDocument, path?: string): Promise<{ bytes: Uint8Array | string; pages: number | null }> {
    switch (request.format) {
      case 'pdf': {
        const html = printHtml(document, request.options.pageSize, await printFonts());
        const printed = await host.pdfPrinter.print(html, pdfPageSetup(document, request.options));
        // Pages are counted in Chromium's own file, whose page objects are not yet packed into object streams.
        return { bytes: packPdfObjects(printed), pages: pdfPageCount(printed) };
      }
      case 'docx':
        return { bytes: await (host.renderDocx ?? briefingDocxBytes)(await withWordPictures(document), request.options.pageSize), pages: null };
      case 'txt':
        return { bytes: plainText(document), pages: null };
      case 'html':
        if (request.options.images === 'beside' && path === undefined) throw new Error('An HTML page with its pictures beside it needs the path it is written to');
        return { bytes: semanticHtml(request.options.images === 'beside' && path !== undefined ? await writeImagesBeside(document, path) : document), pages: null };
    }
  }

  return {
    async toFile(request: ExportRequest): Promise<ExportResult> {
      reviewOnlyInDocx(request);
      // Read before the dialog, so a briefing that no longer exists fails before the person picks a file.
      const briefing = library.briefings.get(request.briefingId);
      // Taken before the save dialog (the file name comes from the model): a dialog left open across the embargo's minute errs on the embargo's side.
      const document = briefingExportDocument(library, briefing, request.options, clock());
      const lastFolder = library.settings.get(lastExportFolderKey, z.string());
      const path = await host.chooseExportPath(suggestedFileName(document.title, request.format), request.format, lastFolder);
      if (path === null) return { status: 'cancelled' };
      const { bytes, pages } = await render(request, document, path);
      const written = await writeExportFile(path, bytes);
      writtenFiles.add(path);
      library.settings.set(lastExportFolderKey, dirname(path));
      // What left the building is kept in the briefing's history, whatever shell did the export.
      library.revisions.record(briefing.id, { reason: 'export' });
      host.onExported?.(briefing.id, request.format);
      return { status: 'written', format: request.format, path, bytes: written, pages };
    },
    async familyToFiles(request: ExportRequest): Promise<FamilyExportResult> {
      reviewOnlyInDocx(request);
      const briefing = library.briefings.get(request.briefingId);
      const versions = new LanguageVersionStore(library.database);
      const link = versions.linkOf(briefing.id);
      const members = link ? versions.members(link.familyId) : [];
      const family = members.length > 0 ? members.map((member) => library.briefings.get(member.id)) : [briefing];
      const now = clock();
      const documents = family.map((version) => ({ version, document: briefingExportDocument(library, version, request.options, now) }));
      const asked = documents.find(({ version }) => version.id === briefing.id)?.document ?? briefingExportDocument(library, briefing, request.options, now);
      const lastFolder = library.settings.get(lastExportFolderKey, z.string());
      const path = await host.chooseExportPath(languageFileName(suggestedFileName(asked.title, request.format), briefing.language), request.format, lastFolder);
      if (path === null) return { status: 'cancelled' };
      // One name for the family, the language code before the extension: "Readout.az.pdf", "Readout.en.pdf".
      const extension = extname(path);
      let stem = basename(path, extension);
      const codeSuffix = family.map((version) => `.${version.language}`).find((suffix) => stem.toLowerCase().endsWith(suffix.toLowerCase()));
      if (codeSuffix) stem = stem.slice(0, -codeSuffix.length);
      const files: Extract<FamilyExportResult, { status: 'written' }>['files'] = [];
      for (const { version, document } of documents) {
        const target = join(dirname(path), `${stem}.${version.language}${extension}`);
        const { bytes, pages } = await render(request, document, target);
        const written = await writeExportFile(target, bytes);
        writtenFiles.add(target);
        library.revisions.record(version.id, { reason: 'export' });
        host.onExported?.(version.id, request.format);
        files.push({ briefingId: version.id, language: version.language, path: target, bytes: written, pages });
      }
      library.settings.set(lastExportFolderKey, dirname(path));
      return { status: 'written', format: request.format, files };
    },
    async copyAsFormattedText(briefingId: string) {
      const briefing = library.briefings.get(briefingId);
      const document = briefingExportDocument(library, briefing, { ...defaultExportOptions, includeParticipants: true }, clock());
      await host.writeClipboard({ html: semanticHtml(document, { fragment: true }), text: plainText(document) });
    },
    async previewPdf(request: ExportRequest) {
      const briefing = library.briefings.get(request.briefingId);
      // A PDF never carries comments or suggestions: the preview shows what any PDF export would.
      const { review: _review, ...options } = request.options;
      const pdfRequest: ExportRequest = { ...request, format: 'pdf', options };
      const { bytes, pages } = await render(pdfRequest, briefingExportDocument(library, briefing, pdfRequest.options, clock()));
      return { base64: Buffer.from(bytes).toString('base64'), pages: pages ?? 0 };
    },
    async openExported(path: string) {
      const file = exportedFile(path);
      // The system's reason a file cannot be read comes with a code; the desktop's answer (xdg-open, ShellExecute) is
      // only English text, nearly always that no program opens the kind of file: said so, the text kept for the log.
      try {
        await access(file, constants.R_OK);
      } catch (error) {
        throw new ServiceError('not-found', { id: 'errors.exportedFileNotOpened', values: { path: file, reason: systemReason(error) } }, { cause: error });
      }
      try {
        await host.openPath(file);
      } catch (error) {
        throw new ServiceError('not-found', { id: 'errors.exportedFileNotOpened', values: { path: file, reason: { id: 'systemReason.noProgram' } } }, { cause: error });
      }
    },
    async showExportedInFolder(path: string) {
      host.showItemInFolder(exportedFile(path));
    },
  };
}
