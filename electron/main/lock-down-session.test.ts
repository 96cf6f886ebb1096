import type { Session } from 'electron';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './app-protocol';
import { lockDownSession, type LockableSession } from './lock-down-session';
import { noDictionaryDownloadUrl } from './spellcheck-settings';
import { appOrigin, isAllowedRequest } from './window-options';

type RequestListener = Parameters<LockableSession['webRequest']['onBeforeRequest']>[0];
type PermissionRequestHandler = Parameters<LockableSession['setPermissionRequestHandler']>[0];

/** Records what the app sets on a session, and answers as Electron would ask. */
class RecordingSession implements LockableSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: (() => boolean) | undefined;
  devicePermissionHandler: (() => boolean) | undefined;
  dictionaryDownloadUrl: string | undefined;
  requestListener: RequestListener | undefined;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.requestListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }

  /** What Electron's callback receives when a page asks for `permission`. */
  requestPermission(permission: string): boolean[] {
    const answers: boolean[] = [];
    this.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
    return answers;
  }

  /** Whether Electron would cancel a request for `url`. */
  cancels(url: string): boolean | undefined {
    let cancel: boolean | undefined;
    this.requestListener?.({ url }, (response) => (cancel = response.cancel));
    return cancel;
  }
}

// Every permission Electron's own types name; a new one in an Electron upgrade fails to compile here until it is listed.
type ElectronPermission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];
const everyPermission = {
  'ar': true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  'fileSystem': true,
  'fullscreen': true,
  'geolocation': true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  'hid': true,
  'idle-detection': true,
  'keyboardLock': true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  'media': true,
  'mediaKeySystem': true,
  'midi': true,
  'midiSysex': true,
  'nfc': true,
  'notifications': true,
  'openExternal': true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  'pointerLock': true,
  'screen-wake-lock': true,
  'sensors': true,
  'serial': true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  'usb': true,
  'vr': true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  'unknown': true,
} satisfies Record<ElectronPermission, true>;
const permissions = Object.keys(everyPermission);

describe('lockDownSession', () => {
  const session = new RecordingSession();
  lockDownSession(session, isAllowedRequest);

  it('refuses every permission a page can ask for, once each', () => {
    for (const permission of permissions) {
      expect(session.requestPermission(permission), permission).toEqual([false]);
    }
  });

  it('answers "no" to every permission check and device check', () => {
    expect(session.permissionCheckHandler?.()).toBe(false);
    expect(session.devicePermissionHandler?.()).toBe(false);
  });

  it('cancels every request the filter refuses, and only those', () => {
    expect(session.cancels(`${appOrigin}/index.html`)).toBe(false);
    expect(session.cancels('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    for (const url of ['https://fonts.googleapis.com/css2', 'http://127.0.0.1:5173/', 'wss://example.org/', 'file:///etc/passwd', 'app://other/']) {
      expect(session.cancels(url), url).toBe(true);
    }
  });

  it('uses the filter it is given, so the print session admits only its own file', () => {
    const printSession = new RecordingSession();
    lockDownSession(printSession, (url) => url === 'file:///tmp/print/print.html');
    expect(printSession.cancels('file:///tmp/print/print.html')).toBe(false);
    expect(printSession.cancels('file:///tmp/print/other.html')).toBe(true);
    expect(printSession.requestPermission('media')).toEqual([false]);
  });

  it('never lets Electron download spelling dictionaries from the network', () => {
    expect(session.dictionaryDownloadUrl).toBe(noDictionaryDownloadUrl);
    expect(new URL(noDictionaryDownloadUrl).protocol).toBe('app:');
    // The app protocol serves no dictionary file (Chromium asks for e.g. en-US-10-1.bdic), so the download fails at once.
    expect(resolveAppRequest(`${noDictionaryDownloadUrl}en-US-10-1.bdic`, tmpdir())).toEqual({ status: 404 });
  });
});
