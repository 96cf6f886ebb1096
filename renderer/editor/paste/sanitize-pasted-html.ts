import DOMPurify from 'dompurify';
import { readableStyle } from '../../../shared/document/html/inline-style';
import { pasteAllowList } from '../../../shared/document/html/paste-allow-list';

// Styles are read for marks and Word's list levels, never rendered: keep only the declarations the
// deserialiser reads, so nothing else (url(), expression()) is left in the sanitised tree.
DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName !== 'style') return;
  data.attrValue = readableStyle(data.attrValue);
  if (data.attrValue === '') data.keepAttr = false;
});

/**
 * Runs pasted HTML through DOMPurify with the paste allow-list and returns
 * the sanitised tree, detached from the page, for `htmlToBlocks` to read.
 * `style` survives only so marks can be read from it; nothing renders it.
 */
export function sanitizePastedHtml(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...pasteAllowList.tags],
    ALLOWED_ATTR: [...pasteAllowList.attributes],
    ALLOWED_URI_REGEXP: pasteAllowList.urlPattern,
    FORBID_CONTENTS: [...pasteAllowList.forbiddenContent],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
}
