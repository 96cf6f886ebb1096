import type { MessageBoxOptions } from 'electron';
import { isAllowedLinkUrl } from '../../shared/document/briefing-body';

export interface ExternalLinkPrompt {
  /** The address to hand to `shell.openExternal`, as the URL parser normalised it. */
  url: string;
  dialog: MessageBoxOptions;
  /** The button index that means "open". */
  openButton: number;
}

/**
 * What the app asks before a link leaves it, or `undefined` for an address
 * it never opens (anything but http, https and mailto). The host name is
 * shown as the URL parser reads it (punycode for look-alike letters), so
 * "bаnk.az" with a Cyrillic "а" cannot pass for the real one.
 */
export function externalLinkPrompt(address: string): ExternalLinkPrompt | undefined {
  if (!isAllowedLinkUrl(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const isMail = url.protocol === 'mailto:';
  const message = isMail ? `Write an e-mail to ${decodeURIComponent(url.pathname)}?` : `Open ${url.host} in your browser?`;
  const detail = isMail ? 'Your e-mail program will open with a new message.' : `The link goes to:\n${url.href}`;
  return {
    url: url.href,
    openButton: 0,
    dialog: {
      type: 'question',
      title: 'Open link',
      message,
      detail,
      buttons: [isMail ? 'Write e-mail' : 'Open in browser', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    },
  };
}
