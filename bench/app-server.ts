import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveAppRequest } from '../electron/main/app-protocol';
import { appHost, appScheme } from '../electron/main/window-options';

/** Where a page's service calls go: the same path on the page's own origin, so the app's CSP (`connect-src 'self'`) allows it. */
export const benchIpcPath = '/__bench/ipc/';
/** The worker that carries them there (same origin: the CSP's `worker-src 'self'`). */
export const benchIpcWorkerPath = '/__bench/ipc-worker.js';

/**
 * The worker's script: a call comes in by `postMessage` (the page pays V8's structured clone, as with Electron's
 * `ipcRenderer.invoke`), goes out as JSON text, and its answer goes back by `postMessage` (the page pays the clone's
 * reading, as with Electron's reply). The JSON and the request are the worker's work, off the page's main thread.
 */
const ipcWorkerScript = `self.onmessage = async ({ data: { id, channel, args } }) => {
  try {
    const response = await fetch('${benchIpcPath}' + encodeURIComponent(channel), { method: 'POST', body: JSON.stringify(args), headers: { 'Content-Type': 'text/plain' } });
    const text = await response.text();
    self.postMessage(response.ok ? { id, result: JSON.parse(text) } : { id, error: text });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
`;

export interface AppServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer as the app's own `app://` protocol handler does (`serveAppRequest`: its files, types and
 * Content-Security-Policy), on 127.0.0.1 over HTTP, and takes the page's service calls as JSON text posted to
 * `benchIpcPath` + channel, answered by `invoke`.
 *
 * This is the benchmark's stand-in for Electron's preload and IPC. Electron copies a call's arguments with V8's
 * structured clone on the page's main thread and carries them to the main process off it. Playwright's binding, the
 * other way to reach Node from a page, walks the arguments in JavaScript and sends them over the DevTools protocol
 * from the page's main thread: about 200 ms of it for each autosave of the 2,000-block body, a cost of the harness
 * that the app does not have. Posting the JSON with `fetch` from the page still cost it about 50 ms a save (the
 * text and the request made on its main thread). Here the page posts the call to a worker
 * (`benchIpcWorkerPath`), paying the same structured clone Electron's IPC does; the worker posts it here.
 */
export async function startAppServer(port: number, rendererRoot: string, invoke: (channel: string, args: unknown) => Promise<unknown>): Promise<AppServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'POST' && path.startsWith(benchIpcPath)) {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const channel = decodeURIComponent(path.slice(benchIpcPath.length));
        void invoke(channel, JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown).then(
          (result) => {
            response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
            response.end(JSON.stringify(result));
          },
          (error: unknown) => {
            response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
            response.end(String(error));
          },
        );
      });
      return;
    }
    if (path === benchIpcWorkerPath) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(ipcWorkerScript);
      return;
    }
    const url = `${appScheme}://${appHost}${path === '/' ? '/index.html' : path}`;
    void serveAppRequest(url, rendererRoot).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
      response.end(answer.body ? Buffer.from(await answer.arrayBuffer()) : undefined);
    });
  });
  // Keep-alive connections would hold `close` open: every response says it ends its connection.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
