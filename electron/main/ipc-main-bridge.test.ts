import { describe, expect, it, vi } from 'vitest';
import { channelName, contractMethods } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import { serveIpc, type IpcHandlerRegistry, type IpcInvokeEventLike } from './ipc-main-bridge';
import { appOrigin } from './window-options';

type Listener = Parameters<IpcHandlerRegistry['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const registry: IpcHandlerRegistry = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { registry, handlers };
}

function eventFrom(webContentsId: number, url: string, frame: 'main' | 'sub' | 'gone' = 'main'): IpcInvokeEventLike {
  const mainFrame = { url };
  const senderFrame = frame === 'main' ? mainFrame : frame === 'sub' ? { url } : null;
  return { sender: { id: webContentsId, mainFrame }, senderFrame };
}

describe('serveIpc', () => {
  const ok: IpcResult<unknown> = { ok: true, value: 'served' };

  it('answers every contract channel, and stops when disposed', () => {
    const { registry, handlers } = fakeIpcMain();
    const dispose = serveIpc(registry, new Map([[1, vi.fn(async () => ok)]]));
    expect([...handlers.keys()].sort()).toEqual(contractMethods().map(({ channel }) => channel).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('passes a trusted call with its arguments to the invoker', async () => {
    const { registry, handlers } = fakeIpcMain();
    const invoke = vi.fn(async () => ok);
    serveIpc(registry, new Map([[1, invoke]]));
    const channel = channelName('briefings', 'list');
    const result = await handlers.get(channel)?.(eventFrom(1, `${appOrigin}/index.html`), { trashed: true });
    expect(result).toEqual(ok);
    expect(invoke).toHaveBeenCalledWith(channel, [{ trashed: true }]);
  });

  it('answers forbidden to other windows, sub-frames, gone frames and foreign pages without calling the invoker', async () => {
    const { registry, handlers } = fakeIpcMain();
    const invoke = vi.fn(async () => ok);
    serveIpc(registry, new Map([[1, invoke]]));
    const listener = handlers.get(channelName('briefings', 'list'));
    for (const event of [
      eventFrom(2, `${appOrigin}/index.html`),
      eventFrom(1, `${appOrigin}/index.html`, 'sub'),
      eventFrom(1, `${appOrigin}/index.html`, 'gone'),
      eventFrom(1, 'https://example.org/'),
    ]) {
      const result = await listener?.(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('sends each window\'s calls to that window\'s own services', async () => {
    const { registry, handlers } = fakeIpcMain();
    const first = vi.fn(async (): Promise<IpcResult<unknown>> => ({ ok: true, value: 'first' }));
    const second = vi.fn(async (): Promise<IpcResult<unknown>> => ({ ok: true, value: 'second' }));
    const windows = new Map([[1, first]]);
    serveIpc(registry, windows);
    const listener = handlers.get(channelName('lifecycle', 'closeWindow'));
    // A window opened after serving started is served too; one that closed is not.
    windows.set(2, second);
    expect(await listener?.(eventFrom(2, `${appOrigin}/index.html?briefing=x`))).toEqual({ ok: true, value: 'second' });
    windows.delete(1);
    expect(await listener?.(eventFrom(1, `${appOrigin}/index.html`))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(first).not.toHaveBeenCalled();
  });
});
