import type { BrowserWindowConstructorOptions, Session } from 'electron';

// No runtime import of 'electron' here: the renderer build (vite.config.ts)
// imports `contentSecurityPolicy` from this file in plain Node.

/** The renderer is served from this privileged, standard scheme, never from file:// (Electron security checklist). */
export const appScheme = 'app';
export const appHost = 'briefing-desk';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * The Content-Security-Policy of every page: only the app's own scripts,
 * styles and fonts; no eval, no inline script, no remote origin, no plugins.
 * Inline `style` attributes that React sets through the CSSOM are not
 * affected by `style-src 'self'` (CSP only blocks parsed style attributes).
 * `frame-ancestors` is ignored in a `<meta>` policy and Chromium logs an
 * error for it, so the copy put in index.html leaves it out; the response
 * header of the `app://` protocol carries it.
 *
 * The spelling worker alone (`spelling-worker`) may also compile
 * WebAssembly (`'wasm-unsafe-eval'`, which allows no JavaScript eval): it runs
 * the Hunspell engine. A dedicated worker takes the policy of its own
 * script's response, so the pages keep the strict one.
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta' | 'spelling-worker' = 'header'): string {
  const directives = [
    "default-src 'self'",
    delivery === 'spelling-worker' ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    // blob: for the body's pictures, which the page makes from the library's bytes (never from an address).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ];
  if (delivery !== 'meta') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

export interface WindowOptionsRequest {
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  preloadPath: string;
  title?: string;
  width?: number;
  height?: number;
}

/**
 * Every isolation on and every Node and legacy feature off, spelled out
 * whatever the defaults of the Electron version of the day: the app's windows
 * and the print window share them (each test pins its window's whole set).
 */
const isolatedPreferences = {
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
  // Middle-click would otherwise ask for a new window (denied anyway by hardenWebContents); no `enableBlinkFeatures`.
  disableBlinkFeatures: 'Auxclick',
  safeDialogs: true,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/**
 * Window options with every Electron security setting spelled out, whatever
 * the defaults of the Electron version of the day. The window starts hidden
 * and is shown on `ready-to-show`, so it never flashes white.
 */
export function secureWindowOptions({ preloadPath, title = 'Briefing Desk', width = 1280, height = 820 }: WindowOptionsRequest): BrowserWindowConstructorOptions {
  return {
    title,
    width,
    height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    // The app's page background, painted before the first frame.
    backgroundColor: '#eef0f3',
    webPreferences: { preload: preloadPath, ...isolatedPreferences, spellcheck: true },
  };
}

function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compared part by part: Node's URL gives every non-special scheme the
  // opaque origin "null", so `parsed.origin === appOrigin` would never match.
  // `host` includes any port, so `app://briefing-desk:1/` is refused too.
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
}

/** Only the app's own pages may be shown in its windows. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The `data:` URLs the app uses: inline images and fonts (the page, the PDF's
 * print page) and the `.briefing.json` it hands to the save dialog as JSON.
 * Never a page, a script or a style sheet (`data:text/html` would be a new
 * document of unknown origin).
 */
export function isAllowedDataUrl(url: string): boolean {
  return /^data:(image\/(png|jpeg|gif|webp|svg\+xml)|font\/(woff2?|ttf|otf)|application\/(font-woff2?|json))[;,]/iu.test(url);
}

/** The developer tools' own pages, and nothing else under `devtools:`. */
function isDevToolsUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'devtools:' && parsed.host === 'devtools' && parsed.pathname.startsWith('/bundled/');
  } catch {
    return false;
  }
}

/**
 * What a page may load at run time: the app's own files, the developer tools
 * and inline images, fonts and the briefing file it downloads (see
 * `isAllowedDataUrl`). Nothing from the network — the app works offline and a
 * briefing never leaks through a remote image or font.
 */
export function isAllowedRequest(url: string): boolean {
  // A blob: URL the app's own page made (a picture from the library's bytes) is named after the page's origin.
  return isAppUrl(url) || isDevToolsUrl(url) || isAllowedDataUrl(url) || (url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length)));
}

/**
 * The hidden window that prints the PDF: everything the app's windows turn
 * off, and JavaScript too (the print HTML is static), with no preload and no
 * spell checker. Spelled out rather than left to Electron's defaults, which
 * have changed between versions.
 */
export function printWindowOptions(session: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: { session, javascript: false, ...isolatedPreferences, spellcheck: false },
  };
}

/** The built spelling worker's file (`assets/spelling-worker-<hash>.js`), the only script served with `contentSecurityPolicy('spelling-worker')`. */
export function isSpellingWorkerPath(pathname: string): boolean {
  return /^\/assets\/spelling-worker-[A-Za-z0-9_-]+\.js$/u.test(pathname);
}
