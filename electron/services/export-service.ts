import { dirname } from 'node:path';
import { z } from 'zod';
import type { Briefing } from '../../shared/document/briefing';
import { exportDocument, type ExportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions, suggestedFileName, type ExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { plainText } from '../../shared/document/export/plain-text';
import { printHtml, type FontFaceCss } from '../../shared/document/export/print-html';
import { semanticHtml } from '../../shared/document/export/semantic-html';
import type { ExportRequest, ExportResult, ExportService } from '../../shared/ipc/export-service';
import type { Library } from '../storage/library';
import { briefingDocxBytes } from '../export/docx/briefing-docx';
import { pdfPageCount } from '../export/pdf-page-count';
import { loadPrintFonts } from '../export/print-fonts';
import { writeExportFile } from '../files/write-export-file';
import type { ChangeFeed, Clipboard, DocxWorker, PdfPrinting, SaveDialog } from './ports';

/** Settings key of the folder the last export went to, where the save dialog opens next time. */
export const lastExportFolderKey = 'lastExportFolder';

/** The export model of a stored briefing made at `now`, with its template (which may have been deleted since). */
export function briefingExportDocument(library: Library, briefing: Briefing, options: ExportOptions, now: Date): ExportDocument {
  const { organisationName, organisationLogo, mediaContact, marginsMm } = library.appSettings.get();
  return exportDocument(briefing, library.templates.find(briefing.templateId), options, {
    now,
    issuer: { organisationName, logo: organisationLogo, mediaContact, margins: marginsMm },
  });
}

/** The ports exporting needs: where to save, how to print and make DOCX, the clipboard, and who hears of an export. */
export type ExportPorts = SaveDialog & PdfPrinting & DocxWorker & Clipboard & Pick<ChangeFeed, 'onExported'>;

/**
 * The export service over one library: builds the export model, renders the
 * chosen format, asks the save dialog where to save and writes the file
 * atomically. `clock` says when an export is made (whether an embargo still
 * holds); tests pass a fixed one.
 */
export function createExportService(library: Library, host: ExportPorts, clock: () => Date = () => new Date()): ExportService {
  let fonts: Promise<FontFaceCss> | undefined;
  const printFonts = (): Promise<FontFaceCss> => {
    fonts ??= loadPrintFonts(host.fontsourceFolder).catch((error: unknown) => {
      // A failed read is not kept: the next export tries again.
      fonts = undefined;
      throw error;
    });
    return fonts;
  };

  async function render(request: ExportRequest, document: ExportDocument): Promise<{ bytes: Uint8Array | string; pages: number | null }> {
    switch (request.format) {
      case 'pdf': {
        const html = printHtml(document, request.options.pageSize, await printFonts());
        const pdf = await host.pdfPrinter.print(html, pdfPageSetup(document, request.options));
        return { bytes: pdf, pages: pdfPageCount(pdf) };
      }
      case 'docx':
        return { bytes: await (host.renderDocx ?? briefingDocxBytes)(document, request.options.pageSize), pages: null };
      case 'txt':
        return { bytes: plainText(document), pages: null };
      case 'html':
        return { bytes: semanticHtml(document), pages: null };
    }
  }

  return {
    async toFile(request: ExportRequest): Promise<ExportResult> {
      // Read before the dialog, so a briefing that no longer exists fails before the person picks a file.
      const briefing = library.briefings.get(request.briefingId);
      // Taken before the save dialog (the file name comes from the model): a dialog left open across the embargo's minute errs on the embargo's side.
      const document = briefingExportDocument(library, briefing, request.options, clock());
      const lastFolder = library.settings.get(lastExportFolderKey, z.string());
      const path = await host.chooseExportPath(suggestedFileName(document.title, request.format), request.format, lastFolder);
      if (path === null) return { status: 'cancelled' };
      const { bytes, pages } = await render(request, document);
      const written = await writeExportFile(path, bytes);
      library.settings.set(lastExportFolderKey, dirname(path));
      // What left the building is kept in the briefing's history, whatever shell did the export.
      library.revisions.record(briefing.id, { reason: 'export' });
      host.onExported?.(briefing.id, request.format);
      return { status: 'written', format: request.format, path, bytes: written, pages };
    },
    async copyAsFormattedText(briefingId: string) {
      const briefing = library.briefings.get(briefingId);
      const document = briefingExportDocument(library, briefing, { ...defaultExportOptions, includeParticipants: true }, clock());
      await host.writeClipboard({ html: semanticHtml(document, { fragment: true }), text: plainText(document) });
    },
  };
}
