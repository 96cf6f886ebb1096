import DOMPurify from 'dompurify';
import { readableStyle } from '../../../shared/document/html/inline-style';
import { pasteAllowList } from '../../../shared/document/html/paste-allow-list';

// Styles are read for marks and Word's list levels, never rendered: keep only the declarations the
// deserialiser reads, so nothing else (url(), expression()) is left in the sanitised tree.
DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
  // data-* is allowed only for the style alias; the disarmed handlers (data-blocked-on…) and every other data-* go.
  if (data.attrName.startsWith('data-') && data.attrName !== pasteAllowList.styleAlias) {
    data.keepAttr = false;
    return;
  }
  if (data.attrName !== 'style' && data.attrName !== pasteAllowList.styleAlias) return;
  data.attrValue = readableStyle(data.attrValue);
  if (data.attrValue === '') data.keepAttr = false;
});

/**
 * Runs pasted HTML through DOMPurify with the paste allow-list and returns
 * the sanitised tree for `htmlToBlocks` to read. The HTML is parsed into a
 * `<template>`'s inert content and sanitised there in place: nothing in it
 * loads, runs or is checked against the page's Content-Security-Policy (a
 * DOMParser document would report every blocked handler and style as a CSP
 * violation). `style` survives only so marks can be read from it.
 */
/**
 * Renames `style` attributes inside tags (never in text) so that parsing reports no CSP violations,
 * and disarms `on…` handler attributes the same way: Chromium reports a CSP violation for every
 * handler it meets on a parsed element, even one that can never run. Not a security step:
 * whatever this misses is still removed by DOMPurify below.
 */
function withStyleAlias(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/(\s)style(\s*=)/gi, `$1${pasteAllowList.styleAlias}$2`).replace(/([\s/"'])on([a-z]+\s*=)/gi, '$1data-blocked-on$2'),
  );
}

export function sanitizePastedHtml(html: string, beforeSanitising?: (content: HTMLElement) => void): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = withStyleAlias(html);
  const root = template.content.ownerDocument.createElement('div');
  root.append(...Array.from(template.content.childNodes));
  // Still inert here: the paste's pictures are read from their attributes and replaced, never loaded.
  beforeSanitising?.(root);
  DOMPurify.sanitize(root, {
    ALLOWED_TAGS: [...pasteAllowList.tags],
    ALLOWED_ATTR: [...pasteAllowList.attributes],
    ALLOWED_URI_REGEXP: pasteAllowList.urlPattern,
    // Plain numbers, not addresses: without this DOMPurify tests them against the URL pattern and drops them.
    ADD_URI_SAFE_ATTR: [...pasteAllowList.numberAttributes],
    FORBID_CONTENTS: [...pasteAllowList.forbiddenContent],
    // data-* attributes are never read or copied except the style alias; DOMPurify drops an explicitly allowed data-* one when this is false.
    ALLOW_DATA_ATTR: true,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    IN_PLACE: true,
  });
  return root;
}
