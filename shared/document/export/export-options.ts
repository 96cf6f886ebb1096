import { z } from 'zod';
import { safeFileName } from '../file-name';

export const exportFormats = ['pdf', 'docx', 'txt', 'html'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const pageSizes = ['A4', 'Letter'] as const;
export const pageSizeSchema = z.enum(pageSizes);
export type PageSize = z.infer<typeof pageSizeSchema>;

/** What the person chooses in the export dialog. */
export const exportOptionsSchema = z.strictObject({
  pageSize: pageSizeSchema,
  includeParticipants: z.boolean(),
  /**
   * Marks a document that is not yet approved. An explicit choice until the
   * approval workflow exists; then it follows the briefing's status.
   */
  draftMark: z.boolean(),
  /**
   * "With comments and suggested changes" (DOCX only): review comments become Word comments and
   * suggestions tracked changes. Without it every format shows the author's text and no comment.
   */
  review: z.literal(true).optional(),
  /**
   * HTML only: the pictures embedded in the page as `data:` (the default: one file that needs nothing
   * beside it) or written as files into a folder beside it, named after the file ("Readout_files").
   */
  images: z.enum(['embed', 'beside']).optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export const defaultExportOptions: ExportOptions = { pageSize: 'A4', includeParticipants: true, draftMark: false };

export const formatLabels: Record<ExportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word document (DOCX)',
  txt: 'Plain text',
  html: 'Web page (HTML)',
};

export const fileExtensions: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', txt: 'txt', html: 'html' };

/**
 * A file name for the save dialog from the briefing's title, safe on
 * Windows, macOS and Linux (see `safeFileName`): at most 120 letters and
 * 200 bytes, so the name and the temporary one it is written under first
 * stay within every file system's 255.
 */
export function suggestedFileName(title: string, format: ExportFormat): string {
  return `${safeFileName(title, { fallback: 'Briefing', maxCharacters: 120, maxBytes: 200 })}.${fileExtensions[format]}`;
}

/** The folder an HTML export's pictures go into when they are written beside it: "Readout.html" → "Readout_files", as browsers save a page. */
export function imagesFolderName(htmlFileName: string): string {
  return `${htmlFileName.replace(/\.html?$/iu, '')}_files`;
}
