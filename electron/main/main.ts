import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createServices } from '../ipc/create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { startLibrary, type Library } from '../storage/library';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { hardenWebContents } from './harden-web-contents';
import { serveIpc } from './ipc-main-bridge';
import { libraryFilePath } from './library-location';
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
}

function start(): void {
  try {
    // `npm start` runs Electron against a better-sqlite3 built for it (scripts/start-electron.mjs); a packaged app has its own.
    const nativeBinding = app.isPackaged ? undefined : process.env.BRIEFING_DESK_SQLITE_BINDING;
    // A damaged file is moved aside and the window offers recovery; a newer, read-only or locked one is refused below.
    library = startLibrary(libraryFilePath(app.getPath('userData')), { seedDemo: true, nativeBinding });
  } catch (error) {
    // The file is left exactly as it is: the person may need it, or its backup, as it stands.
    if (!(error instanceof ServiceError)) logError(error);
    const message = error instanceof ServiceError ? error.message : 'The library file could not be opened. It has not been changed.';
    dialog.showErrorBox('Briefing Desk cannot open its library', message);
    app.quit();
    return;
  }
  if (library.status().state === 'open') {
    // At most one a day; better-sqlite3's backup runs in steps, so the window stays responsive meanwhile.
    library.backups.runAutomatic().catch(logError);
  }
  stopServingIpc = serveIpc(ipcMain, createIpcInvoker(createServices(library), { log: logError }), trustedWebContents);
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
