import type { Translate } from '../../shared/i18n/messages';
import { BrowserWindow, dialog, Menu, screen } from 'electron';
import { eventChannelName, type AppEventName, type AppEventPayload } from '../../shared/ipc/app-events';
import { windowQuery } from '../../shared/ipc/window-query';
import { createServices } from '../services/create-services';
import { createIpcInvoker, type IpcInvoker } from '../ipc/ipc-invoker';
import type { ServicePorts, SharedPorts } from '../services/ports';
import type { Library } from '../storage/library';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { contextMenuTemplate } from './context-menu';
import { appOrigin, secureWindowOptions } from './window-options';
import { cascadedBounds, restoredBounds, windowStateKey, windowStateSchema, type WindowState } from './window-state';

/** One window of the app: its close guard and the briefing it shows (its services are in `invokers`). */
interface AppWindow {
  window: BrowserWindow;
  guard: CloseGuard;
  briefingId: string | null;
}

export interface AppWindowsOptions {
  library: Library;
  /** The desktop's services shared by every window (dialogs, printing, workers). */
  host: SharedPorts;
  preloadPath: string;
  /** Where failures that are not the person's to fix are written. */
  log: (error: unknown) => void;
  /** Called when the last window has closed during a quit, so the quit can go on. */
  onClosed: () => void;
  /** The interface language's messages now, for the right-click menu. */
  translate: () => Translate;
}

/**
 * The app's windows. Each has services of its own over the one library, so a
 * call knows which window made it: `lifecycle.closeWindow()` closes that
 * window, `showingBriefing` records what it shows. What every window must
 * hear (a briefing changed) is sent to all of them.
 */
export class AppWindows {
  /** By `webContents.id`: what `serveIpc` answers, and nothing else. */
  readonly invokers = new Map<number, IpcInvoker>();
  private readonly windows = new Map<number, AppWindow>();
  private lastFocused: BrowserWindow | undefined;

  constructor(private readonly options: AppWindowsOptions) {}

  get count(): number {
    return this.windows.size;
  }

  /** The window the person used last: where menu commands and opened files go. */
  target(): BrowserWindow | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && this.windowOf(focused)) return focused;
    if (this.lastFocused && !this.lastFocused.isDestroyed()) return this.lastFocused;
    return [...this.windows.values()][0]?.window;
  }

  send<Name extends AppEventName>(window: BrowserWindow | undefined, name: Name, payload: AppEventPayload<Name>): void {
    if (window && !window.isDestroyed()) window.webContents.send(eventChannelName(name), payload);
  }

  broadcast<Name extends AppEventName>(name: Name, payload: AppEventPayload<Name>): void {
    for (const { window } of this.windows.values()) this.send(window, name, payload);
  }

  /** Shows the briefing in the window used last (it saves what it shows first), or in a new window when there is none. */
  showBriefing(briefingId: string): void {
    const window = this.target();
    if (!window) {
      this.open({ briefingId });
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
    this.send(window, 'open-briefing-requested', { briefingId });
  }

  /**
   * "Open in New Window": brings forward another window that already shows
   * the briefing, or opens one beside `from`.
   */
  openBriefingWindow(briefingId: string, from: BrowserWindow | undefined): void {
    const existing = [...this.windows.values()].find((entry) => entry.briefingId === briefingId && entry.window !== from);
    if (existing) {
      if (existing.window.isMinimized()) existing.window.restore();
      existing.window.focus();
      return;
    }
    this.open({ briefingId, from });
  }

  open({ briefingId, from }: { briefingId?: string; from?: BrowserWindow } = {}): BrowserWindow {
    const options = secureWindowOptions({ preloadPath: this.options.preloadPath });
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const placement =
      from && !from.isDestroyed()
        ? { bounds: cascadedBounds(from.getNormalBounds(), workAreas), maximized: false }
        : restoredBounds(this.savedWindowState(), workAreas, { width: options.width ?? 1280, height: options.height ?? 820 });
    // Electronegativity cannot see through the spread; secureWindowOptions sets them (docs/security.md).
    const window = new BrowserWindow({ ...options, ...placement.bounds }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    const id = window.webContents.id;

    const guard = createCloseGuard(
      {
        requestClose: () => this.send(window, 'close-requested', {}),
        destroy: () => window.destroy(),
        confirmCloseWithoutPage: async () => {
          const { response } = await dialog.showMessageBox(window, {
            type: 'warning',
            buttons: [this.options.translate()('dialogs.keepOpen'), this.options.translate()('dialogs.closeAnyway')],
            defaultId: 0,
            cancelId: 0,
            message: this.options.translate()('dialogs.notConfirmedSaved'),
            detail: this.options.translate()('dialogs.lastSecondsLost'),
          });
          return response === 1;
        },
      },
      { answerTimeoutMs: 10_000 },
    );
    const entry: AppWindow = { window, guard, briefingId: briefingId ?? null };
    const host: ServicePorts = {
      ...this.options.host,
      closeWindow: () => guard.onPageConfirmed(),
      showingBriefing: (shown) => {
        entry.briefingId = shown;
      },
      openBriefingWindow: (requested) => this.openBriefingWindow(requested, window),
    };
    this.windows.set(id, entry);
    this.invokers.set(id, createIpcInvoker(createServices(this.options.library, host), { log: this.options.log, logCause: (refusal) => this.options.log(refusal) }));

    window.on('focus', () => {
      this.lastFocused = window;
    });
    window.on('close', (event) => {
      this.rememberWindowState(window);
      // A held close cancels a quit in progress; the window's answer starts it again.
      if (guard.onCloseAttempt()) event.preventDefault();
    });
    window.webContents.on('render-process-gone', () => guard.onPageGone());
    window.webContents.on('context-menu', (_event, params) => {
      const items = contextMenuTemplate(params, {
        replaceMisspelling: (suggestion) => window.webContents.replaceMisspelling(suggestion),
        addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
      }, this.options.translate());
      if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
    });
    window.on('closed', () => {
      this.windows.delete(id);
      this.invokers.delete(id);
      if (this.lastFocused === window) this.lastFocused = undefined;
      this.options.onClosed();
    });
    // maximize() also shows the window; calling it earlier would show it before its first paint.
    window.once('ready-to-show', () => (placement.maximized ? window.maximize() : window.show()));
    window.loadURL(`${appOrigin}/index.html${windowQuery(briefingId)}`).catch(this.options.log);
    return window;
  }

  private windowOf(window: BrowserWindow): AppWindow | undefined {
    return this.windows.get(window.webContents.id);
  }

  private savedWindowState(): WindowState | undefined {
    try {
      return this.options.library.settings.get(windowStateKey, windowStateSchema);
    } catch (error) {
      // A damaged window position is no reason not to start.
      this.options.log(error);
      return undefined;
    }
  }

  /** The window closed last decides where the next start opens, as in most editors. */
  private rememberWindowState(window: BrowserWindow): void {
    try {
      this.options.library.settings.set(windowStateKey, { bounds: window.getNormalBounds(), maximized: window.isMaximized() } satisfies WindowState);
    } catch (error) {
      this.options.log(error);
    }
  }
}
