import { contractMethods } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import { english } from '../../shared/i18n/english';
import type { IpcInvoker } from '../ipc/ipc-invoker';
import { isTrustedSender, type IpcSender } from './trusted-sender';

/** The parts of Electron's `IpcMainInvokeEvent` the sender check reads. */
export interface IpcInvokeEventLike {
  sender: { id: number; mainFrame: unknown };
  senderFrame: { url: string } | null;
}

/** The parts of Electron's `ipcMain` used here; a small structural type, so tests can pass a fake. */
export interface IpcHandlerRegistry {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<IpcResult<unknown>>): void;
  removeHandler(channel: string): void;
}

function senderOf(event: IpcInvokeEventLike): IpcSender {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    // Electron hands out one WebFrameMain object per frame, so identity tells the main frame apart.
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

const forbidden: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: english('errors.windowForbidden'), localised: { id: 'errors.windowForbidden' } },
};

/**
 * Answers every channel of the contract. Each window the app created has its
 * own invoker (its services know which window they serve: which one to close,
 * which briefing it shows); a call from a trusted sender goes to its window's
 * invoker, which validates the arguments, and all others get `forbidden`.
 * Returns a function that stops serving, e.g. before the library closes.
 */
export function serveIpc(ipcMain: IpcHandlerRegistry, invokers: ReadonlyMap<number, IpcInvoker>): () => void {
  const channels = contractMethods().map(({ channel }) => channel);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, ...args) => {
      const invoke = invokers.get(event.sender.id);
      if (!invoke || !isTrustedSender(senderOf(event), invokers)) return forbidden;
      return invoke(channel, args);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
