import { z } from 'zod';
import { briefingIdSchema } from '../document/briefing';
import { exportFormatSchema, exportOptionsSchema, type ExportFormat } from '../document/export/export-options';
import type { ServiceArgumentSchemas } from './service-contract';

/** A path an export returned; checked against the files the export wrote before anything is opened. */
const exportedPathSchema = z.string().min(1).max(4096);

export const exportRequestSchema = z.strictObject({
  briefingId: briefingIdSchema,
  format: exportFormatSchema,
  options: exportOptionsSchema,
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Where an export went; `cancelled` when the person closed the save dialog. */
export type ExportResult =
  | { status: 'written'; format: ExportFormat; path: string; bytes: number; /** Known for PDF only. */ pages: number | null }
  | { status: 'cancelled' };

/** Where a family's export went: one file per language, or nothing when the person closed the save dialog. */
export type FamilyExportResult =
  | {
      status: 'written';
      format: ExportFormat;
      files: { briefingId: string; language: string; path: string; bytes: number; /** Known for PDF only. */ pages: number | null }[];
    }
  | { status: 'cancelled' };

/** The PDF an export would write, for the print preview to draw. */
export interface PdfPreview {
  base64: string;
  pages: number;
}

/** A briefing on the clipboard: HTML for editors and mail programs that take formatting, text for the rest. */
export interface FormattedText {
  html: string;
  text: string;
}

export interface ExportService {
  /**
   * Asks where to save (the native save dialog, opened in the last export
   * folder), writes the file in the main process and says where it went.
   * The renderer never writes files.
   */
  toFile(request: ExportRequest): Promise<ExportResult>;
  /**
   * Every language version of the briefing's family in one format: the save
   * dialog is asked once (suggesting "Title.az.pdf"), and each version is
   * written beside it with its own language code ("Title.en.pdf"). A
   * briefing without versions is exported alone, named the same way.
   */
  familyToFiles(request: ExportRequest): Promise<FamilyExportResult>;
  /**
   * "Copy as formatted text": puts the briefing on the clipboard as semantic
   * HTML and as plain text. Done by the main process, so the page needs no
   * clipboard permission.
   */
  copyAsFormattedText(briefingId: string): Promise<void>;
  /**
   * "Print preview": the very PDF an export with these options would write (the same print HTML, page breaks,
   * running header and footer, logo and DRAFT mark), as base64, without asking where to save or writing anything.
   */
  previewPdf(request: ExportRequest): Promise<PdfPreview>;
  /**
   * "Open" after an export: opens a file this window's export has just written with the program the system keeps
   * for it. Any other path is refused: the page never gets a power to open files of its choosing.
   */
  openExported(path: string): Promise<void>;
  /** "Show in folder" after an export: the file this window's export has just written, selected in its folder. */
  showExportedInFolder(path: string): Promise<void>;
}

export const exportServiceArguments = {
  toFile: z.tuple([exportRequestSchema]),
  familyToFiles: z.tuple([exportRequestSchema]),
  copyAsFormattedText: z.tuple([briefingIdSchema]),
  previewPdf: z.tuple([exportRequestSchema]),
  openExported: z.tuple([exportedPathSchema]),
  showExportedInFolder: z.tuple([exportedPathSchema]),
} satisfies ServiceArgumentSchemas<ExportService>;
