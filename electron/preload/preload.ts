import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/contract';

// The only bridge between the page and the main process: `window.api`, built
// from the IPC contract. Nothing else of Electron or Node reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, args) => ipcRenderer.invoke(channel, ...args)),
);
