import { Editor, Range, Transforms, type BaseRange, type Node, type NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { PictureElement, TextBlockElement } from '../../../shared/document/briefing-body';
import { isBlock, isVoidBlock } from '../../../shared/document/briefing-normalization';
import { isTableCell } from '../../../shared/document/table-normalization';
import { bodyTexts, isPictureTextSpan, pictureTextParts, replacePictureText, type BodySpan, type PictureTextPart, type PictureTextSpan } from '../pictures/picture-text';
import { blockMatches, type BlockMatchCache } from './block-matches';
import { findInText, type FindOptions, type TextMatch } from './find-in-text';

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
  private readonly pictureCache = new WeakMap<PictureElement, [PictureTextPart, TextMatch][]>();

  constructor(
    readonly query: string,
    readonly options: FindOptions,
    readonly language: string,
  ) {}

  /** Matches in one block, for `decorate`. */
  matchesIn(block: TextBlockElement, path: number[]): BaseRange[] {
    return blockMatches(block, path, this.query, this.options, this.language, this.cache);
  }

  /** Matches in a picture's caption, then its credit (with the same rules as the body's text), cached per picture object. */
  matchesInPicture(picture: PictureElement, path: number[]): PictureTextSpan[] {
    let found = this.pictureCache.get(picture);
    if (!found) {
      found = pictureTextParts.flatMap((part) => findInText(picture[part], this.query, this.options, this.language).map((match): [PictureTextPart, TextMatch] => [part, match]));
      this.pictureCache.set(picture, found);
    }
    return found.map(([part, [start, end]]) => ({ picture: path, part, start, end }));
  }

  /**
   * Every match in the document, across sections, in reading order, pictures' captions and credits included. Section
   * headings are not part of the text and never match.
   */
  allMatches(editor: Editor): BodySpan[] {
    if (this.query === '') return [];
    const matches: BodySpan[] = [];
    for (const [node, path] of bodyTexts(editor)) {
      if (node.type === 'picture') matches.push(...this.matchesInPicture(node, path));
      else matches.push(...this.matchesIn(node, path));
    }
    return matches;
  }

  /** A `decorate` for the editable: matches of each text block, the current one marked. */
  decorate(current: BodySpan | undefined): (entry: NodeEntry) => (BaseRange & FindDecoration)[] {
    return ([node, path]) => {
      if (!isTextBlock(node)) return [];
      return this.matchesIn(node, path).map((range) =>
        current && !isPictureTextSpan(current) && Range.equals(range, current) ? { ...range, findMatch: true, findCurrent: true } : { ...range, findMatch: true },
      );
    };
  }
}

/** Replaces one match, keeping the formatting of its first character. */
export function replaceMatch(editor: Editor, match: BodySpan, replacement: string): void {
  if (isPictureTextSpan(match)) replacePictureText(editor, match, replacement);
  else Transforms.insertText(editor, replacement, { at: match });
}

/**
 * Replaces every match, captions and credits included, as one undo step: one Ctrl+Z brings all of them back.
 * Matches are replaced from the last to the first so the earlier ranges (and earlier spans of a caption) stay valid.
 */
export function replaceAllMatches(editor: Editor, matches: readonly BodySpan[], replacement: string): number {
  if (matches.length === 0) return 0;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (const match of [...matches].reverse()) replaceMatch(editor, match, replacement);
    });
  });
  return matches.length;
}
