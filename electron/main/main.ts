import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createServices } from '../ipc/create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import type { ServiceHost } from '../ipc/service-host';
import { openLibrary, type Library } from '../storage/library';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { externalLinkPrompt } from './external-link-prompt';
import { hardenWebContents } from './harden-web-contents';
import { serveIpc } from './ipc-main-bridge';
import { libraryFilePath } from './library-location';
import { noDictionaryDownloadUrl, spellcheckSettings } from './spellcheck-settings';
import { appOrigin, isAllowedRequest, secureWindowOptions } from './window-options';

// The app's lifecycle, kept thin: every decision (window options, CSP,
// navigation and request rules, sender check, file mapping) lives in a pure,
// tested module beside this one. Bundled to dist/electron/main.cjs, next to
// preload.cjs; the renderer is built to dist/renderer.

const trustedWebContents = new Set<number>();
let library: Library | undefined;
let stopServingIpc: (() => void) | undefined;

function logError(error: unknown): void {
  console.error('[briefing-desk]', error);
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions({ preloadPath: join(__dirname, 'preload.cjs') }));
  const id = window.webContents.id;
  trustedWebContents.add(id);
  window.on('closed', () => trustedWebContents.delete(id));
  window.once('ready-to-show', () => window.show());
  window.loadURL(`${appOrigin}/index.html`).catch(logError);
  return window;
}

function lockDownSession(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  // No network at run time: the app works offline and a page may not phone home.
  defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  // Spelling uses the platform's checker only; Electron's Hunspell dictionaries would come from a Google CDN.
  defaultSession.setSpellCheckerDictionaryDownloadURL(noDictionaryDownloadUrl);
  defaultSession.setSpellCheckerEnabled(spellcheckSettings(process.platform, 'en', defaultSession.availableSpellCheckerLanguages).enabled);
}

/** What the services need from the desktop: each decision is a pure function, this only carries it out. */
const serviceHost: ServiceHost = {
  openExternalLink: async (url) => {
    const prompt = externalLinkPrompt(url);
    if (!prompt) return false;
    const window = BrowserWindow.getFocusedWindow();
    const { response } = window ? await dialog.showMessageBox(window, prompt.dialog) : await dialog.showMessageBox(prompt.dialog);
    if (response !== prompt.openButton) return false;
    await shell.openExternal(prompt.url);
    return true;
  },
  setSpellcheckLanguage: async (language) => {
    const defaultSession = session.defaultSession;
    const settings = spellcheckSettings(process.platform, language, defaultSession.availableSpellCheckerLanguages);
    defaultSession.setSpellCheckerEnabled(settings.enabled);
    if (settings.languages.length > 0) defaultSession.setSpellCheckerLanguages(settings.languages);
  },
};

function start(): void {
  try {
    // `npm start` runs Electron against a better-sqlite3 built for it (scripts/start-electron.mjs); a packaged app has its own.
    const nativeBinding = app.isPackaged ? undefined : process.env.BRIEFING_DESK_SQLITE_BINDING;
    library = openLibrary(libraryFilePath(app.getPath('userData')), { seedDemo: true, nativeBinding });
  } catch (error) {
    // The file is left exactly as it is: the person may need it, or its backup, as it stands.
    if (!(error instanceof ServiceError)) logError(error);
    const message = error instanceof ServiceError ? error.message : 'The library file could not be opened. It has not been changed.';
    dialog.showErrorBox('Briefing Desk cannot open its library', message);
    app.quit();
    return;
  }
  stopServingIpc = serveIpc(ipcMain, createIpcInvoker(createServices(library, serviceHost), { log: logError }), trustedWebContents);
  registerAppProtocol(protocol, join(__dirname, '../renderer'));
  lockDownSession();
  createMainWindow();
}

// Electron accepts privileged schemes only before the app is ready.
registerAppSchemeAsPrivileged(protocol);

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one library would fight over it; the first one takes the focus instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError(error);
      dialog.showErrorBox('Briefing Desk could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
  app.on('activate', () => {
    // macOS: clicking the Dock icon with no window open brings one back.
    if (library && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    // Stop answering first, so no late call reaches a closed database.
    stopServingIpc?.();
    stopServingIpc = undefined;
    library?.close();
    library = undefined;
  });
}
