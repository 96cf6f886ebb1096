import type { PdfPageSetup } from '../../shared/document/export/pdf-page-setup';

/**
 * Prints a standalone print HTML to PDF with Chromium. Two implementations use
 * the same `PdfPageSetup`: Electron's `printToPDF` in the app and
 * playwright-core driving Debian's Chromium in tests and on the command line.
 */
export interface PdfPrinter {
  print(html: string, setup: PdfPageSetup): Promise<Uint8Array>;
}

/** Millimetres as the inches Electron's `printToPDF` takes. */
export function millimetresToInches(millimetres: number): number {
  return millimetres / 25.4;
}
