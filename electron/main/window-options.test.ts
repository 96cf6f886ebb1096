import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { appOrigin, contentSecurityPolicy, isAllowedNavigation, isSpellingWorkerPath, isAllowedRequest, printWindowOptions, secureWindowOptions } from './window-options';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('secureWindowOptions', () => {
  const options = secureWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });

  it('turns on every isolation and turns off every Node and legacy feature, and sets nothing else', () => {
    // toEqual, not toMatchObject: a preference added later (enableBlinkFeatures, a partition, …) must be reviewed here.
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens hidden at a laptop-friendly size, to be shown when ready', () => {
    expect(options).toMatchObject({ show: false, width: 1280, height: 820, minWidth: 900, minHeight: 600, title: 'Briefing Desk' });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy();
  const parsed = directives(policy);

  it('allows only the app itself by default', () => {
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('style-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no eval, no inline code and no remote origin', () => {
    for (const policyText of [policy, contentSecurityPolicy('meta')]) {
      expect(policyText).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|ws:|\*/);
    }
  });

  it('lets only the spelling worker compile WebAssembly, still without eval or remote code', () => {
    const worker = directives(contentSecurityPolicy('spelling-worker'));
    expect(worker.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy('spelling-worker')).not.toMatch(/'unsafe-eval'|unsafe-inline|https?:|ws:|\*/);
    expect(contentSecurityPolicy('spelling-worker').replace(" 'wasm-unsafe-eval'", '')).toBe(policy);
    expect(isSpellingWorkerPath('/assets/spelling-worker-B1x_9q.js')).toBe(true);
    for (const path of ['/assets/index-B1x_9q.js', '/assets/spelling-worker-a.js/../index.js', '/spelling-worker-a.js', '/assets/x/spelling-worker-a.js']) {
      expect(isSpellingWorkerPath(path)).toBe(false);
    }
  });

  it('leaves out frame-ancestors only in the <meta> copy, where browsers ignore it', () => {
    const meta = directives(contentSecurityPolicy('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...parsed.keys()].filter((name) => name !== 'frame-ancestors'));
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app origin', () => {
    expect(isAllowedNavigation(`${appOrigin}/index.html`)).toBe(true);
    expect(isAllowedNavigation(`${appOrigin}/`)).toBe(true);
    expect(isAllowedNavigation(`${appOrigin}/index.html#/briefings/1`)).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'https://example.org/',
      'http://briefing-desk/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://briefing-desk.evil.org/',
      'app://briefing-desk:8080/',
      'app://user@briefing-desk/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('isAllowedRequest', () => {
  it('allows the app, the developer tools and data: images, and no network', () => {
    expect(isAllowedRequest(`${appOrigin}/assets/index.js`)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    // A picture of the body, made by the app's own page from the library's bytes; never another origin's.
    expect(isAllowedRequest('blob:app://briefing-desk/6f1c2a0e-8d4b-4a8e-9a0e-3c1f5b2d7e90')).toBe(true);
    expect(isAllowedRequest('blob:https://example.org/6f1c2a0e-8d4b-4a8e-9a0e-3c1f5b2d7e90')).toBe(false);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:5173/', 'ws://localhost/', 'file:///etc/passwd', 'app://other/']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('admits only the data: URLs the app uses (images, fonts, the briefing file it downloads) and only the developer tools’ own pages', () => {
    for (const url of ['data:font/woff2;base64,d09GMgABAAAA', 'data:image/svg+xml,%3Csvg%3E', 'data:application/json;charset=utf-8,%7B%7D', 'devtools://devtools/bundled/devtools_app.html']) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:application/javascript,alert(1)',
      'data:text/css,body{}',
      'data:,plain',
      'DATA:TEXT/HTML,x',
      'devtools://evil/bundled/x.html',
      'devtools://devtools/remote/serve_file/@0/inspector.html',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('printWindowOptions', () => {
  it('prints in a hidden window of its own session with JavaScript, Node and every legacy feature off, and sets nothing else', () => {
    const session = { partition: 'briefing-desk-print' } as unknown as Session;
    const options = printWindowOptions(session);
    expect(options.show).toBe(false);
    // toEqual, not toMatchObject: the print window has no preload, and any preference added later must be reviewed here.
    expect(options.webPreferences).toEqual({
      session,
      javascript: false,
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
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    });
  });
});
