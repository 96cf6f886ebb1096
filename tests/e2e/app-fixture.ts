import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { createIpcInvoker, type IpcInvoker } from '../../electron/ipc/ipc-invoker';
import { openLibrary, startLibrary, type Library } from '../../electron/storage/library';
import { eventChannelName, type AppEventName, type AppEventPayload } from '../../shared/ipc/app-events';
import { channelName, contractMethods, type ContractMethod } from '../../shared/ipc/contract';
import { showBodiesAsJson } from '../support/stored-bodies';
import { createTestServiceHost, type TestServiceHost } from '../support/test-service-host';

export interface LibraryFixture {
  /** The SQLite file behind this test's library. */
  file: string;
  /** Reads the file through a separate connection, as another process would. */
  query<Row>(sql: string, ...params: unknown[]): Row[];
}

interface Fixtures {
  /** Start with the demo briefing, as a first start does (`test.use({ seedDemo: true })`). */
  seedDemo: boolean;
  /** Make an automatic backup, then overwrite the library file with junk before the app starts (`test.use({ damageLibrary: true })`). */
  damageLibrary: boolean;
  library: LibraryFixture;
  /**
   * What the main process holds: the open library and the real IPC invoker over its services. `holdSaves(page)`
   * keeps that window's saves waiting (as a slow disk would) until the returned function lets them through, so a
   * test can order two windows' saves without depending on how fast typing or autosave is.
   */
  mainProcess: { library: Library; invoke: IpcInvoker; holdSaves(page: Page): () => void; savesHeld: Map<Page, Promise<void>> };
  /** The desktop shell's stand-in: the save dialog answers with a file in `serviceHost.exportFolder`, a fresh folder; closing the window is counted; links the page asked to open are recorded. */
  serviceHost: TestServiceHost;
}

/**
 * Sends an event to the page as the main process does with
 * `webContents.send` (e.g. `close-requested` when the window's close button is pressed).
 */
export async function emitAppEvent<Name extends AppEventName>(page: Page, name: Name, payload: AppEventPayload<Name>): Promise<void> {
  await page.evaluate(
    ({ channel, payload }) => (window as unknown as { __briefingDeskEmit: (channel: string, payload: unknown) => void }).__briefingDeskEmit(channel, payload),
    { channel: eventChannelName(name), payload },
  );
}

/**
 * Runs in the page before any of its scripts: defines `window.api` from the
 * contract's method list, as the preload does with `buildApi`, calling out to
 * the Playwright binding instead of `ipcRenderer.invoke`.
 */
function installApi(methods: ContractMethod[]): void {
  const page = window as unknown as { __briefingDeskInvoke: (channel: string, args: unknown[]) => Promise<unknown> };
  const invoke = (channel: string, args: unknown[]) => page.__briefingDeskInvoke(channel, args);
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const { service, method, channel } of methods) {
    api[service] ??= {};
    api[service][method] = (...args: unknown[]) => invoke(channel, args);
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });

  // `window.appEvents`, as the preload builds it over ipcRenderer.on; the test delivers with emitAppEvent.
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = (name: string, listener: (payload: unknown) => void) => {
    const channel = `briefing-desk:event:${name}`;
    const forChannel = listeners.get(channel) ?? new Set();
    listeners.set(channel, forChannel);
    forChannel.add(listener);
    return () => forChannel.delete(listener);
  };
  Object.defineProperty(window, 'appEvents', { value: Object.freeze({ on }), enumerable: true });
  Object.defineProperty(window, '__briefingDeskEmit', {
    value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload)),
  });
}

/**
 * Stands in for the Electron preload: every page of the test's browser
 * context gets a `window.api` whose calls go through the real IPC invoker to
 * the real services and a real SQLite file, fresh for each test. Nothing of
 * ours is mocked. Also fails the test if a page requests anything outside the
 * app or logs an error (a CSP violation, an uncaught exception).
 */
export const test = base.extend<Fixtures>({
  seedDemo: [false, { option: true }],
  damageLibrary: [false, { option: true }],

  library: async ({ seedDemo, damageLibrary }, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-e2e-'));
    const file = join(folder, 'library.sqlite');
    const library = openLibrary(file, { seedDemo });
    if (damageLibrary) await library.backups.runAutomatic();
    library.close();
    if (damageLibrary) writeFileSync(file, 'Not a database any more.\n'.repeat(100));
    await use({
      file,
      query: <Row>(sql: string, ...params: unknown[]) => {
        const connection = new Database(file, { readonly: true, fileMustExist: true });
        try {
          showBodiesAsJson(connection);
          return connection.prepare(sql).all(...params) as Row[];
        } finally {
          connection.close();
        }
      },
    });
    rmSync(folder, { recursive: true, force: true });
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none
  serviceHost: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-exports-'));
    const host = createTestServiceHost(folder);
    await use(host);
    await host.close();
    rmSync(folder, { recursive: true, force: true });
  },

  mainProcess: async ({ library, serviceHost }, use) => {
    // As the app starts: a damaged file is moved aside and the window offers recovery.
    const opened = startLibrary(library.file, { seedDemo: false });
    const invoke = createIpcInvoker(createServices(opened, serviceHost), { log: (error) => console.error('[main]', error) });
    const held = new Map<Page, Promise<void>>();
    await use({
      library: opened,
      invoke,
      savesHeld: held,
      holdSaves(page) {
        let release = () => undefined as void;
        held.set(
          page,
          new Promise<void>((resolve) => {
            release = resolve;
          }),
        );
        return () => {
          held.delete(page);
          release();
        };
      },
    });
    opened.close();
  },

  context: async ({ context, mainProcess, serviceHost, baseURL }, use) => {
    // As the app's main process does, every window hears of a change to the library (the pages of the context are its windows) …
    const deliveries: Promise<void>[] = [];
    serviceHost.onBriefingChanged = (change) => {
      serviceHost.briefingChanges.push(change);
      for (const page of context.pages()) deliveries.push(emitAppEvent(page, 'briefing-changed', change).catch(() => undefined));
    };
    serviceHost.onSettingsChanged = ({ interfaceLanguage }) => {
      for (const page of context.pages()) deliveries.push(emitAppEvent(page, 'settings-changed', { interfaceLanguage }).catch(() => undefined));
    };
    const saveChannel = channelName('briefings', 'save');
    await context.exposeBinding('__briefingDeskInvoke', async (source, channel: string, args: unknown) => {
      if (channel === saveChannel) await mainProcess.savesHeld.get(source.page);
      const result = await mainProcess.invoke(channel, args);
      // … and before the call that made it returns: Electron sends the event ahead of the reply, on the same channel.
      await Promise.all(deliveries.splice(0));
      return result;
    });
    await context.addInitScript(installApi, contractMethods());

    const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const outsideRequests: string[] = [];
    const pageErrors: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== appOrigin && url.protocol !== 'data:' && url.protocol !== 'blob:') outsideRequests.push(request.url());
    });
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
    });

    await use(context);
    // Closed before the library is: a page's debounced search must not reach a closed database.
    await Promise.all(context.pages().map((page) => page.close()));

    expect(outsideRequests, 'requests outside the app').toEqual([]);
    expect(pageErrors, 'errors logged by the page').toEqual([]);
  },
});

export { expect };
