import type { ExportFormat } from '../../shared/document/export/export-options';
import type { FormattedText } from '../../shared/ipc/export-service';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import type { DocxRenderer } from '../main/workers/docx-worker-client';
import type { PdfPrinter } from '../export/pdf-printer';
import type { DocxConverter } from './docx-import';

/**
 * What only the desktop shell can do — closing a window, native dialogs,
 * printing with Electron, the system browser, the spellchecker — injected into `createServices` so the handler table stays free
 * of Electron. The app passes Electron's implementations (`electron/main`);
 * the end-to-end tests and the command line pass their own.
 */
export interface ServiceHost {
  // --- Window ---

  /** Closes the calling window for good: the page has saved, or the person chose to close anyway. */
  closeWindow(): void;
  /** The calling window shows this briefing now, or none: "Open in New Window" brings that window forward. */
  showingBriefing?(briefingId: string | null): void;
  /**
   * Opens a window showing the briefing, or brings forward the one that
   * already does. Absent where there are no windows (the command line).
   */
  openBriefingWindow?(briefingId: string): void;
  /** The recent briefings changed: File › Open Recent and the system's recent list follow. */
  onRecentBriefingsChanged?(recent: RecentBriefing[]): void;
  /**
   * A briefing changed in the library (`revision` null: it left it). The app
   * tells every window, so lists refresh and idle windows show the new text.
   */
  onBriefingChanged?(change: { briefingId: string; revision: number | null }): void;

  // --- Export (issue #6) ---

  /**
   * Asks where to save an export: the native save dialog, opened in
   * `lastFolder` when there is one, suggesting `suggestedName`. Resolves to
   * the chosen path, or `null` when the person cancels.
   */
  chooseExportPath(suggestedName: string, format: ExportFormat, lastFolder: string | undefined): Promise<string | null>;
  /** Prints the print HTML to PDF: Electron's `printToPDF` in the app, playwright-core's Chromium elsewhere. */
  pdfPrinter: PdfPrinter;
  /**
   * Makes DOCX files away from the main thread (the app's worker thread).
   * Without it, the DOCX is made in the calling thread, as the tests and the
   * command line do.
   */
  renderDocx?: DocxRenderer;
  /** Puts HTML and plain text on the system clipboard together, as one copy. */
  writeClipboard(content: FormattedText): Promise<void>;
  /** `node_modules/@fontsource` of the running app, where the bundled print fonts are read from. */
  fontsourceFolder: string;
  /**
   * Called after an export was written. The place where exporting records a
   * revision of the briefing (DESIGN: revisions with the reason "export").
   */
  onExported?(briefingId: string, format: ExportFormat): void;

  // --- Import (issue #8) ---

  /**
   * Asks which Word file to import: the native open dialog in the app, a
   * path the test sets in the tests. Resolves to the path, or `null` when the
   * person cancels. Absent in the command line, which imports a path it was
   * given (`importDocxFromPath`) and has no dialog to offer.
   */
  chooseImportFile?(): Promise<string | null>;
  /** Converts Word files away from the main thread (the app's import worker); without it, in the calling thread. */
  convertDocx?: DocxConverter;

  // --- Editor: links and spelling (shell service, issue #4) ---

  /**
   * Asks the person to confirm, then opens an http/https/mailto address in
   * the system browser or mail program. Resolves whether it was opened.
   */
  openExternalLink(url: string): Promise<boolean>;
  /** Makes the platform spellchecker check this language, where it has it; otherwise leaves spelling as it is. */
  setSpellcheckLanguage(language: string): Promise<void>;
}
