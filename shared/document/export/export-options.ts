import { z } from 'zod';

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
 * A file name for the save dialog from the briefing's title: letters of any
 * script kept, characters Windows and macOS refuse replaced, length capped.
 */
export function suggestedFileName(title: string, format: ExportFormat): string {
  const base = title
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[. ]+$/u, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Briefing'}.${fileExtensions[format]}`;
}
