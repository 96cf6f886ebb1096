import { noDictionaryDownloadUrl } from './spellcheck-settings';

// No runtime import of 'electron': the session is passed in, so the tests can
// hand in a stand-in that records what was set.

/** What a permission decision is told; the decision never depends on it. */
type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;

/**
 * The parts of Electron's `Session` this module sets. Electron's own
 * `Session` satisfies it (main.ts passes `session.defaultSession`, the PDF
 * printer its own partition), and a test passes a recorder.
 */
export interface LockableSession {
  setPermissionRequestHandler(handler: PermissionRequestHandler): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Locks a session down (Electron security checklist, items 1 and 5):
 * - every permission request (camera, microphone, notifications,
 *   geolocation, MIDI, `openExternal`, …) is refused, and every permission
 *   check and device (HID, serial, USB) check answers "no": the app needs
 *   none of them, so no page in it may have one;
 * - every request whose URL `allowRequest` refuses is cancelled before it
 *   leaves: the app is offline and a page may not phone home;
 * - Chromium's Hunspell dictionaries, which Electron would fetch from a
 *   Google CDN, are pointed at the app's own protocol, which serves none.
 *
 * Each call replaces the previous request filter, as Electron keeps one
 * `onBeforeRequest` listener per session.
 */
export function lockDownSession(session: LockableSession, allowRequest: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url) }));
  session.setSpellCheckerDictionaryDownloadURL(noDictionaryDownloadUrl);
}
