import { isAllowedLinkUrl } from '../../../shared/document/briefing-body';

import type { MessageKey } from '../../../shared/i18n/messages';

/** The address, or the message id of why it is not one. */
export type LinkAddress = { url: string } | { error: MessageKey };

/**
 * Reads what a person types into the link dialog: an e-mail address becomes
 * a mailto link and a bare host (`www.itu.int/en`) an https one, as Word
 * does; anything else must already be an http, https or mailto address.
 */
export function linkAddressFromInput(input: string): LinkAddress {
  const typed = input.trim();
  if (typed === '') return { error: 'link.noAddress' };
  let url = typed;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/u.test(typed)) url = `mailto:${typed}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(typed) && /^[^\s/]+\.[^\s/]{2,}(\/|$)/u.test(typed)) url = `https://${typed}`;
  if (!isAllowedLinkUrl(url)) return { error: 'link.badAddress' };
  return { url };
}
