import { app, BrowserWindow, clipboard, ClipboardItem, dialog, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { fileExtensions } from '../../shared/document/export/export-options';
import type { Translate } from '../../shared/i18n/messages';
import { exportFormatMessages } from '../../shared/i18n/status-labels';
import { createDocxWorkerClient } from './workers/docx-worker-client';
import { createElectronPdfPrinter } from './electron-pdf-printer';
import { createDocxImportWorkerClient } from './workers/docx-import-worker-client';
import type { ChangeFeed, OpenedFileKind, SavedFileKind, SharedPorts } from '../services/ports';
import { openExternalLink } from './open-external-link';
import { spellcheckSettings } from './spellcheck-settings';
import { createTeamPasswordFile } from './team-password-file';

/** What the save dialog shows for each kind of file. */
const saveFilters = (kind: SavedFileKind, t: Translate): { title: string; filter: Electron.FileFilter } =>
  kind === 'briefing'
    ? { title: t('dialogs.saveBriefingFile'), filter: { name: t('dialogs.briefingFile'), extensions: ['json'] } }
    : { title: t('dialogs.exportBriefing'), filter: { name: t(exportFormatMessages[kind]), extensions: [fileExtensions[kind]] } };

/** What the open dialog shows for each kind of file. */
const openFilters = (kind: OpenedFileKind, t: Translate): { title: string; filter: Electron.FileFilter } =>
  kind === 'briefing'
    ? { title: t('dialogs.importBriefingFile'), filter: { name: t('dialogs.briefingFile'), extensions: ['json'] } }
    : kind === 'picture'
      ? { title: t('dialogs.insertPicture'), filter: { name: t('dialogs.pictureFile'), extensions: ['png', 'jpg', 'jpeg', 'webp', 'svg'] } }
      : { title: t('dialogs.importWord'), filter: { name: t('dialogs.wordDocument'), extensions: ['docx'] } };

/**
 * The app's ports: Electron's native save and open dialogs (attached to the
 * focused window), its `printToPDF` printer, the DOCX worker threads, the
 * clipboard, the system browser behind a confirm, and the spellchecker. The
 * window's own ports (`Windows`) are added by `AppWindows`, the change feed
 * by main.ts, which own the windows.
 */
export function createElectronPorts(translate: () => Translate): Omit<SharedPorts, keyof ChangeFeed> {
  return {
    async chooseExportPath(suggestedName: string, kind: SavedFileKind, lastFolder: string | undefined): Promise<string | null> {
      const { title, filter } = saveFilters(kind, translate());
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: join(lastFolder ?? app.getPath('documents'), suggestedName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    writeClipboard: ({ html, text }) => clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]),
    pdfPrinter: createElectronPdfPrinter(),
    // Bundled beside main.cjs by scripts/build-electron.mjs.
    renderDocx: createDocxWorkerClient(join(__dirname, 'docx-worker.cjs')).render,
    // The fonts ship inside the app (asar) with the rest of node_modules.
    fontsourceFolder: join(app.getAppPath(), 'node_modules', '@fontsource'),

    async chooseImportFile(kind: OpenedFileKind): Promise<string | null> {
      const { title, filter } = openFilters(kind, translate());
      const options: Electron.OpenDialogOptions = {
        title,
        defaultPath: app.getPath('documents'),
        filters: [filter],
        properties: ['openFile'],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // Bundled beside main.cjs by scripts/build-electron.mjs.
    convertDocx: createDocxImportWorkerClient(join(__dirname, 'docx-import-worker.cjs')).convert,

    openExternalLink: (url) =>
      openExternalLink(url, {
        ask: async (question) => {
          const window = BrowserWindow.getFocusedWindow();
          return (window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question)).response;
        },
        shell,
        t: translate(),
      }),
    // Only the export service calls these, and only with a file it has just written.
    openPath: async (path) => {
      const reason = await shell.openPath(path);
      if (reason) throw new Error(reason);
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
    setSpellcheckLanguage: async (language) => {
      const defaultSession = session.defaultSession;
      const settings = spellcheckSettings(process.platform, language, defaultSession.availableSpellCheckerLanguages);
      defaultSession.setSpellCheckerEnabled(settings.enabled);
      if (settings.languages.length > 0) defaultSession.setSpellCheckerLanguages(settings.languages);
    },
    // Beside the library in the user-data folder, encrypted with the platform's key store.
    ...createTeamPasswordFile(join(app.getPath('userData'), 'team-passwords.json'), safeStorage),
  };
}
