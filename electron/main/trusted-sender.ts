import { isAllowedNavigation } from './window-options';

/** Who sent an IPC call, as far as the main process can tell. */
export interface IpcSender {
  webContentsId: number;
  /** Undefined when the frame has navigated away or been destroyed since it sent the call. */
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/**
 * IPC is answered only for the main frame of a window the app created,
 * showing the app's own page — never a sub-frame, a window opened some other
 * way, or a page that navigated away (Electron security checklist: validate
 * the sender of every IPC message).
 */
export function isTrustedSender(sender: IpcSender, trustedWebContentsIds: { has(webContentsId: number): boolean }): boolean {
  return (
    sender.isMainFrame &&
    trustedWebContentsIds.has(sender.webContentsId) &&
    sender.frameUrl !== undefined &&
    isAllowedNavigation(sender.frameUrl)
  );
}
