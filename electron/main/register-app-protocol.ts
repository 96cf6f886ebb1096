import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveAppRequest } from './app-protocol';
import { appScheme, contentSecurityPolicy } from './window-options';

/** Must run before the app is ready: makes `app://` a secure, standard scheme (origin, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from `rendererRoot` with the app's CSP on every response. */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererRoot);
    if ('status' in resolved) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.filePath);
      return new Response(body, {
        headers: {
          'Content-Type': resolved.mimeType,
          'Content-Security-Policy': contentSecurityPolicy(),
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
