import { Path, Point, Range, type BaseRange, type Editor } from 'slate';
import type { PictureElement, TextBlockElement } from '../../shared/document/briefing-body';
import { bodyTexts, compareSpanStarts, isPictureTextSpan, pictureTextBlock, pictureTextParts, type BodySpan } from '../editor/pictures/picture-text';
import { isBlock } from '../../shared/document/briefing-normalization';
import { isTable, textBlockEntries } from '../../shared/document/table-normalization';
import { blockLanguages, blockText, type BlockMisspelling } from '../../shared/spelling/block-spelling';

/** A misspelt word where it is in the document: in the running text, or in a picture's caption or credit. */
export interface FoundMisspelling {
  range: BodySpan;
  word: string;
  language: string;
}

/** Results per block object: Slate keeps an unchanged block as the same object, so only edited blocks are checked again. */
export type MisspellingCache = WeakMap<TextBlockElement, BlockMisspelling[]>;

/** The document range of a block-text span, or undefined when it does not fall on text (a field reference). */
function rangeIn(block: TextBlockElement, blockPath: Path, start: number, end: number): BaseRange | undefined {
  const { leaves } = blockText(block);
  const anchor = leaves.find((leaf) => leaf.start <= start && start < leaf.end);
  const focus = leaves.find((leaf) => leaf.start < end && end <= leaf.end);
  if (!anchor || !focus) return undefined;
  return {
    anchor: { path: [...blockPath, ...anchor.path], offset: start - anchor.start },
    focus: { path: [...blockPath, ...focus.path], offset: end - focus.start },
  };
}

/** The misspelt words of one block as document ranges (none before the block has been checked). */
export function blockFound(block: TextBlockElement, blockPath: Path, cache: MisspellingCache): FoundMisspelling[] {
  return (cache.get(block) ?? []).flatMap(({ word, start, end, language }) => {
    const range = rangeIn(block, blockPath, start, end);
    return range ? [{ range, word, language }] : [];
  });
}

/** The misspelt words of a picture's caption, then its credit (none before they have been checked). */
export function pictureFound(picture: PictureElement, picturePath: Path, cache: MisspellingCache): FoundMisspelling[] {
  return pictureTextParts.flatMap((part) =>
    (cache.get(pictureTextBlock(picture, part)) ?? []).map(({ word, start, end, language }) => ({ range: { picture: picturePath, part, start, end }, word, language })),
  );
}

/** The captions and credits with text, each as the paragraph spelling checks (see `pictureTextBlock`), in reading order. */
export function pictureTextBlocks(editor: Editor): [TextBlockElement, Path][] {
  return bodyTexts(editor).flatMap(([node, path]) =>
    node.type === 'picture' ? pictureTextParts.filter((part) => node[part].trim() !== '').map((part): [TextBlockElement, Path] => [pictureTextBlock(node, part), path]) : [],
  );
}

/** Every misspelt word of the body in reading order, captions and credits included. */
export function allFound(editor: Editor, cache: MisspellingCache): FoundMisspelling[] {
  return bodyTexts(editor).flatMap(([node, path]) => (node.type === 'picture' ? pictureFound(node, path, cache) : blockFound(node, path, cache)));
}

/** Every text block of the body with its path, in reading order. */
export function textBlocks(editor: Editor): [TextBlockElement, Path][] {
  const blocks: [TextBlockElement, Path][] = [];
  editor.children.forEach((section, sectionIndex) => {
    if (!('children' in section)) return;
    section.children.forEach((block, blockIndex) => {
      if (isBlock(block) || isTable(block)) blocks.push(...textBlockEntries(block, [sectionIndex, blockIndex]));
    });
  });
  return blocks;
}

/** The languages the document's text is written in: the briefing's first, then its passages' in reading order. */
export function documentLanguages(editor: Editor, briefingLanguage: string): string[] {
  const languages = new Set([briefingLanguage]);
  for (const [block] of textBlocks(editor)) for (const language of blockLanguages(block, briefingLanguage)) languages.add(language);
  return [...languages];
}

/** The misspelt word at (or touching) a point or selection, if any: in the text, or in a caption or credit. */
export function misspellingAt(editor: Editor, at: BodySpan, cache: MisspellingCache): FoundMisspelling | undefined {
  if (isPictureTextSpan(at)) {
    return allFound(editor, cache).find(
      ({ range }) => isPictureTextSpan(range) && Path.equals(range.picture, at.picture) && range.part === at.part && range.start <= at.start && at.start <= range.end,
    );
  }
  const [start] = Range.edges(at);
  const blockPath = start.path.slice(0, 2);
  const found = textBlocks(editor).find(([, path]) => Path.equals(path, blockPath));
  if (!found) return undefined;
  return blockFound(found[0], found[1], cache).find(({ range }) => {
    if (isPictureTextSpan(range)) return false;
    const [from, to] = Range.edges(range);
    return Point.compare(start, from) >= 0 && Point.compare(start, to) <= 0;
  });
}

/** The first misspelt word at or after `from` (wrapping round to the start), captions and credits in their place. */
export function nextMisspelling(editor: Editor, from: BodySpan | undefined, cache: MisspellingCache): FoundMisspelling | undefined {
  const all = allFound(editor, cache);
  if (!from) return all[0];
  return all.find(({ range }) => compareSpanStarts(range, from) >= 0) ?? all[0];
}
