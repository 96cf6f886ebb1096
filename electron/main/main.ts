import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createServices } from '../ipc/create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { openLibrary, type Library } from '../storage/library';
import { serveIpc } from './ipc-main-bridge';
import { libraryFilePath } from './library-location';
import { registerAppScheme, serveAppProtocol } from './register-app-protocol';
import { appOrigin, isAllowedNavigation, secureWindowOptions } from './window-options';

// The main process is kept thin: every decision lives in a pure, tested module beside this one.

const trustedWebContents = new Set<number>();
let library: Library | undefined;

registerAppScheme();

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions({ preloadPath: join(__dirname, 'preload.cjs') }));
  const id = window.webContents.id;
  trustedWebContents.add(id);
  window.on('closed', () => trustedWebContents.delete(id));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

function lockDownSession(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  // No network at run time: only the app's own scheme and the developer tools may load anything.
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${appOrigin}/`) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

function start(): void {
  try {
    library = openLibrary(libraryFilePath(app.getPath('userData')), { seedDemo: true });
  } catch (error) {
    const message = error instanceof ServiceError ? error.message : `The library could not be opened: ${String(error)}`;
    dialog.showErrorBox('Briefing Desk cannot open its library', message);
    app.quit();
    return;
  }
  const invoke = createIpcInvoker(createServices(library));
  serveIpc(ipcMain, invoke, trustedWebContents);
  serveAppProtocol(join(__dirname, '../renderer'));
  lockDownSession();
  createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Briefing Desk could not start', String(error));
    app.quit();
  });
  app.on('activate', () => {
    if (library && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    library?.close();
    library = undefined;
  });
}
