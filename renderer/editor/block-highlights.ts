import type { Editor, Path } from 'slate';
import { NODE_TO_ELEMENT } from 'slate-dom';
import { ReactEditor } from 'slate-react';
import type { PictureElement, TextBlockElement } from '../../shared/document/briefing-body';
import { bodyTexts, domRangeInText, isPictureTextSpan, pictureTextElement, type BodySpan } from './pictures/picture-text';

/** Whether this page can draw highlights (Chromium and Electron can; jsdom cannot). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** One highlight of this name for the page, shared by every editor in it: each adds and removes only its own ranges. */
function sharedHighlight(name: string, priority: number): Highlight {
  const existing = CSS.highlights.get(name);
  if (existing) return existing;
  const highlight = new Highlight();
  // Where two highlights cover the same text, the higher priority paints on top (the current match over the others).
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  return highlight;
}

/**
 * What to draw: which text blocks have ranges, and the ranges of one block. A new source (another object) means new
 * results, and every range is made again; the same source keeps the ranges of blocks whose DOM did not change.
 */
export interface HighlightSource {
  has(block: HighlightedBlock, path: Path): boolean;
  ranges(block: HighlightedBlock, path: Path): BodySpan[];
}

/** A block whose text carries highlights: a text block, or a picture (its caption and credit). */
export type HighlightedBlock = TextBlockElement | PictureElement;

/** The DOM range of a span of the body's text inside `element`, the block's own element. */
function domRange(editor: Editor, element: HTMLElement, span: BodySpan): globalThis.Range {
  if (!isPictureTextSpan(span)) return ReactEditor.toDOMRange(editor, span);
  const field = pictureTextElement(element, span.part);
  const range = field && domRangeInText(field, span.start, span.end);
  if (!range) throw new Error('The caption is not rendered with this text yet.');
  return range;
}

interface Underline {
  range: Range;
  /** The text the range covered when it was made: a range that no longer covers it is out of date. */
  text: string;
}

/**
 * Ranges of the editor's text drawn by the browser's CSS Custom Highlight API
 * (`::highlight(name)` in CSS): the red wavy lines under misspelt words, the
 * matches of Find. No Slate decoration, so results never re-render the
 * document and typing never waits for them.
 *
 * Only blocks on screen or within a screen of it carry ranges: Chromium
 * re-reads every range of a highlight when anything in the page changes, so
 * 3,000 ranges in a long briefing would cost each keystroke several
 * milliseconds, while the few dozen a person can see cost nothing. An
 * IntersectionObserver on the blocks with misspellings says which those are;
 * scrolling draws the next ones before they come into view.
 *
 * The DOM ranges of a block are kept per block object (an edited block is a
 * new object and has no results until it is checked again, as before). Live
 * ranges follow the DOM, so they only need making again where the DOM of a
 * block changed under them — a find decoration or a mark re-rendering its
 * text: a MutationObserver notes those blocks, and once per frame, after
 * React's commit and before paint, their ranges are made again if they no
 * longer cover their words. A keystroke touches one block, not all of them.
 */
export class BlockHighlights {
  private readonly highlight: Highlight;
  /** What is drawn, per block object, for the results of `source`. */
  private drawn = new Map<HighlightedBlock, Underline[]>();
  /** Elements of the editable whose DOM changed since the last refresh. */
  private readonly touched = new Set<Node>();
  private observer: MutationObserver | undefined;
  /** Which blocks with misspellings are near the viewport; `near` holds their elements. */
  private visibility: IntersectionObserver | undefined;
  private readonly near = new Set<Element>();
  private observed = new Set<Element>();
  private scrollRoot: Element | null = null;
  private frame: number | undefined;
  private source: HighlightSource | undefined;

  constructor(
    private readonly editor: Editor,
    name: string,
    priority = 0,
  ) {
    this.highlight = sharedHighlight(name, priority);
  }

  /** Shows the ranges of `source` now, and keeps them in place as the text changes. */
  show(source: HighlightSource): void {
    // New results for the same blocks (a word added to the dictionary, another query): every range is made again.
    if (source !== this.source) this.clear();
    this.source = source;
    this.watch();
    this.refresh();
  }

  /** Takes this editor's underlines off the page and stops watching it. */
  dispose(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.observed = new Set();
    this.near.clear();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.clear();
  }

  private clear(): void {
    for (const underlines of this.drawn.values()) for (const { range } of underlines) this.highlight.delete(range);
    this.drawn = new Map();
  }

  private watch(): void {
    if (this.observer) return;
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(this.editor, this.editor);
    } catch {
      return; // Not rendered yet: the next results watch it.
    }
    this.observer = new MutationObserver((records) => {
      for (const { target } of records) this.touched.add(target);
      this.schedule();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.scrollRoot = scrollingAncestor(root);
    this.visibility = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) this.near.add(target);
          else this.near.delete(target);
        }
        this.schedule();
      },
      // A screen above and below the editor's scrolling area: lines are there before the person scrolls to them.
      { root: this.scrollRoot, rootMargin: '100% 0px' },
    );
  }

  /** After the DOM changed: once per frame, after React's commit and before paint. */
  private schedule(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.refresh();
    });
  }

  /** The scrolling area, a screen taller above and below (as the observer's margin). */
  private viewRect(): DOMRect {
    const root = this.scrollRoot;
    const rect = root ? root.getBoundingClientRect() : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    return new DOMRect(rect.x, rect.y - rect.height, rect.width, rect.height * 3);
  }

  /** Whether the DOM of a block (its element) changed since its ranges were made. */
  private isTouched(element: HTMLElement): boolean {
    for (const node of this.touched) if (element.contains(node)) return true;
    return false;
  }

  private refresh(): void {
    const source = this.source;
    if (!source) return;
    const next = new Map<HighlightedBlock, Underline[]>();
    const observed = new Set<Element>();
    let viewRect: DOMRect | undefined;
    for (const [block, path] of bodyTexts(this.editor)) {
      if (!source.has(block, path)) continue;
      // Not rendered yet (a long briefing's blocks mount after its first screen): drawn at the refresh after its DOM
      // arrives. Asking the weak map first spares a thrown error per block not yet there.
      if (!NODE_TO_ELEMENT.has(block)) continue;
      let element: HTMLElement;
      try {
        element = ReactEditor.toDOMNode(this.editor, block);
      } catch {
        continue;
      }
      observed.add(element);
      if (this.visibility && !this.observed.has(element)) {
        this.visibility.observe(element);
        // The observer's first answer comes a frame later: until then the block's place on the page says.
        if (nearView(element, (viewRect ??= this.viewRect()))) this.near.add(element);
      }
      if (this.visibility && !this.near.has(element)) continue;
      let underlines = this.drawn.get(block);
      if (underlines && this.isTouched(element) && underlines.some(({ range, text }) => range.toString() !== text)) {
        for (const { range } of underlines) this.highlight.delete(range);
        underlines = undefined;
      }
      if (!underlines) {
        let rendered = true;
        underlines = source.ranges(block, path).flatMap((range) => {
          try {
            const dom = domRange(this.editor, element, range);
            return [{ range: dom, text: dom.toString() }];
          } catch {
            rendered = false;
            return [];
          }
        });
        // Not rendered yet: drawn at the refresh after its DOM arrives.
        if (!rendered) continue;
        for (const { range } of underlines) this.highlight.add(range);
      }
      next.set(block, underlines);
    }
    // Blocks edited or gone since: their lines go with them.
    for (const [block, underlines] of this.drawn) if (!next.has(block)) for (const { range } of underlines) this.highlight.delete(range);
    for (const element of this.observed) {
      if (observed.has(element)) continue;
      this.visibility?.unobserve(element);
      this.near.delete(element);
    }
    this.drawn = next;
    this.observed = observed;
    this.touched.clear();
  }
}

/** The element that scrolls the editor (the window's document when none does). */
function scrollingAncestor(element: HTMLElement): Element | null {
  for (let current = element.parentElement; current; current = current.parentElement) {
    const { overflowY } = getComputedStyle(current);
    if (overflowY === 'auto' || overflowY === 'scroll') return current;
  }
  return null;
}

function nearView(element: Element, view: DOMRect): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom >= view.top && rect.top <= view.bottom;
}

/**
 * Which of `blocks` (text blocks in reading order, as `textBlocks` gives them) are on screen or within a screen of
 * it — where `BlockHighlights` draws — as the indexes [from, to). Blocks follow each other down the page, so a binary
 * search reads a dozen positions rather than every block's. Undefined while the editor is not on the page.
 */
export function blocksNearView(editor: Editor, blocks: readonly (readonly [TextBlockElement, Path])[]): { from: number; to: number } | undefined {
  if (blocks.length === 0) return undefined;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return undefined;
  }
  const scrollRoot = scrollingAncestor(root);
  const rect = scrollRoot ? scrollRoot.getBoundingClientRect() : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  const top = rect.y - rect.height;
  const bottom = rect.y + rect.height * 2;
  const box = (index: number): DOMRect | undefined => {
    try {
      return ReactEditor.toDOMNode(editor, (blocks[index] as readonly [TextBlockElement, Path])[0]).getBoundingClientRect();
    } catch {
      return undefined;
    }
  };
  // The first block whose bottom reaches the top of the view. A block with no DOM yet is one a long briefing has not
  // mounted yet (progressive-mount.tsx): they come after the mounted ones, so it counts as below the view.
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const found = box(middle);
    if (!found || found.bottom >= top) high = middle;
    else low = middle + 1;
  }
  let to = low;
  while (to < blocks.length) {
    const found = box(to);
    if (!found || found.top > bottom) break;
    to += 1;
  }
  return { from: low, to: Math.max(to, Math.min(low + 1, blocks.length)) };
}
