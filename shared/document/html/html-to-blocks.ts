import {
  isAllowedLinkUrl,
  MAX_LIST_INDENT,
  type BlockElement,
  type FormattedText,
  type HeadingLevel,
  type LinkElement,
  type ListType,
  type TableElement,
} from '../briefing-body';
import { tableFromHtml } from './html-table';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, type HtmlNode } from './html-node';
import { listTypeFromMarker, listTypeFromStyle, marksFromStyle, msoListLevel, styleValue, type Marks } from './inline-style';
import { pasteAllowList } from './paste-allow-list';

type BlockStyle =
  | { type: 'paragraph' }
  | { type: 'heading'; level: HeadingLevel }
  | { type: 'list-item'; listType: ListType; indent: number }
  | { type: 'block-quote' };

interface WalkContext {
  marks: Marks;
  block: BlockStyle;
  link: string | undefined;
  /** The enclosing `<ul>`/`<ol>` kinds, innermost last. */
  lists: ListType[];
}

type Inline = FormattedText | LinkElement;

const sameMarks = (a: Marks, b: Marks): boolean =>
  a.bold === b.bold &&
  a.italic === b.italic &&
  a.underline === b.underline &&
  a.strikethrough === b.strikethrough &&
  a.superscript === b.superscript &&
  a.subscript === b.subscript;

const marksOf = ({ text: _text, ...marks }: FormattedText): Marks => marks;

/** Collects the blocks in document order; one block is open while its inline content arrives. */
class BlockCollector {
  readonly blocks: BlockElement[] = [];
  private open: { style: BlockStyle; inlines: Inline[] } | undefined;

  text(raw: string, context: WalkContext): void {
    // HTML white space collapses; a non-breaking space is kept, as the writer meant it.
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!this.open) {
      if (text.trim() === '') return;
      this.open = { style: context.block, inlines: [] };
    }
    if (/(^|[ \n])$/.test(this.lastText())) text = text.replace(/^ /, '');
    if (text === '') return;
    this.append(text, context);
  }

  lineBreak(context: WalkContext): void {
    this.open ??= { style: context.block, inlines: [] };
    this.append('\n', context);
  }

  table(table: TableElement): void {
    this.close();
    this.blocks.push(table);
  }

  void(type: 'page-break' | 'horizontal-rule'): void {
    this.close();
    this.blocks.push({ type, children: [{ text: '' }] });
  }

  close(): void {
    const open = this.open;
    this.open = undefined;
    if (!open) return;
    const inlines = trimEnd(open.inlines);
    const plain = inlines.map((inline) => ('text' in inline ? inline.text : inline.children.map((child) => child.text).join(''))).join('');
    // Word and web pages use empty paragraphs for spacing; a briefing does not need them.
    if (plain.replace(/[\s\u00a0]/g, '') === '') return;
    const children = slateNormalInlines(inlines);
    const { style } = open;
    switch (style.type) {
      case 'paragraph':
      case 'block-quote':
        this.blocks.push({ type: style.type, children });
        return;
      case 'heading':
        this.blocks.push({ type: 'heading', level: style.level, children });
        return;
      case 'list-item':
        this.blocks.push({ type: 'list-item', listType: style.listType, indent: style.indent, children });
        return;
    }
  }

  private lastText(): string {
    const last = this.open?.inlines.at(-1);
    if (!last) return '';
    return 'text' in last ? last.text : (last.children.at(-1)?.text ?? '');
  }

  private append(text: string, context: WalkContext): void {
    const { link } = context;
    let { marks } = context;
    const inlines = this.open?.inlines;
    if (!inlines) return;
    const last = inlines.at(-1);
    if (link !== undefined) {
      // Programs underline link text to look like a link (Google Docs with a style); the link shows that itself.
      const { underline: _underline, ...linkMarks } = marks;
      marks = linkMarks;
      if (last && 'type' in last && last.url === link) {
        const lastChild = last.children.at(-1);
        if (lastChild && sameMarks(marksOf(lastChild), marks)) lastChild.text += text;
        else last.children.push({ text, ...marks });
        return;
      }
      inlines.push({ type: 'link', url: link, children: [{ text, ...marks }] });
      return;
    }
    if (last && 'text' in last && sameMarks(marksOf(last), marks)) last.text += text;
    else inlines.push({ text, ...marks });
  }
}

/** Drops trailing spaces and line breaks: they end a block, they are not part of it. */
function trimEnd(inlines: Inline[]): Inline[] {
  const result = [...inlines];
  while (result.length > 0) {
    const last = result[result.length - 1] as Inline;
    const texts = 'text' in last ? [last] : last.children;
    const lastText = texts[texts.length - 1] as FormattedText;
    const trimmed = lastText.text.replace(/[ \n]+$/, '');
    if (trimmed === lastText.text) break;
    lastText.text = trimmed;
    if (trimmed !== '') break;
    if (texts.length > 1) texts.pop();
    else result.pop();
  }
  return result;
}

/** Slate's rule: an inline element always has a text on each side, and nothing else is empty. */
function slateNormalInlines(inlines: Inline[]): [Inline, ...Inline[]] {
  const result: Inline[] = [];
  for (const inline of inlines) {
    if ('text' in inline) {
      if (inline.text !== '') result.push(inline);
      continue;
    }
    const children = inline.children.filter((child) => child.text !== '');
    if (children.length === 0) continue;
    if (result.length === 0 || !('text' in (result.at(-1) as Inline))) result.push({ text: '' });
    result.push({ ...inline, children });
  }
  const first: Inline = result[0] ?? { text: '' };
  if (result.length === 0) result.push(first);
  if (!('text' in (result.at(-1) as Inline))) result.push({ text: '' });
  return [first, ...result.slice(1)];
}

const headingLevelOf = (tag: string): HeadingLevel => {
  const level = Number(tag.slice(1));
  // Sections are the top level of a briefing, so HTML's h1 and h2 both become its first heading level.
  return level <= 2 ? 2 : level === 3 ? 3 : 4;
};

const clampIndent = (indent: number): number => Math.min(MAX_LIST_INDENT, Math.max(0, Math.trunc(indent)));

const tagMarks: Partial<Record<string, Marks>> = {
  b: { bold: true },
  strong: { bold: true },
  i: { italic: true },
  em: { italic: true },
  u: { underline: true },
  ins: { underline: true },
  s: { strikethrough: true },
  strike: { strikethrough: true },
  del: { strikethrough: true },
  sup: { superscript: true },
  sub: { subscript: true },
};

const containerTags = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'body', 'html', 'article', 'section', 'main', 'header', 'footer']);
const paragraphTags = new Set(['p', 'div', 'td', 'th', 'caption', 'dt', 'dd', 'pre', 'address', 'figcaption']);
const forbiddenContent = new Set<string>(pasteAllowList.forbiddenContent);

const isIgnoredMsoMarker = (style: string): boolean => styleValue(style, 'mso-list') === 'ignore';

/** The text of Word's list marker (`1.`, `·`) inside a list paragraph. */
function msoMarkerText(node: HtmlNode): string {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (isIgnoredMsoMarker(child.getAttribute?.('style') ?? child.getAttribute?.(pasteAllowList.styleAlias) ?? '')) return (child.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    const nested = msoMarkerText(child);
    if (nested) return nested;
  }
  return '';
}

function blockStyleOf(tag: string, node: HtmlNode, style: string, context: WalkContext): BlockStyle {
  if (/^h[1-6]$/.test(tag)) return { type: 'heading', level: headingLevelOf(tag) };
  if (tag === 'blockquote') return { type: 'block-quote' };
  if (tag === 'li') {
    const ariaLevel = Number(node.getAttribute?.('aria-level'));
    const indent = Number.isInteger(ariaLevel) && ariaLevel > 0 ? ariaLevel - 1 : context.lists.length - 1;
    return { type: 'list-item', listType: listTypeFromStyle(style) ?? context.lists.at(-1) ?? 'bulleted', indent: clampIndent(indent) };
  }
  const msoLevel = msoListLevel(style);
  if (msoLevel !== undefined) return { type: 'list-item', listType: listTypeFromMarker(msoMarkerText(node)), indent: clampIndent(msoLevel - 1) };
  // A paragraph inside a list item or quote stays part of it (Google Docs puts a <p> in every <li>).
  return context.block;
}

function walk(node: HtmlNode, context: WalkContext, collector: BlockCollector): void {
  if (node.nodeType === TEXT_NODE) {
    collector.text(node.textContent ?? '', context);
    return;
  }
  if (node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE) {
    for (const child of Array.from(node.childNodes)) walk(child, context, collector);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = node.nodeName.toLowerCase();
  if (forbiddenContent.has(tag)) return;
  const style = node.getAttribute?.('style') ?? node.getAttribute?.(pasteAllowList.styleAlias) ?? '';
  if (styleValue(style, 'display') === 'none' || isIgnoredMsoMarker(style)) return;

  if (tag === 'br') {
    const pageBreak = styleValue(style, 'page-break-before') === 'always' || styleValue(style, 'break-before') === 'page';
    if (pageBreak) collector.void('page-break');
    else collector.lineBreak(context);
    return;
  }
  if (tag === 'hr') {
    collector.void('horizontal-rule');
    return;
  }

  const marks = marksFromStyle(style, { ...context.marks, ...tagMarks[tag] });
  let link = context.link;
  if (tag === 'a' && link === undefined) {
    const href = node.getAttribute?.('href')?.trim();
    if (href && isAllowedLinkUrl(href)) link = href;
  }
  const children = Array.from(node.childNodes);

  if (tag === 'table') {
    collector.close();
    const table = tableFromHtml(node, (cell) => {
      const inner = new BlockCollector();
      for (const child of Array.from(cell.childNodes)) walk(child, { marks, link: undefined, block: { type: 'paragraph' }, lists: [] }, inner);
      inner.close();
      return inner.blocks;
    });
    if (table) {
      collector.table(table);
      return;
    }
    // A one-cell table is page layout, not a table: its content is read as blocks.
  }
  if (tag === 'ul' || tag === 'ol') {
    collector.close();
    const lists = [...context.lists, tag === 'ol' ? ('numbered' as const) : ('bulleted' as const)];
    for (const child of children) walk(child, { ...context, marks, lists }, collector);
    collector.close();
    return;
  }
  if (containerTags.has(tag) || paragraphTags.has(tag) || tag === 'li' || tag === 'blockquote' || /^h[1-6]$/.test(tag)) {
    collector.close();
    const block = containerTags.has(tag) ? context.block : blockStyleOf(tag, node, style, context);
    for (const child of children) walk(child, { ...context, marks, link, block }, collector);
    collector.close();
    return;
  }
  for (const child of children) walk(child, { ...context, marks, link }, collector);
}

/**
 * Turns sanitised HTML (a pasted clipboard, or mammoth's rendering of a DOCX)
 * into briefing blocks: paragraphs, headings (h1/h2 → level 2, h3 → 3,
 * h4–h6 → 4), flat list items with their nesting level (HTML lists, Google
 * Docs' `aria-level`, Word's `mso-list` paragraphs), block quotes, page
 * breaks, rules, links (http/https/mailto only; others keep their text),
 * the six marks from tags or inline styles, and `<br>` as a line break
 * ("\n"). Everything else keeps only its text. Never returns sections, so
 * the result can go into any section. Returns `[]` when there is no text.
 *
 * The input must already be sanitised (see `pasteAllowList`): this reads
 * `style` for marks and list levels but copies nothing of it.
 */
export function htmlToBlocks(root: HtmlNode): BlockElement[] {
  const collector = new BlockCollector();
  walk(root, { marks: {}, block: { type: 'paragraph' }, link: undefined, lists: [] }, collector);
  collector.close();
  return collector.blocks;
}
