import { Editor, Range, Transforms, type BaseRange, type Node, type NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { TextBlockElement } from '../../../shared/document/briefing-body';
import { isBlock, isVoidBlock } from '../../../shared/document/briefing-normalization';
import { isTable, isTableCell, textBlockEntries } from '../../../shared/document/table-normalization';
import { blockMatches, type BlockMatchCache } from './block-matches';
import type { FindOptions } from './find-in-text';

/** Decorations a text leaf may carry from find. */
export interface FindDecoration {
  findMatch?: true;
  findCurrent?: true;
}

const isTextBlock = (node: Node): node is TextBlockElement => (isBlock(node) && !isVoidBlock(node)) || isTableCell(node);

/**
 * One search: the query, its options and a per-block cache of results.
 * Create a new session when the query or options change; keep it while the
 * document changes, so only edited blocks are searched again.
 */
export class FindSession {
  private readonly cache: BlockMatchCache = new WeakMap();

  constructor(
    readonly query: string,
    readonly options: FindOptions,
    readonly language: string,
  ) {}

  /** Matches in one block, for `decorate`. */
  matchesIn(block: TextBlockElement, path: number[]): BaseRange[] {
    return blockMatches(block, path, this.query, this.options, this.language, this.cache);
  }

  /** Every match in the document, across sections, in order. Section headings are not part of the text and never match. */
  allMatches(editor: Editor): BaseRange[] {
    if (this.query === '') return [];
    const matches: BaseRange[] = [];
    editor.children.forEach((section, sectionIndex) => {
      if (!('children' in section)) return;
      section.children.forEach((block, blockIndex) => {
        if (isBlock(block) || isTable(block)) for (const [text, path] of textBlockEntries(block, [sectionIndex, blockIndex])) matches.push(...this.matchesIn(text, path));
      });
    });
    return matches;
  }

  /** A `decorate` for the editable: matches of each text block, the current one marked. */
  decorate(current: BaseRange | undefined): (entry: NodeEntry) => (BaseRange & FindDecoration)[] {
    return ([node, path]) => {
      if (!isTextBlock(node)) return [];
      return this.matchesIn(node, path).map((range) =>
        current && Range.equals(range, current) ? { ...range, findMatch: true, findCurrent: true } : { ...range, findMatch: true },
      );
    };
  }
}

/** Replaces one match, keeping the formatting of its first character. */
export function replaceMatch(editor: Editor, match: BaseRange, replacement: string): void {
  Transforms.insertText(editor, replacement, { at: match });
}

/**
 * Replaces every match as one undo step: one Ctrl+Z brings all of them back.
 * Matches are replaced from the last to the first so the earlier ranges stay valid.
 */
export function replaceAllMatches(editor: Editor, matches: readonly BaseRange[], replacement: string): number {
  if (matches.length === 0) return 0;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (const match of [...matches].reverse()) Transforms.insertText(editor, replacement, { at: match });
    });
  });
  return matches.length;
}
