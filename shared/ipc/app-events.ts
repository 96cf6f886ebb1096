import { z } from 'zod';
import { interfaceLanguages } from '../i18n/interface-language';

/** What the application menu asks the page to do; the page decides how (it knows what is open). */
export const menuCommands = [
  'new-briefing',
  'find',
  'replace',
  'export',
  'show-library',
  'open-settings',
  'import-docx',
  'import-invite',
  'open-directory',
  'save-now',
  'open-in-new-window',
  'show-history',
  'save-as-template',
  'move-to-trash',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/**
 * Events from the main process to the page, named in the past tense (what
 * happened), each with a zod schema for its payload: the preload checks every
 * payload before a listener sees it.
 */
export const appEventSchemas = {
  /** The person asked to close the window (or quit): flush, then confirm with `lifecycle.closeWindow()`. */
  'close-requested': z.strictObject({}),
  /** A menu item or its accelerator was chosen. */
  'menu-command-invoked': z.strictObject({ command: z.enum(menuCommands) }),
  /**
   * The shell asks the window to show a briefing: chosen in File › Open
   * Recent, or just imported from a `.briefing.json` file the system opened
   * with the app. The page saves what it shows first, as for a click.
   */
  'open-briefing-requested': z.strictObject({ briefingId: z.string().uuid() }),
  /**
   * A briefing changed in the library — saved, moved through the workflow,
   * restored, created, trashed — by this window or another one. Windows
   * refresh their library list; a window showing it without unsaved edits
   * shows the new revision. `revision` is null when it left the library.
   */
  'briefing-changed': z.strictObject({ briefingId: z.string().uuid(), revision: z.number().int().min(1).nullable() }),
  /**
   * The library's state changed without the window asking: the full check
   * that runs in the background after start found the file damaged, and it
   * went to recovery. The window reads `library.status()` again.
   */
  'library-status-changed': z.strictObject({}),
  /** The settings were saved (in this window or another): every window shows the interface language chosen there (null: the system's). */
  'settings-changed': z.strictObject({ interfaceLanguage: z.enum(interfaceLanguages).nullable() }),
} as const;

export type AppEventName = keyof typeof appEventSchemas;
export type AppEventPayload<Name extends AppEventName> = z.infer<(typeof appEventSchemas)[Name]>;
export const appEventNames = Object.keys(appEventSchemas) as AppEventName[];

export function eventChannelName(name: AppEventName): string {
  return `briefing-desk:event:${name}`;
}

/** `window.appEvents`: subscribe to one event; the returned function unsubscribes. */
export interface AppEventSource {
  on<Name extends AppEventName>(name: Name, listener: (payload: AppEventPayload<Name>) => void): () => void;
}

/**
 * Builds `window.appEvents` over a transport (Electron's `ipcRenderer.on` in
 * the preload, a Playwright binding in the end-to-end harness). Unknown event
 * names and malformed payloads never reach a listener.
 */
export function buildAppEventSource(subscribe: (channel: string, deliver: (payload: unknown) => void) => () => void): AppEventSource {
  return {
    on(name, listener) {
      if (!Object.hasOwn(appEventSchemas, name)) throw new Error(`Unknown app event "${String(name)}"`);
      const schema = appEventSchemas[name];
      return subscribe(eventChannelName(name), (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data as AppEventPayload<typeof name>);
      });
    },
  };
}
