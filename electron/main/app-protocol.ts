import { posix } from 'node:path';
import { appHost, appScheme } from './window-options';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export type AppRequest = { filePath: string; mimeType: string } | { status: 400 | 404 };

/**
 * Maps an `app://briefing-desk/...` URL to a file of the built renderer, or
 * refuses it: other hosts, path traversal (plain or percent-encoded), and
 * back-slashes never leave `rendererRoot`.
 */
export function resolveAppRequest(url: string, rendererRoot: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return { status: 400 };
  const segments = pathname.split('/');
  if (segments.some((segment) => segment === '..')) return { status: 404 };
  const relative = posix.normalize(pathname).replace(/^\/+/, '') || 'index.html';
  const extension = posix.extname(relative).toLowerCase();
  const mimeType = mimeTypes[extension];
  if (!mimeType) return { status: 404 };
  const root = rendererRoot.replace(/[\\/]+$/, '');
  return { filePath: `${root}/${relative}`, mimeType };
}
