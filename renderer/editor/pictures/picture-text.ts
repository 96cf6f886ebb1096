import { Editor, Node, Path, Point, Range, Transforms, type BaseRange } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { PictureElement, TextBlockElement } from '../../../shared/document/briefing-body';
import { isBlock } from '../../../shared/document/briefing-normalization';
import { isPicture } from '../../../shared/document/picture-normalization';
import { MAX_PICTURE_CAPTION, MAX_PICTURE_CREDIT } from '../../../shared/document/picture';
import { isTable, textBlockEntries } from '../../../shared/document/table-normalization';
import { setPicture } from './picture-commands';

/** The texts of a picture that a person writes in the briefing's language: read by Find, Replace and spelling. */
export type PictureTextPart = 'caption' | 'credit';
export const pictureTextParts: readonly PictureTextPart[] = ['caption', 'credit'];
export const pictureTextLimits: Record<PictureTextPart, number> = { caption: MAX_PICTURE_CAPTION, credit: MAX_PICTURE_CREDIT };

/**
 * A stretch of a picture's caption or credit, in characters of that text. Caption and credit are properties of the
 * picture's void block, not Slate text, so a Slate range cannot point into them: Find's matches and misspelt words
 * there are these instead.
 */
export interface PictureTextSpan {
  picture: Path;
  part: PictureTextPart;
  start: number;
  end: number;
}

/** Where something is in the body's text: a range of running text, or a span of a picture's caption or credit. */
export type BodySpan = BaseRange | PictureTextSpan;

export const isPictureTextSpan = (span: BodySpan): span is PictureTextSpan => 'picture' in span;

/** The units of the body's text in reading order: each text block (a paragraph, a cell) and each picture. */
export type BodyText = readonly [TextBlockElement, Path] | readonly [PictureElement, Path];

export function bodyTexts(editor: Editor): BodyText[] {
  const texts: BodyText[] = [];
  editor.children.forEach((section, sectionIndex) => {
    if (!('children' in section)) return;
    section.children.forEach((block, blockIndex) => {
      if (isBlock(block) || isTable(block)) texts.push(...textBlockEntries(block, [sectionIndex, blockIndex]));
      else if (isPicture(block)) texts.push([block, [sectionIndex, blockIndex]]);
    });
  });
  return texts;
}

const pictureBlocks = new WeakMap<PictureElement, Record<PictureTextPart, TextBlockElement>>();

/**
 * A picture's caption or credit as a paragraph of the briefing's language (as the command line's `spell` reads it),
 * the same object for as long as the picture is: Slate keeps an unchanged picture as the same object, so spelling's
 * per-block results stay valid and only an edited caption is checked again.
 */
export function pictureTextBlock(picture: PictureElement, part: PictureTextPart): TextBlockElement {
  let blocks = pictureBlocks.get(picture);
  if (!blocks) {
    blocks = { caption: { type: 'paragraph', children: [{ text: picture.caption }] }, credit: { type: 'paragraph', children: [{ text: picture.credit }] } };
    pictureBlocks.set(picture, blocks);
  }
  return blocks[part];
}

/** The point a picture's void text starts at: where the caret is when the picture is selected. */
const picturePoint = (picture: Path): Point => ({ path: [...picture, 0], offset: 0 });

/**
 * Reading order of two places in the body: a picture's caption comes after the picture itself (the caret on it) and
 * before its credit, which comes before the next block.
 */
export function compareSpanStarts(one: BodySpan, other: BodySpan): number {
  const key = (span: BodySpan): [Point, number, number] =>
    isPictureTextSpan(span) ? [picturePoint(span.picture), span.part === 'caption' ? 1 : 2, span.start] : [Range.start(span), 0, 0];
  const [onePoint, onePart, oneOffset] = key(one);
  const [otherPoint, otherPart, otherOffset] = key(other);
  return Point.compare(onePoint, otherPoint) || onePart - otherPart || oneOffset - otherOffset;
}

/** The place just after a span (a caret there). */
export function spanEnd(span: BodySpan): BodySpan {
  if (isPictureTextSpan(span)) return { ...span, start: span.end };
  const end = Range.end(span);
  return { anchor: end, focus: end };
}

/** Whether two spans are the same place. */
export function sameSpan(one: BodySpan, other: BodySpan): boolean {
  if (isPictureTextSpan(one) || isPictureTextSpan(other)) {
    return isPictureTextSpan(one) && isPictureTextSpan(other) && Path.equals(one.picture, other.picture) && one.part === other.part && one.start === other.start && one.end === other.end;
  }
  return Range.equals(one, other);
}

/** The path of the block a span is in (the picture, or the text block). */
export function spanBlockPath(span: BodySpan): Path {
  return isPictureTextSpan(span) ? span.picture : span.anchor.path;
}

/** Replaces a span of a caption or credit, as one change of the picture (one undo step unless batched with others). */
export function replacePictureText(editor: Editor, span: PictureTextSpan, replacement: string): void {
  if (!Node.has(editor, span.picture)) return;
  const picture = Node.get(editor, span.picture);
  if (!isPicture(picture)) return;
  const text = picture[span.part];
  const next = (text.slice(0, span.start) + replacement + text.slice(span.end)).replace(/[\r\n\t]+/gu, ' ').slice(0, pictureTextLimits[span.part]);
  setPicture(editor, span.picture, { [span.part]: next });
}

/**
 * Text typed into a caption or credit. Each change sets the picture's property; the changes of one burst of typing
 * (`continuing`, while the text keeps the keyboard and nothing else was edited in between) are one undo step, as
 * typing in a paragraph is.
 */
export function typePictureText(editor: Editor, picture: Path, part: PictureTextPart, value: string, continuing: boolean): void {
  const last = editor.history.undos.at(-1);
  const sameBurst =
    continuing &&
    last !== undefined &&
    last.operations.length > 0 &&
    last.operations.every((operation) => operation.type === 'set_node' && Path.equals(operation.path, picture) && Object.keys(operation.newProperties).every((key) => key === part));
  if (sameBurst) HistoryEditor.withMerging(editor, () => setPicture(editor, picture, { [part]: value }));
  else HistoryEditor.withNewBatch(editor, () => setPicture(editor, picture, { [part]: value }));
}

/** The text a person writes into a caption or credit, made one line and cut to its length (as normalisation would). */
export function cleanPictureText(text: string, part: PictureTextPart): string {
  return text.replace(/[\r\n\t]+/gu, ' ').slice(0, pictureTextLimits[part]);
}

/** The element showing a picture's caption or credit in the editor. */
export function pictureTextElement(pictureElement: HTMLElement, part: PictureTextPart): HTMLElement | null {
  return pictureElement.querySelector<HTMLElement>(`[data-picture-text="${part}"]`);
}

/** A DOM range over characters [start, end) of an element's text, across however many text nodes it has. */
export function domRangeInText(element: HTMLElement, start: number, end: number): globalThis.Range | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = element.ownerDocument.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return undefined;
}

/** The caret's offset in an element's text, if the selection is in it. */
export function caretOffsetIn(element: HTMLElement): number | undefined {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const caret = selection.getRangeAt(0);
  if (!element.contains(caret.startContainer)) return undefined;
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(caret.startContainer, caret.startOffset);
  return before.toString().length;
}

/** Puts the caret (or a selection) at characters of an element's text. */
export function selectInText(element: HTMLElement, start: number, end = start): void {
  const range = domRangeInText(element, start, end);
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  if (range) selection.addRange(range);
  else {
    const atEnd = element.ownerDocument.createRange();
    atEnd.selectNodeContents(element);
    atEnd.collapse(false);
    selection.addRange(atEnd);
  }
}

/** Whether a span is in a picture that still exists (after an edit, a span may point past the end). */
export function pictureAt(editor: Editor, path: Path): PictureElement | undefined {
  if (!Node.has(editor, path)) return undefined;
  const node = Node.get(editor, path);
  return isPicture(node) ? node : undefined;
}

/**
 * The path of a picture as rendered. An event can reach a caption before React renders the picture's change (a
 * spelling suggestion written into the caption, then the caption focused in the same task); Slate cannot find the
 * path of the object it replaced, but the replacing object keeps its key.
 */
export function picturePathOf(editor: Editor, picture: PictureElement): Path {
  try {
    return ReactEditor.findPath(editor, picture);
  } catch (error) {
    const key = ReactEditor.findKey(editor, picture);
    const found = bodyTexts(editor).find(([node]) => node.type === 'picture' && ReactEditor.findKey(editor, node) === key);
    if (!found) throw error;
    return found[1];
  }
}

/** The element of a picture's caption or credit on the page, if it is rendered. */
export function pictureTextFieldOf(editor: Editor, span: PictureTextSpan): HTMLElement | undefined {
  const picture = pictureAt(editor, span.picture);
  if (!picture) return undefined;
  try {
    return pictureTextElement(ReactEditor.toDOMNode(editor, picture), span.part) ?? undefined;
  } catch {
    return undefined; // not rendered
  }
}

/** The DOM range of a span of the body's text, if it is rendered. */
export function spanDomRange(editor: Editor, span: BodySpan): globalThis.Range | undefined {
  if (isPictureTextSpan(span)) {
    const field = pictureTextFieldOf(editor, span);
    return field && domRangeInText(field, span.start, span.end);
  }
  try {
    return ReactEditor.toDOMRange(editor, span);
  } catch {
    return undefined;
  }
}

/** Moves the editor's selection to a span: to the range, or onto the picture whose caption or credit holds it. */
export function selectSpan(editor: Editor, span: BodySpan): void {
  if (isPictureTextSpan(span)) Transforms.select(editor, Editor.start(editor, span.picture));
  else Transforms.select(editor, span);
}

/** Gives the keyboard back to the text at a span's end: the body, or the caption or credit it is in. */
export function focusSpanEnd(editor: Editor, span: BodySpan): void {
  const field = isPictureTextSpan(span) ? pictureTextFieldOf(editor, span) : undefined;
  if (!field || !isPictureTextSpan(span)) {
    ReactEditor.focus(editor);
    return;
  }
  field.focus({ preventScroll: true });
  selectInText(field, Math.min(span.end, (field.textContent ?? '').length));
}
