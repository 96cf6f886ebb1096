import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import type { AppSettings } from '../../shared/document/app-settings';
import { resolveInterfaceLanguage, type InterfaceLanguage } from '../../shared/i18n/interface-language';
import type { Translate } from '../../shared/i18n/messages';
import { createTranslator } from '../../shared/i18n/translator';
import { sayLocalised, ServiceError } from '../../shared/ipc/ipc-result';
import { outsideReason } from '../files/system-reason';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import type { Services } from '../../shared/ipc/contract';
import { createServices } from '../services/create-services';
import { runLibraryMaintenance } from '../services/library-service';
import { startTeamSync, type TeamSyncRunner } from '../services/team-sync-runner';
import type { SharedPorts } from '../services/ports';
import { startLibrary, type Library } from '../storage/library';
import { createIntegrityWorkerClient } from './workers/integrity-worker-client';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { AppWindows } from './app-windows';
import { applicationMenuTemplate } from './application-menu';
import { createElectronPorts } from './electron-ports';
import { hardenWebContents } from './harden-web-contents';
import { serveIpc } from './ipc-main-bridge';
import { launchRequests, type LaunchRequest } from './launch-requests';
import { libraryFilePath } from '../storage/library-location';
import { openLaunchRequests } from './open-launch-requests';
import { recentDockMenu, recentJumpList } from './recent-menus';
import { lockDownSession } from './lock-down-session';
import { spellcheckSettings } from './spellcheck-settings';
import { isAllowedRequest } from './window-options';

// The app's lifecycle, kept thin: every decision (window options, CSP,
// navigation and request rules, sender check, file mapping, menus, what a
// command line asks to open) lives in a pure, tested module beside this one.
// Bundled to dist/electron/main.cjs, next to preload.cjs; the renderer is
// built to dist/renderer.

let library: Library | undefined;
let windows: AppWindows | undefined;
/** The services of the shell itself (not of a window): importing the files the system opens with the app. */
let shellServices: Services | undefined;
let stopServingIpc: (() => void) | undefined;
let teamSync: TeamSyncRunner | undefined;
let recentBriefings: RecentBriefing[] = [];
/** What the app was asked to open before it was ready: its command line, and macOS `open-file` events. */
const pendingRequests: LaunchRequest[] = launchRequests(process.argv, process.cwd());
/** Quitting waits for every window's page to save; once one has closed, the quit goes on. */
let quitting = false;

/** The interface language's messages for the menus and dialogs: the system's until the library's settings say otherwise. */
let t: Translate = createTranslator('en');

function showInterfaceLanguage(chosen: InterfaceLanguage | null): void {
  t = createTranslator(resolveInterfaceLanguage(chosen, app.getPreferredSystemLanguages()));
}

/** Settings were saved in some window: the menus take the interface language at once, and every window hears of it. */
function showSettings(settings: AppSettings): void {
  showInterfaceLanguage(settings.interfaceLanguage);
  buildApplicationMenu();
  windows?.broadcast('settings-changed', { interfaceLanguage: settings.interfaceLanguage });
}

function logError(error: unknown): void {
  console.error('[briefing-desk]', error);
}

function buildApplicationMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        platform: process.platform,
        appName: app.getName(),
        t,
        send: (command) => windows?.send(windows.target(), 'menu-command-invoked', { command }),
        showAbout: () => app.showAboutPanel(),
        isDevelopment: !app.isPackaged,
        recentBriefings,
        openRecent: (briefingId) => windows?.showBriefing(briefingId),
        clearRecent,
      }),
    ),
  );
}

/** File › Open Recent, the Windows jump list and the macOS Dock menu follow the library's recent list. */
function showRecentBriefings(recent: RecentBriefing[]): void {
  recentBriefings = recent;
  buildApplicationMenu();
  try {
    if (process.platform === 'win32') {
      // A development start runs Electron with the app folder; a jump-list entry must start it the same way.
      app.setJumpList(recentJumpList(recent, { program: process.execPath, args: app.isPackaged ? [] : [app.getAppPath()] }));
    }
    if (process.platform === 'darwin') app.dock?.setMenu(Menu.buildFromTemplate(recentDockMenu(recent, (briefingId) => windows?.showBriefing(briefingId))));
  } catch (error) {
    // The system's recent list is a convenience; the menu already shows the list.
    logError(error);
  }
}

function clearRecent(): void {
  try {
    library?.recentBriefings.clear();
    app.clearRecentDocuments();
  } catch (error) {
    logError(error);
  }
  showRecentBriefings([]);
}

/** A refusal in the interface language: its catalog message when it has one, else its sentence as it is. */
function said(error: ServiceError): string {
  return error.localised ? sayLocalised(t, error.localised) : error.message;
}

function readRecentBriefings(): RecentBriefing[] {
  try {
    return library?.recentBriefings.list() ?? [];
  } catch (error) {
    logError(error);
    return [];
  }
}

/** Imports the files and opens the briefings the app was asked to open; `show` puts the last one on screen. */
async function openRequests(requests: readonly LaunchRequest[], show: (briefingId: string) => void): Promise<void> {
  if (!shellServices || requests.length === 0) return;
  await openLaunchRequests(requests, {
    services: shellServices,
    showBriefing: show,
    showError: (message) => {
      const window = windows?.target();
      const options: Electron.MessageBoxOptions = { type: 'error', message: t('main.openFileFailed'), detail: typeof message === 'string' ? message : sayLocalised(t, message) };
      (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)).catch(logError);
    },
    // The system's own recent list (macOS, Windows): the file can be opened again from there.
    addRecentDocument: (path) => app.addRecentDocument(path),
  });
}

function lockDownDefaultSession(): void {
  const defaultSession = session.defaultSession;
  lockDownSession(defaultSession, isAllowedRequest);
  defaultSession.setSpellCheckerEnabled(spellcheckSettings(process.platform, 'en', defaultSession.availableSpellCheckerLanguages).enabled);
}

function readInterfaceLanguage(opened: Library): InterfaceLanguage | null {
  try {
    return opened.appSettings.get().interfaceLanguage;
  } catch (error) {
    logError(error);
    return null;
  }
}

async function start(): Promise<void> {
  // The system's language until the library's settings can be read (an error about the library itself needs one).
  showInterfaceLanguage(null);
  let opened: Library;
  // `npm start` runs Electron against a better-sqlite3 built for it (scripts/start-electron.mjs); a packaged app has its own.
  const nativeBinding = app.isPackaged ? undefined : process.env.BRIEFING_DESK_SQLITE_BINDING;
  try {
    // A damaged file is moved aside and the window offers recovery; a newer, read-only or locked one is refused below.
    opened = startLibrary(libraryFilePath(app.getPath('userData')), { seedDemo: true, nativeBinding });
  } catch (error) {
    // The file is left exactly as it is: the person may need it, or its backup, as it stands.
    if (!(error instanceof ServiceError)) logError(error);
    const message = error instanceof ServiceError ? said(error) : t('main.libraryUnreadable');
    dialog.showErrorBox(t('main.libraryCannotOpen'), message);
    app.quit();
    return;
  }
  library = opened;
  const libraryOpen = opened.status().state === 'open';
  if (libraryOpen) showInterfaceLanguage(readInterfaceLanguage(opened));
  const host: SharedPorts = {
    ...createElectronPorts(() => t),
    onRecentBriefingsChanged: showRecentBriefings,
    onBriefingChanged: (change) => windows?.broadcast('briefing-changed', change),
    onSettingsChanged: showSettings,
    // Connected or disconnected in Settings › Team library: the background sync follows at once.
    onTeamConnectionChanged: () => {
      const previous = teamSync;
      teamSync = undefined;
      void (previous?.stop() ?? Promise.resolve())
        .then(() => startTeamSync(opened, host))
        .then((runner) => (teamSync = runner))
        .catch(logError);
    },
  };
  const appWindows = new AppWindows({
    library: opened,
    host,
    preloadPath: join(__dirname, 'preload.cjs'),
    log: logError,
    onClosed: () => {
      if (quitting) app.quit();
    },
    translate: () => t,
  });
  windows = appWindows;
  shellServices = createServices(opened, { ...host, closeWindow: () => undefined });
  stopServingIpc = serveIpc(ipcMain, appWindows.invokers);
  showRecentBriefings(libraryOpen ? readRecentBriefings() : []);
  if (libraryOpen) verifyLibrary(opened, nativeBinding);
  // A library shared with a team server keeps in sync while the app runs; one that is not starts nothing.
  if (libraryOpen) {
    startTeamSync(opened, host)
      .then((runner) => (teamSync = runner))
      .catch(logError);
  }
  registerAppProtocol(protocol, join(__dirname, '../renderer'));
  lockDownDefaultSession();

  // Files opened with the app are imported before its window opens, which then shows the last of them.
  let initialBriefing: string | undefined;
  if (libraryOpen) {
    await openRequests(pendingRequests.splice(0), (briefingId) => {
      initialBriefing = briefingId;
    });
  }
  appWindows.open({ briefingId: initialBriefing });
}

/**
 * The library opened without reading every page (see `startLibrary`); the
 * full check runs now in a worker thread while the window is in use. Only a
 * library found sound gets its daily automatic backup: a backup of a damaged
 * file would push a good one out. After an unclean shutdown the library's
 * connection holds its checkpoints until this check has passed (see
 * `startLibrary`). Damage found takes the library to recovery (kept aside,
 * byte for byte) and every window is told, to show it.
 */
function verifyLibrary(opened: Library, nativeBinding: string | undefined): void {
  const checker = createIntegrityWorkerClient(join(__dirname, 'integrity-worker.cjs'), nativeBinding ? { nativeBinding } : {});
  opened
    .verifyInBackground(checker.check)
    .then(async (outcome) => {
      if (outcome === 'sound') {
        // At most one backup a day (better-sqlite3's backup runs in steps, so the window stays responsive meanwhile), then unused pictures go.
        await runLibraryMaintenance(opened, opened.appSettings.get().backupRetention);
      } else if (outcome === 'damaged') {
        showRecentBriefings([]);
        windows?.broadcast('library-status-changed', {});
      }
    })
    .catch(logError)
    .finally(() => void checker.close());
}

// Electron accepts privileged schemes only before the app is ready.
registerAppSchemeAsPrivileged(protocol);

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one library would fight over it; the first one takes over what this start was asked to open.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const requests = launchRequests(argv, workingDirectory);
    if (requests.length > 0) {
      openRequests(requests, (briefingId) => windows?.showBriefing(briefingId)).catch(logError);
      return;
    }
    const window = windows?.target();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // macOS hands files over as events, also before the app is ready (a double-click that starts it).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const requests = launchRequests([path], '/');
    if (!windows) {
      pendingRequests.push(...requests);
      return;
    }
    openRequests(requests, (briefingId) => windows?.showBriefing(briefingId)).catch(logError);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError(error);
      // A folder the app may not write, a full disk …: the system's reason in the language; only a bug's text as it is.
      const reason = outsideReason(error);
      const detail = error instanceof ServiceError ? said(error) : reason ? sayLocalised(t, { id: 'errors.system', values: { reason } }) : error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(t('main.couldNotStart'), detail);
      app.quit();
    });
  app.on('activate', () => {
    // macOS: clicking the Dock icon with no window open brings one back.
    if (windows && BrowserWindow.getAllWindows().length === 0) windows.open();
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
    void teamSync?.stop();
    teamSync = undefined;
    library?.close();
    library = undefined;
  });
}
