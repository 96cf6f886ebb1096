import type { BlockElement, InlineNode, PictureElement } from '../briefing-body';

/**
 * Pictures marked in text on their way into briefing blocks. A Word import
 * and a paste both meet `<img>` elements the sanitiser drops; each is turned
 * into a marker in the text first (`pictureMarker`), which survives
 * sanitising and `htmlToBlocks` as any text does. `placePictures` then takes
 * the markers out of the blocks and puts each picture the library took after
 * the block it stood in (in its place when that block held nothing else). A
 * paragraph marked as a caption (`CAPTION_MARK`, Word's Caption style) right
 * after a picture becomes the picture's caption.
 *
 * The markers are private-use characters; any the input itself holds are
 * removed first (`withoutMarkerCharacters`), so no input can forge one.
 */

const PICTURE_START = '\uE010';
const PICTURE_END = '\uE011';
export const CAPTION_MARK = '\uE012';
const anyMarker = /[\uE010-\uE012]/gu;
const markerPattern = /\uE010(\d+)\uE011/gu;

/** The marker standing for the `index`-th picture. */
export const pictureMarker = (index: number): string => `${PICTURE_START}${index}${PICTURE_END}`;

/** The text without any marker character: what an input is made of before markers are put in. */
export const withoutMarkerCharacters = (text: string): string => text.replace(anyMarker, '');

/** A picture the library took, ready for its block. */
export interface MarkedPicture {
  hash: string;
  width: number;
  height: number;
  alt: string;
}

/** Strips every marker from a line of text (a title, a heading), returning the picture numbers it held. */
export function withoutMarkers(text: string): { text: string; pictures: number[] } {
  const pictures = [...text.matchAll(markerPattern)].map((match) => Number(match[1]));
  return { text: text.replace(markerPattern, '').replace(anyMarker, ''), pictures };
}

interface Stripped {
  node: BlockElement | InlineNode;
  pictures: number[];
  caption: boolean;
}

/** The node without markers in any of its texts, the picture numbers in order, and whether it began with the caption mark. */
function strip(node: BlockElement | InlineNode): Stripped {
  if ('text' in node) {
    const { text, pictures } = withoutMarkers(node.text);
    return { node: { ...node, text }, pictures, caption: node.text.includes(CAPTION_MARK) };
  }
  if (!('children' in node) || node.type === 'picture') return { node, pictures: [], caption: false };
  const children = (node.children as (BlockElement | InlineNode)[]).map(strip);
  return {
    node: { ...node, children: children.map((child) => child.node) } as BlockElement,
    pictures: children.flatMap((child) => child.pictures),
    caption: children.some((child) => child.caption),
  };
}

/** True when a block holds no text and no inline element (a link, a field): it was there only for its pictures. */
function holdsNothing(node: BlockElement | InlineNode): boolean {
  if ('text' in node) return node.text.trim() === '';
  if (node.type !== 'paragraph') return false;
  return node.children.every((child) => 'text' in child && child.text.trim() === '');
}

const plainTextOf = (node: BlockElement | InlineNode): string =>
  'text' in node ? node.text : 'children' in node ? (node.children as (BlockElement | InlineNode)[]).map(plainTextOf).join('') : '';

const pictureBlock = ({ hash, width, height, alt }: MarkedPicture): PictureElement => ({
  type: 'picture',
  hash,
  width,
  height,
  layout: 'full',
  alt: alt.replace(/\s+/gu, ' ').trim(),
  caption: '',
  credit: '',
  children: [{ text: '' }],
});

/**
 * The blocks with their picture markers replaced by picture blocks (see the
 * module's note). `pictures` holds the pictures the library took, by number;
 * a marker of any other picture is dropped (the caller says so).
 * Every picture number placed is added to `placed`.
 */
export function placePictures(blocks: readonly BlockElement[], pictures: ReadonlyMap<number, MarkedPicture>, placed: Set<number>): BlockElement[] {
  const out: BlockElement[] = [];
  let lastPlaced: PictureElement | undefined;
  for (const block of blocks) {
    const stripped = strip(block);
    const node = stripped.node as BlockElement;
    const found = stripped.pictures.flatMap((index) => {
      const picture = pictures.get(index);
      if (!picture) return [];
      placed.add(index);
      return [pictureBlock(picture)];
    });
    if (stripped.caption && found.length === 0 && lastPlaced && lastPlaced.caption === '') {
      lastPlaced.caption = plainTextOf(node).replace(/\s+/gu, ' ').trim();
      lastPlaced = undefined;
      continue;
    }
    if (!(stripped.pictures.length > 0 && holdsNothing(node))) out.push(node);
    out.push(...found);
    lastPlaced = found.at(-1);
  }
  return out;
}
