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
/**
 * The recipients of a mailto link as a person reads them: percent-escapes
 * decoded where they are well formed (`mailto:%` stays as written rather than
 * throwing), and every control character — `%0d%0a` line breaks included —
 * shown as its escape, so the question cannot be given extra lines.
 */
function mailRecipients(pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return decoded.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (character) => encodeURIComponent(character));
}

export function externalLinkPrompt(address: string): ExternalLinkPrompt | undefined {
  if (!isAllowedLinkUrl(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const isMail = url.protocol === 'mailto:';
  const message = isMail ? `Write an e-mail to ${mailRecipients(url.pathname)}?` : `Open ${url.host} in your browser?`;
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
