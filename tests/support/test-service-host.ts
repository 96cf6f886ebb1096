import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChromiumPdfPrinter } from '../../electron/cli/chromium-pdf-printer';
import type { OpenedFileKind, SavedFileKind, ServicePorts } from '../../electron/services/ports';
import type { ExportFormat } from '../../shared/document/export/export-options';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';

export interface TestServiceHost extends ServicePorts {
  /** What the save dialog was asked, in order. */
  readonly saveDialogs: { suggestedName: string; format: SavedFileKind; lastFolder: string | undefined }[];
  /** What was put on the clipboard, in order. */
  readonly clipboard: { html: string; text: string }[];
  /** What `onExported` was told, in order. */
  readonly exported: { briefingId: string; format: ExportFormat }[];
  /** The answer of the next save dialogs: a folder to save in under the suggested name, or `null` for Cancel. */
  exportFolder: string | null;
  /** Every link the person was asked to open, in order. */
  readonly openedLinks: string[];
  /** Every exported file the page asked to open, in order. */
  readonly openedFiles: string[];
  /** Every exported file the page asked to show in its folder, in order. */
  readonly shownInFolder: string[];
  /** Every spellchecker language the page asked for, in order. */
  readonly spellcheckLanguages: string[];
  /** What the person answers when asked to open a link (true: Open). */
  confirmLinks: boolean;
  /** How many times the page confirmed that the window may close. */
  closedWindows: number;
  /** What the window said it shows, in order (`null`: nothing). */
  readonly shownBriefings: (string | null)[];
  /** The briefings asked to be opened in a window of their own, in order. */
  readonly openedWindows: string[];
  /** Every recent list the shell was given for File › Open Recent, in order. */
  readonly recentBriefingLists: RecentBriefing[][];
  /** Every change the shell was told of, in order. */
  readonly briefingChanges: { briefingId: string; revision: number | null }[];
  /** The answer of the next open dialogs for an import: a path, or `null` for Cancel. */
  importPath: string | null;
  /** What each open dialog asked for, in order. */
  readonly openDialogs: OpenedFileKind[];
  /** Team server passwords, by address, as the app's key store would keep them. */
  readonly teamPasswords: Map<string, string>;
  /** Closes the Chromium the PDF printer started, if it did. */
  close(): Promise<void>;
}

/**
 * The desktop shell as the tests and the command line have it: the "save
 * dialog" answers with a file in `exportFolder`, and PDFs are printed by
 * Debian's Chromium through playwright-core (started on the first PDF only).
 */
/** The team-password port over a map, which a test can read: what safeStorage's file is in the app. */
export function memoryTeamPasswords(kept: Map<string, string>): Pick<ServicePorts, 'teamPassword' | 'keepTeamPassword'> {
  return {
    teamPassword: async (server) => kept.get(server),
    keepTeamPassword: async (server, password) => {
      if (password === undefined) kept.delete(server);
      else kept.set(server, password);
    },
  };
}

export function createTestServiceHost(exportFolder: string | null = tmpdir()): TestServiceHost {
  const teamPasswords = new Map<string, string>();
  const printer = createChromiumPdfPrinter();
  const host: TestServiceHost = {
    saveDialogs: [],
    exported: [],
    clipboard: [],
    exportFolder,
    closedWindows: 0,
    openedLinks: [],
    spellcheckLanguages: [],
    openedFiles: [],
    shownInFolder: [],
    openPath: async (path) => {
      host.openedFiles.push(path);
    },
    showItemInFolder: (path) => {
      host.shownInFolder.push(path);
    },
    confirmLinks: true,
    openExternalLink: async (url) => {
      host.openedLinks.push(url);
      return host.confirmLinks;
    },
    setSpellcheckLanguage: async (language) => {
      host.spellcheckLanguages.push(language);
    },
    closeWindow: () => {
      host.closedWindows += 1;
    },
    shownBriefings: [],
    openedWindows: [],
    recentBriefingLists: [],
    briefingChanges: [],
    showingBriefing: (briefingId) => {
      host.shownBriefings.push(briefingId);
    },
    openBriefingWindow: (briefingId) => {
      host.openedWindows.push(briefingId);
    },
    onRecentBriefingsChanged: (recent) => {
      host.recentBriefingLists.push(recent);
    },
    onBriefingChanged: (change) => {
      host.briefingChanges.push(change);
    },
    pdfPrinter: printer,
    fontsourceFolder: fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url)),
    chooseExportPath: async (suggestedName, format, lastFolder) => {
      host.saveDialogs.push({ suggestedName, format, lastFolder });
      return host.exportFolder === null ? null : join(host.exportFolder, suggestedName);
    },
    importPath: null,
    openDialogs: [],
    chooseImportFile: async (kind) => {
      host.openDialogs.push(kind);
      return host.importPath;
    },
    writeClipboard: async (content) => {
      host.clipboard.push(content);
    },
    onExported: (briefingId, format) => {
      host.exported.push({ briefingId, format });
    },
    teamPasswords,
    ...memoryTeamPasswords(teamPasswords),
    close: () => printer.close(),
  };
  return host;
}
