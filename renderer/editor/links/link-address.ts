import { isAllowedLinkUrl } from '../../../shared/document/briefing-body';

export type LinkAddress = { url: string } | { error: string };

/**
 * Reads what a person types into the link dialog: an e-mail address becomes
 * a mailto link and a bare host (`www.itu.int/en`) an https one, as Word
 * does; anything else must already be an http, https or mailto address.
 */
export function linkAddressFromInput(input: string): LinkAddress {
  const typed = input.trim();
  if (typed === '') return { error: 'Type the address the link goes to.' };
  let url = typed;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/u.test(typed)) url = `mailto:${typed}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(typed) && /^[^\s/]+\.[^\s/]{2,}(\/|$)/u.test(typed)) url = `https://${typed}`;
  if (!isAllowedLinkUrl(url)) return { error: 'A link must be a web address (https://…) or an e-mail address.' };
  return { url };
}
