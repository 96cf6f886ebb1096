import { contextBridge, ipcRenderer } from 'electron';
import { buildAppEventSource } from '../../shared/ipc/app-events';
import { buildApi } from '../../shared/ipc/contract';

// The only bridge between the page and the main process: `window.api`, built
// from the IPC contract, and `window.appEvents` for what the main process
// tells the page. Nothing else of Electron or Node reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, args) => ipcRenderer.invoke(channel, ...args)),
);

contextBridge.exposeInMainWorld(
  'appEvents',
  buildAppEventSource((channel, deliver) => {
    // The IpcRendererEvent (with its sender) never reaches the page, only the checked payload.
    const listener = (_event: Electron.IpcRendererEvent, payload: unknown) => deliver(payload);
    ipcRenderer.on(channel, listener);
    return () => ipcRenderer.removeListener(channel, listener);
  }),
);
