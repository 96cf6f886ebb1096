import { isAllowedNavigation } from './window-options';

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents this module uses, so a test can pass a stand-in. */
export interface HardenableWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Every web contents the app creates stays on the app's own pages: no
 * navigation or redirect elsewhere, no new windows (window.open, target=_blank),
 * no <webview>. Links that should open in a browser go through the main
 * process's allow-listed `shell.openExternal`, never through the page.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
