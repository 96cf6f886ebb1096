/**
 * What pasted or imported HTML may keep, for the sanitiser (DOMPurify in the
 * renderer) to enforce before the deserialiser reads it. Everything else —
 * scripts, event handlers, images, iframes, SVG, forms, classes — is dropped;
 * the text inside unknown but harmless tags (Word's `<o:p>`, `<font>`) stays.
 *
 * `style` is kept only so that the deserialiser can read marks from Google
 * Docs' inline styles and Word's `mso-list` paragraphs; the deserialiser
 * never copies a style into the briefing.
 */
export const pasteAllowList = {
  tags: [
    'p', 'div', 'span', 'br', 'hr',
    'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'sup', 'sub',
    'a',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'ul', 'ol', 'li', 'blockquote',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col',
  ],
  /** `width` and `colspan` give a pasted table its column proportions and shape. */
  attributes: ['href', 'style', 'aria-level', 'data-paste-style', 'width', 'colspan'],
  /** Attributes whose value is a number, never an address. */
  numberAttributes: ['width', 'colspan'],
  /**
   * In a page with a Content-Security-Policy, every parsed `style` attribute is reported as a
   * blocked inline style; the renderer renames `style` to this before parsing, and the
   * deserialiser reads either.
   */
  styleAlias: 'data-paste-style',
  /** Links other than these are removed by the sanitiser and again by the deserialiser (`isAllowedLinkUrl`). */
  urlPattern: /^(?:https?:|mailto:)/i,
  /**
   * The only style declarations kept, for the deserialiser to read: marks, Word's list levels and
   * markers, hidden text and page breaks. Values are plain keywords and numbers (see `readableStyle`).
   */
  styleProperties: [
    'font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'vertical-align',
    'mso-list', 'display', 'page-break-before', 'break-before', 'list-style-type',
  ],
  /** Tags whose content is dropped along with them, not kept as text. */
  forbiddenContent: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'head', 'xml'],
} as const;
