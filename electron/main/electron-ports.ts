import { app, BrowserWindow, clipboard, ClipboardItem, dialog, session, shell } from 'electron';
import { join } from 'node:path';
import { fileExtensions, formatLabels, type ExportFormat } from '../../shared/document/export/export-options';
import { createDocxWorkerClient } from './workers/docx-worker-client';
import { createElectronPdfPrinter } from './electron-pdf-printer';
import { createDocxImportWorkerClient } from './workers/docx-import-worker-client';
import type { ServiceHost } from '../services/ports';
import { openExternalLink } from './open-external-link';
import { spellcheckSettings } from './spellcheck-settings';

/**
 * The app's `ServiceHost`: Electron's native save dialog (attached to the
 * focused window), its `printToPDF` printer, the DOCX worker thread, the
 * system browser behind a confirm, and the spellchecker. The window's own
 * member (`closeWindow`) is added by main.ts, which owns the window.
 */
export function createElectronServiceHost(): Omit<ServiceHost, 'closeWindow'> {
  return {
    // --- Export (issue #6) ---
    async chooseExportPath(suggestedName: string, format: ExportFormat, lastFolder: string | undefined): Promise<string | null> {
      const options: Electron.SaveDialogOptions = {
        title: 'Export briefing',
        defaultPath: join(lastFolder ?? app.getPath('documents'), suggestedName),
        filters: [{ name: formatLabels[format], extensions: [fileExtensions[format]] }],
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

    // --- Import (issue #8) ---
    async chooseImportFile(): Promise<string | null> {
      const options: Electron.OpenDialogOptions = {
        title: 'Import Word document',
        defaultPath: app.getPath('documents'),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        properties: ['openFile'],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // Bundled beside main.cjs by scripts/build-electron.mjs.
    convertDocx: createDocxImportWorkerClient(join(__dirname, 'docx-import-worker.cjs')).convert,

    // --- Editor: links and spelling (issue #4) ---
    openExternalLink: (url) =>
      openExternalLink(url, {
        ask: async (question) => {
          const window = BrowserWindow.getFocusedWindow();
          return (window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question)).response;
        },
        shell,
      }),
    setSpellcheckLanguage: async (language) => {
      const defaultSession = session.defaultSession;
      const settings = spellcheckSettings(process.platform, language, defaultSession.availableSpellCheckerLanguages);
      defaultSession.setSpellCheckerEnabled(settings.enabled);
      if (settings.languages.length > 0) defaultSession.setSpellCheckerLanguages(settings.languages);
    },
  };
}
