import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eventChannelName } from '../../shared/ipc/app-events';
import { contractMethods } from '../../shared/ipc/contract';

// The preload runs at import: it is loaded against a stand-in for Electron's
// contextBridge and ipcRenderer that records what reaches the page
// (Electron security checklist, item 20: do not expose Electron APIs to
// untrusted web content).
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invocations: unknown[][] = [];
  const ipcRenderer = {
    invoke: async (...args: unknown[]) => {
      invocations.push(args);
      return { ok: true, value: null };
    },
    on: (channel: string, listener: Listener) => {
      const forChannel = listeners.get(channel) ?? new Set();
      listeners.set(channel, forChannel);
      forChannel.add(listener);
      return ipcRenderer;
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    send: () => undefined,
    sendSync: () => undefined,
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => {
      if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      exposed.set(key, value);
    },
  };
  /** Delivers a message from the main process as Electron does: an event carrying the sender, then the payload. */
  const emit = (channel: string, payload: unknown) => {
    const event = { sender: ipcRenderer, senderId: 0, ports: [] };
    for (const listener of listeners.get(channel) ?? []) listener(event, payload);
  };
  return { exposed, listeners, invocations, ipcRenderer, contextBridge, emit };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

/** Every path from the exposed value to a function or a non-object, e.g. `api.briefings.list`. */
function leaves(value: unknown, path: string): { path: string; value: unknown }[] {
  if (value === null || typeof value !== 'object') return [{ path, value }];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

describe('the preload', () => {
  beforeAll(async () => {
    await import('./preload');
  });

  it('puts exactly two things on the page: window.api and window.appEvents', () => {
    expect([...electron.exposed.keys()]).toEqual(['api', 'appEvents']);
  });

  it('exposes only functions of the contract, never ipcRenderer or any of its methods', () => {
    const exposedLeaves = [...electron.exposed].flatMap(([key, value]) => leaves(value, key));
    const expectedPaths = [...contractMethods().map(({ service, method }) => `api.${service}.${method}`), 'appEvents.on'];
    expect(exposedLeaves.map(({ path }) => path).sort()).toEqual(expectedPaths.sort());
    const ipcRendererParts: unknown[] = [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)];
    for (const { path, value } of exposedLeaves) {
      expect(typeof value, path).toBe('function');
      expect(ipcRendererParts, path).not.toContain(value);
    }
  });

  it('sends each call on its own contract channel: the page cannot name a channel', async () => {
    const api = electron.exposed.get('api') as { briefings: { list(query: unknown): Promise<unknown> }; shell: { openLink(url: string): Promise<unknown> } };
    await api.briefings.list({ trashed: true });
    await api.shell.openLink('https://www.itu.int/');
    expect(electron.invocations).toEqual([
      ['briefing-desk:briefings.list', { trashed: true }],
      ['briefing-desk:shell.openLink', 'https://www.itu.int/'],
    ]);
  });

  it('hands a listener the checked payload only, never the IPC event with its sender', () => {
    const appEvents = electron.exposed.get('appEvents') as { on(name: string, listener: (payload: unknown) => void): () => void };
    const received: unknown[][] = [];
    const unsubscribe = appEvents.on('menu-command-invoked', (...args) => received.push(args));
    const channel = eventChannelName('menu-command-invoked');
    electron.emit(channel, { command: 'find' });
    electron.emit(channel, { command: 'format-disk' });
    electron.emit(channel, { command: 'export', extra: 'x' });
    expect(received).toEqual([[{ command: 'find' }]]);
    unsubscribe();
    expect(electron.listeners.get(channel)?.size).toBe(0);
  });

  it('refuses to listen on anything but the app events', () => {
    const appEvents = electron.exposed.get('appEvents') as { on(name: string, listener: () => void): () => void };
    const channelsBefore = [...electron.listeners.keys()];
    expect(() => appEvents.on('briefing-desk:briefings.list', () => undefined)).toThrow(/Unknown app event/);
    expect(() => appEvents.on('__proto__', () => undefined)).toThrow(/Unknown app event/);
    expect([...electron.listeners.keys()]).toEqual(channelsBefore);
  });
});
