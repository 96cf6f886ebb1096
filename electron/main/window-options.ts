import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer is served from this privileged, standard scheme, never from file:// (Electron security checklist). */
export const appScheme = 'app';
export const appHost = 'briefing-desk';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * The Content-Security-Policy of every page: only the app's own scripts,
 * styles and fonts; no eval, no inline script, no remote origin, no plugins.
 * Inline `style` attributes set by React through the CSSOM are not affected.
 * `frame-ancestors` only works as a response header, so the copy put in
 * index.html's `<meta>` leaves it out (Chromium logs an error otherwise).
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta' = 'header'): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ];
  if (delivery === 'header') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Window options with every Electron security setting made explicit, whatever the defaults of the day. */
export function secureWindowOptions({ preloadPath, title = 'Briefing Desk' }: { preloadPath: string; title?: string }): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#eef0f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** Only the app's own pages may be shown in its windows. */
export function isAllowedNavigation(url: string): boolean {
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}
