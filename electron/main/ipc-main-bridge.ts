import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contractMethods } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import type { IpcInvoker } from '../ipc/ipc-invoker';
import { isTrustedSender } from './trusted-sender';

function senderOf(event: IpcMainInvokeEvent) {
  return {
    webContentsId: event.sender.id,
    frameUrl: event.senderFrame?.url,
    isMainFrame: event.senderFrame?.parent === null,
  };
}

/** Answers every channel of the contract for trusted senders; returns a function that stops serving. */
export function serveIpc(ipcMain: IpcMain, invoke: IpcInvoker, trustedWebContentsIds: ReadonlySet<number>): () => void {
  const channels = contractMethods().map(({ channel }) => channel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args: unknown[]): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(senderOf(event), trustedWebContentsIds)) {
        return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'This window may not use the library.' } });
      }
      return invoke(channel, args);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
