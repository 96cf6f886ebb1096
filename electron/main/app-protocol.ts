import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { appHost, appScheme, contentSecurityPolicy, isSpellingWorkerPath } from './window-options';

// Electron's `protocol` is passed in rather than imported, so this file loads
// in plain Node and its tests need no Electron binary.

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Source maps, for the developer tools.
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // The bundled Hunspell dictionaries, read by the spelling worker.
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

export type AppRequest = { filePath: string; mimeType: string } | { status: 400 | 404 };

/**
 * Maps an `app://briefing-desk/...` URL to a file of the built renderer, or
 * refuses it. Other hosts, path traversal (plain or percent-encoded),
 * back-slashes and NUL bytes never reach the file system, and the result is
 * checked to lie inside `rendererRoot` whatever the platform's path rules.
 */
export function resolveAppRequest(url: string, rendererRoot: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || parsed.username !== '' || parsed.password !== '') {
    return { status: 404 };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  // Decoded once, so `%5c` and `%00` show up here. On Windows a back-slash is a
  // separator and a colon names a drive or an alternate data stream.
  if (pathname.includes('\\') || pathname.includes('\0') || pathname.includes(':')) return { status: 400 };
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { status: 400 };
  if (segments.length === 0) segments.push('index.html');

  const mimeType = mimeTypes[extname(segments[segments.length - 1] ?? '').toLowerCase()];
  if (!mimeType) return { status: 404 };

  const root = resolve(rendererRoot);
  const filePath = join(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 400 };
  return { filePath, mimeType };
}

/**
 * Makes `app://` a standard, secure scheme: pages get a real origin (storage,
 * `fetch`, relative URLs) and count as a secure context. Electron accepts
 * this only before the app is ready.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from `rendererRoot`, with the app's CSP on every response. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(request.url, rendererRoot));
}

/** The response for one `app://` request; exported for tests. */
export async function serveAppRequest(url: string, rendererRoot: string): Promise<Response> {
  const resolved = resolveAppRequest(url, rendererRoot);
  if ('status' in resolved) return new Response(null, { status: resolved.status });
  let body: Buffer;
  try {
    body = await readFile(resolved.filePath);
  } catch {
    // Missing file or a folder named like a file: the renderer build has no such asset.
    return new Response(null, { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': resolved.mimeType,
      'Content-Security-Policy': contentSecurityPolicy(isSpellingWorkerPath(new URL(url).pathname) ? 'spelling-worker' : 'header'),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
