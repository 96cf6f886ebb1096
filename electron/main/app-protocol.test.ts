import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerAppProtocol, registerAppSchemeAsPrivileged, resolveAppRequest, serveAppRequest } from './app-protocol';
import { contentSecurityPolicy } from './window-options';

const root = join(tmpdir(), 'briefing-desk-renderer');

describe('resolveAppRequest', () => {
  it('maps the root to index.html', () => {
    expect(resolveAppRequest('app://briefing-desk/', root)).toEqual({ filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://briefing-desk', root)).toEqual({ filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
  });

  it('maps assets to files under the root with their MIME type, ignoring query and fragment', () => {
    const cases: [string, string, string][] = [
      ['app://briefing-desk/index.html', 'index.html', 'text/html; charset=utf-8'],
      ['app://briefing-desk/assets/index-Bx4J.js?v=1#top', 'assets/index-Bx4J.js', 'text/javascript; charset=utf-8'],
      ['app://briefing-desk/assets/index.css', 'assets/index.css', 'text/css; charset=utf-8'],
      ['app://briefing-desk/assets/noto-sans-cyrillic-400.woff2', 'assets/noto-sans-cyrillic-400.woff2', 'font/woff2'],
      ['app://briefing-desk/assets/a.woff', 'assets/a.woff', 'font/woff'],
      ['app://briefing-desk/assets/a.ttf', 'assets/a.ttf', 'font/ttf'],
      ['app://briefing-desk/icon.svg', 'icon.svg', 'image/svg+xml'],
      ['app://briefing-desk/icon.PNG', 'icon.PNG', 'image/png'],
      ['app://briefing-desk/favicon.ico', 'favicon.ico', 'image/x-icon'],
      ['app://briefing-desk/manifest.json', 'manifest.json', 'application/json; charset=utf-8'],
      ['app://briefing-desk/assets/My%20Font.woff2', 'assets/My Font.woff2', 'font/woff2'],
    ];
    for (const [url, file, mimeType] of cases) {
      expect(resolveAppRequest(url, root), url).toEqual({ filePath: join(root, ...file.split('/')), mimeType });
    }
  });

  it('never leaves the renderer folder', () => {
    const attempts = [
      'app://briefing-desk/../../etc/passwd.json',
      'app://briefing-desk/assets/../../../etc/passwd.json',
      'app://briefing-desk/%2e%2e/%2e%2e/etc/passwd.json',
      'app://briefing-desk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.json',
      'app://briefing-desk/..%2f..%2fetc%2fpasswd.json',
      'app://briefing-desk/..%5c..%5cWindows%5cwin.ini.json',
      'app://briefing-desk/assets\\..\\..\\secret.json',
      'app://briefing-desk//etc/passwd.json',
      'app://briefing-desk/C:/Windows/win.json',
      'app://briefing-desk/C%3A%5CWindows%5Cwin.json',
      'app://briefing-desk/index.html%00.png',
      'app://briefing-desk/index.html::$DATA',
    ];
    for (const url of attempts) {
      const resolved = resolveAppRequest(url, root);
      if ('filePath' in resolved) {
        // What the URL parser resolved itself (plain `..`, `//`) must still land inside the root.
        expect(resolved.filePath.startsWith(join(root, '/')), `${url} → ${resolved.filePath}`).toBe(true);
      } else {
        expect([400, 404], url).toContain(resolved.status);
      }
    }
    expect(resolveAppRequest('app://briefing-desk/..%2f..%2fetc%2fpasswd.json', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('app://briefing-desk/..%5c..%5cwin.json', root)).toEqual({ status: 400 });
  });

  it('refuses other hosts, other schemes, bad escapes and unknown file types', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://briefing-desk:1/index.html', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('https://briefing-desk/index.html', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://briefing-desk/%E0%A4%A.js', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('not a url', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('app://briefing-desk/library.sqlite', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://briefing-desk/assets/', root)).toEqual({ status: 404 });
  });
});

describe('the app:// protocol handler', () => {
  const rendererRoot = mkdtempSync(join(tmpdir(), 'briefing-desk-protocol-'));
  mkdirSync(join(rendererRoot, 'assets'));
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Briefing Desk</title>');
  writeFileSync(join(rendererRoot, 'assets', 'app.js'), 'console.log("ə")');
  writeFileSync(join(rendererRoot, 'assets', 'spelling-worker-B1x_9q.js'), 'self.onmessage = () => undefined;');
  writeFileSync(join(rendererRoot, 'assets', 'az-BfsjqSgj.dic'), '1\ngörüş/O4\n');
  afterAll(() => rmSync(rendererRoot, { recursive: true, force: true }));

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await serveAppRequest('app://briefing-desk/', rendererRoot);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('Briefing Desk');
  });

  it('serves the spelling worker with the one policy that allows WebAssembly, and its dictionaries as text', async () => {
    const worker = await serveAppRequest('app://briefing-desk/assets/spelling-worker-B1x_9q.js', rendererRoot);
    expect(worker.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy('spelling-worker'));
    expect((await serveAppRequest('app://briefing-desk/assets/app.js', rendererRoot)).headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    const dictionary = await serveAppRequest('app://briefing-desk/assets/az-BfsjqSgj.dic', rendererRoot);
    expect(dictionary.status).toBe(200);
    expect(dictionary.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await dictionary.text()).toContain('görüş/O4');
  });

  it('answers 404 for a missing file and 400 for a traversal attempt', async () => {
    expect((await serveAppRequest('app://briefing-desk/assets/missing.js', rendererRoot)).status).toBe(404);
    expect((await serveAppRequest('app://briefing-desk/assets/%2e%2e%2f%2e%2e%2fsecret.js', rendererRoot)).status).toBe(400);
  });

  it('registers the handler and the privileged scheme on the protocol it is given', async () => {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
    registerAppProtocol({ handle: (scheme, handler) => handlers.set(scheme, handler) }, rendererRoot);
    const response = await handlers.get('app')?.(new Request('app://briefing-desk/assets/app.js'));
    expect(response?.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response?.text()).toBe('console.log("ə")');

    const schemes: unknown[] = [];
    registerAppSchemeAsPrivileged({ registerSchemesAsPrivileged: (customSchemes) => schemes.push(...customSchemes) });
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});
