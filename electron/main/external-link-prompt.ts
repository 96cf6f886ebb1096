import type { MessageBoxOptions } from 'electron';
import { english } from '../../shared/i18n/english';
import type { Translate } from '../../shared/i18n/messages';
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

export function externalLinkPrompt(address: string, t: Translate = english): ExternalLinkPrompt | undefined {
  if (!isAllowedLinkUrl(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const isMail = url.protocol === 'mailto:';
  const message = isMail ? t('dialogs.writeEmailTo', { recipients: mailRecipients(url.pathname) }) : t('dialogs.openInBrowserQuestion', { host: url.host });
  const detail = isMail ? t('dialogs.emailProgram') : t('dialogs.linkGoesTo', { url: url.href });
  return {
    url: url.href,
    openButton: 0,
    dialog: {
      type: 'question',
      title: t('dialogs.openLink'),
      message,
      detail,
      buttons: [t(isMail ? 'dialogs.writeEmail' : 'dialogs.openInBrowser'), t('dialog.cancel')],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    },
  };
}
