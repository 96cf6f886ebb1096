import type { AppSettings } from '../../shared/document/app-settings';
import type { ExportDocument } from '../../shared/document/export/export-document';
import type { ExportFormat, PageSize } from '../../shared/document/export/export-options';
import type { PdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import type { ImportedDocument } from '../../shared/document/import/imported-document';
import type { FormattedText } from '../../shared/ipc/export-service';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';

// The ports: what only a shell can do (a desktop with windows and dialogs, a
// terminal, a test), each as the narrow interface one or two services need.
// A service module takes the library and the ports it names, nothing more;
// `create-services.ts` hands each its ports. The app's implementations are in
// `electron/main/` (Electron), the command line's in `electron/cli/`, the
// tests' in `tests/support/test-service-host.ts`. Nothing here imports Electron.

/** Prints a standalone print HTML to PDF with Chromium: Electron's `printToPDF` in the app, playwright-core's Chromium elsewhere. */
export interface PdfPrinter {
  print(html: string, setup: PdfPageSetup): Promise<Uint8Array>;
}

/** Makes a DOCX file from the export model. */
export type DocxRenderer = (document: ExportDocument, pageSize: PageSize) => Promise<Uint8Array>;

/** Converts Word bytes to an imported document: in the calling thread, or the app's worker thread. */
export type DocxConverter = (bytes: Uint8Array, fileName: string, knownHeadings: string[]) => Promise<ImportedDocument>;

/** What a save dialog offers to save: an export format, or a briefing file (`.briefing.json`). */
export type SavedFileKind = ExportFormat | 'briefing';

/** What an open dialog asks for: a Word file to import, or a briefing file (`.briefing.json`). */
export type OpenedFileKind = 'docx' | 'briefing' | 'picture';

export interface SaveDialog {
  /**
   * Asks where to save a file: the native save dialog, opened in
   * `lastFolder` when there is one, suggesting `suggestedName`. Resolves to
   * the chosen path, or `null` when the person cancels.
   */
  chooseExportPath(suggestedName: string, kind: SavedFileKind, lastFolder: string | undefined): Promise<string | null>;
}

export interface OpenDialog {
  /**
   * Asks which file to open: the native open dialog in the app, a path the
   * test sets in the tests. Resolves to the path, or `null` when the person
   * cancels. Absent in the command line, which reads a path it was given.
   */
  chooseImportFile?(kind: OpenedFileKind): Promise<string | null>;
}

export interface PdfPrinting {
  pdfPrinter: PdfPrinter;
  /** `node_modules/@fontsource` of the running app: the print fonts' CSS; their files are the rescaled ones in `print-fonts/` beside `node_modules/`. */
  fontsourceFolder: string;
}

export interface DocxWorker {
  /** Makes DOCX files away from the main thread (the app's worker); without it, in the calling thread. */
  renderDocx?: DocxRenderer;
}

export interface DocxImportWorker {
  /** Converts Word files away from the main thread (the app's import worker); without it, in the calling thread. */
  convertDocx?: DocxConverter;
}

export interface Clipboard {
  /** Puts HTML and plain text on the system clipboard together, as one copy. */
  writeClipboard(content: FormattedText): Promise<void>;
}

/** The window that made the call. */
export interface Windows {
  /** Closes the calling window for good: the page has saved, or the person chose to close anyway. */
  closeWindow(): void;
  /** The calling window shows this briefing now, or none: "Open in New Window" brings that window forward. */
  showingBriefing?(briefingId: string | null): void;
  /** Opens a window showing the briefing, or brings forward the one that already does. Absent where there are no windows. */
  openBriefingWindow?(briefingId: string): void;
}

/** What the shell hears after a change is committed. */
export interface ChangeFeed {
  /** The recent briefings changed: File › Open Recent and the system's recent list follow. */
  onRecentBriefingsChanged?(recent: RecentBriefing[]): void;
  /** A briefing changed in the library (`revision` null: it left it). The app tells every window. */
  onBriefingChanged?(change: { briefingId: string; revision: number | null }): void;
  /** An export was written (its `export` revision is already recorded). */
  onExported?(briefingId: string, format: ExportFormat): void;
  /** The app's settings were saved: the native menus follow the interface language, and every window hears of it. */
  onSettingsChanged?(settings: AppSettings): void;
  /** The library was connected to a team server or disconnected: the app starts or stops its background sync. */
  onTeamConnectionChanged?(): void;
}

export interface Links {
  /** Asks the person to confirm, then opens an http/https/mailto address in the system browser or mail program. Resolves whether it was opened. */
  openExternalLink(url: string): Promise<boolean>;
}

/**
 * A file the app has just written, opened with the program the system keeps for its kind, or shown selected in its
 * folder (Electron's `shell.openPath` and `shell.showItemInFolder`). The export service is the only caller, and only
 * for files it wrote itself.
 */
export interface ExportedFiles {
  /** Opens the file; rejects with the system's reason when nothing could open it. */
  openPath(path: string): Promise<void>;
  /** Shows the file selected in the system's file manager. */
  showItemInFolder(path: string): void;
}

export interface Spellcheck {
  /** Makes the platform spellchecker check this language, where it has it; otherwise leaves spelling as it is. */
  setSpellcheckLanguage(language: string): Promise<void>;
}

/**
 * Where the team server's password is kept, never in the library file or a
 * log: the app encrypts it with the platform's key store (Electron's
 * safeStorage); the command line keeps none and reads PGPASSWORD or the
 * password file as libpq does; the tests keep it in memory.
 */
export interface TeamPasswords {
  /** The password kept for this server address (without a password in it), if any. */
  teamPassword(server: string): Promise<string | undefined>;
  /** Keeps the password for the address, or forgets it with `undefined`. */
  keepTeamPassword(server: string, password: string | undefined): Promise<void>;
}

/** Every port a shell provides: what `createServices` takes and splits among the services. */
export type ServicePorts = SaveDialog &
  OpenDialog &
  PdfPrinting &
  DocxWorker &
  DocxImportWorker &
  Clipboard &
  Windows &
  ChangeFeed &
  Links &
  ExportedFiles &
  Spellcheck &
  TeamPasswords;

/** The ports every window shares; the window's own (`Windows`) are added per window. */
export type SharedPorts = Omit<ServicePorts, keyof Windows>;
