/**
 * The part of a parsed HTML node the paste and import deserialiser reads.
 * Browser DOM nodes satisfy it, and so do jsdom and linkedom nodes, so the
 * same deserialiser runs in the renderer (after DOMPurify) and in the main
 * process (DOCX → HTML import) without a DOM library in shared/.
 */
export interface HtmlNode {
  /** 1 element, 3 text, 9 document, 11 fragment; everything else (comments) is ignored. */
  readonly nodeType: number;
  /** Upper case for HTML elements (`P`, `SPAN`), `#text` for text. */
  readonly nodeName: string;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly textContent: string | null;
  /** Present on elements only. */
  getAttribute?(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;
