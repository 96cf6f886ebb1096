import { z } from 'zod';
import { briefingIdSchema } from '../document/briefing';
import { exportFormatSchema, exportOptionsSchema, type ExportFormat } from '../document/export/export-options';
import type { ServiceArgumentSchemas } from './service-contract';

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

/** A briefing for the clipboard: HTML for editors and mail programs that take formatting, text for the rest. */
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
  /** The briefing as semantic HTML and plain text, for "Copy as formatted text". */
  formattedText(briefingId: string): Promise<FormattedText>;
}

export const exportServiceArguments = {
  toFile: z.tuple([exportRequestSchema]),
  formattedText: z.tuple([briefingIdSchema]),
} satisfies ServiceArgumentSchemas<ExportService>;
