import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { readableStyle } from '../../../shared/document/html/inline-style';
import type { HtmlNode } from '../../../shared/document/html/html-node';
import { pasteAllowList } from '../../../shared/document/html/paste-allow-list';

let purifier: { instance: DOMPurify; emptyFragment: () => HtmlNode } | undefined;

/** One DOMPurify over one jsdom window for the process, configured like the renderer's paste sanitiser. */
function importPurifier(): { instance: DOMPurify; emptyFragment: () => HtmlNode } {
  if (purifier) return purifier;
  const { window } = new JSDOM('<!DOCTYPE html>');
  const instance = createDOMPurify(window);
  // As in renderer/editor/paste/sanitize-pasted-html.ts: styles are read for marks, never rendered.
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'style') return;
    data.attrValue = readableStyle(data.attrValue);
    if (data.attrValue === '') data.keepAttr = false;
  });
  purifier = { instance, emptyFragment: () => window.document.createDocumentFragment() };
  return purifier;
}

/**
 * Runs mammoth's HTML through DOMPurify with the paste allow-list — the same
 * rules as pasted HTML — and returns the sanitised tree for the import's
 * structure pass and `htmlToBlocks`. Runs in Node, over jsdom.
 */
export function sanitizeImportedHtml(html: string): HtmlNode {
  const { instance, emptyFragment } = importPurifier();
  const fragment: unknown = instance.sanitize(html, {
    // The walk starts at the parsed document's <body>. Not allowed, DOMPurify would treat it as any disallowed
    // tag: copy all its content next to it (a deep clone of the whole document, never returned) and unhook it,
    // after which jsdom looks for the body past every copy on each node moved — seconds for a 100-page file.
    // Allowed, it stays the walk's root, is never returned (the fragment holds its children) and keeps no
    // attribute the allow-list refuses; the HTML parser makes no other <body> than that one.
    ALLOWED_TAGS: [...pasteAllowList.tags, 'body'],
    ALLOWED_ATTR: [...pasteAllowList.attributes],
    ALLOWED_URI_REGEXP: pasteAllowList.urlPattern,
    ADD_URI_SAFE_ATTR: [...pasteAllowList.numberAttributes],
    FORBID_CONTENTS: [...pasteAllowList.forbiddenContent],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  // jsdom's nodes have the members HtmlNode names; the main process has no DOM types of its own.
  // DOMPurify answers null, not a fragment, for HTML whose document has no body (a <frameset> page).
  return fragment === null ? emptyFragment() : (fragment as HtmlNode);
}
