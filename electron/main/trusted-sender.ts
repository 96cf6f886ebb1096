import { isAllowedNavigation } from './window-options';

export interface IpcSender {
  webContentsId: number;
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/**
 * IPC is answered only for the main frame of a window the app created,
 * showing the app's own page — never an iframe or a page that navigated away.
 */
export function isTrustedSender(sender: IpcSender, trustedWebContentsIds: ReadonlySet<number>): boolean {
  return sender.isMainFrame && trustedWebContentsIds.has(sender.webContentsId) && sender.frameUrl !== undefined && isAllowedNavigation(sender.frameUrl);
}
