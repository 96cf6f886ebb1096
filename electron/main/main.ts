import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { eventChannelName, type AppEventName, type AppEventPayload } from '../../shared/ipc/app-events';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createServices } from '../ipc/create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { startLibrary, type Library } from '../storage/library';
import type { ServiceHost } from '../ipc/service-host';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { applicationMenuTemplate } from './application-menu';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { contextMenuTemplate } from './context-menu';
import { hardenWebContents } from './harden-web-contents';
import { serveIpc } from './ipc-main-bridge';
import { libraryFilePath } from './library-location';
import { lockDownSession } from './lock-down-session';
import { createElectronServiceHost } from './electron-service-host';
import { spellcheckSettings } from './spellcheck-settings';
import { appOrigin, isAllowedRequest, secureWindowOptions } from './window-options';
import { restoredBounds, windowStateKey, windowStateSchema, type WindowState } from './window-state';

// The app's lifecycle, kept thin: every decision (window options, CSP,
// navigation and request rules, sender check, file mapping) lives in a pure,
// tested module beside this one. Bundled to dist/electron/main.cjs, next to
// preload.cjs; the renderer is built to dist/renderer.

const trustedWebContents = new Set<number>();
let library: Library | undefined;
let stopServingIpc: (() => void) | undefined;
let mainWindow: BrowserWindow | undefined;
let closeGuard: CloseGuard | undefined;
/** Quitting waits for the window's page to save; once it has, the quit goes on. */
let quitting = false;

function logError(error: unknown): void {
  console.error('[briefing-desk]', error);
}

function sendEvent<Name extends AppEventName>(window: BrowserWindow | undefined, name: Name, payload: AppEventPayload<Name>): void {
  if (window && !window.isDestroyed()) window.webContents.send(eventChannelName(name), payload);
}

function savedWindowState(): WindowState | undefined {
  try {
    return library?.settings.get(windowStateKey, windowStateSchema);
  } catch (error) {
    // A damaged window position is no reason not to start.
    logError(error);
    return undefined;
  }
}

function rememberWindowState(window: BrowserWindow): void {
  try {
    library?.settings.set(windowStateKey, { bounds: window.getNormalBounds(), maximized: window.isMaximized() } satisfies WindowState);
  } catch (error) {
    logError(error);
  }
}

function createMainWindow(): BrowserWindow {
  const options = secureWindowOptions({ preloadPath: join(__dirname, 'preload.cjs') });
  const { bounds, maximized } = restoredBounds(
    savedWindowState(),
    screen.getAllDisplays().map((display) => display.workArea),
    { width: options.width ?? 1280, height: options.height ?? 820 },
  );
  // Electronegativity cannot see through the spread; secureWindowOptions sets them (docs/security.md).
  const window = new BrowserWindow({ ...options, ...bounds }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  const id = window.webContents.id;
  trustedWebContents.add(id);
  mainWindow = window;
  const guard = createCloseGuard(
    {
      requestClose: () => sendEvent(window, 'close-requested', {}),
      destroy: () => window.destroy(),
      confirmCloseWithoutPage: async () => {
        const { response } = await dialog.showMessageBox(window, {
          type: 'warning',
          buttons: ['Keep Open', 'Close Anyway'],
          defaultId: 0,
          cancelId: 0,
          message: 'Briefing Desk could not confirm that your latest changes are saved.',
          detail: 'If you close now, the last few seconds of typing may be lost.',
        });
        return response === 1;
      },
    },
    { answerTimeoutMs: 10_000 },
  );
  closeGuard = guard;
  window.on('close', (event) => {
    rememberWindowState(window);
    if (guard.onCloseAttempt()) {
      event.preventDefault();
      // A held close cancels a quit in progress; the window's answer starts it again.
      return;
    }
  });
  window.webContents.on('render-process-gone', () => guard.onPageGone());
  window.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, {
      replaceMisspelling: (suggestion) => window.webContents.replaceMisspelling(suggestion),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
  window.on('closed', () => {
    trustedWebContents.delete(id);
    if (mainWindow === window) mainWindow = undefined;
    if (closeGuard === guard) closeGuard = undefined;
    if (quitting) app.quit();
  });
  // maximize() also shows the window; calling it earlier would show it before its first paint.
  window.once('ready-to-show', () => (maximized ? window.maximize() : window.show()));
  window.loadURL(`${appOrigin}/index.html`).catch(logError);
  return window;
}

function lockDownDefaultSession(): void {
  const defaultSession = session.defaultSession;
  lockDownSession(defaultSession, isAllowedRequest);
  defaultSession.setSpellCheckerEnabled(spellcheckSettings(process.platform, 'en', defaultSession.availableSpellCheckerLanguages).enabled);
}

/** What the services need from the desktop: each decision is a pure function, this only carries it out. */

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
    library.backups.runAutomatic(library.appSettings.get().backupRetention).catch(logError);
  }
  const host: ServiceHost = {
    ...createElectronServiceHost(),
    closeWindow: () => closeGuard?.onPageConfirmed(),
  };
  stopServingIpc = serveIpc(ipcMain, createIpcInvoker(createServices(library, host), { log: logError }), trustedWebContents);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        platform: process.platform,
        appName: app.getName(),
        send: (command) => sendEvent(BrowserWindow.getFocusedWindow() ?? mainWindow, 'menu-command-invoked', { command }),
        showAbout: () => app.showAboutPanel(),
        isDevelopment: !app.isPackaged,
      }),
    ),
  );
  registerAppProtocol(protocol, join(__dirname, '../renderer'));
  lockDownDefaultSession();
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
  app.on('before-quit', () => {
    quitting = true;
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
