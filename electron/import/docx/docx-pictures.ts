import type { BlockElement, InlineNode, PictureElement } from '../../../shared/document/briefing-body';
import type { PreparedImage } from '../images/prepare-image';

/**
 * Pictures of a Word file on their way into briefing blocks. Mammoth writes
 * each picture as an `<img>` the import's sanitiser would drop, so the
 * converter hands it a placeholder address (`placeholderSource`) and, once
 * mammoth is done, turns each placeholder into a marker in the text
 * (`markPictures`), which survives sanitising and the structure pass as any
 * text does. `placePictures` then takes the markers out of the blocks and
 * puts each checked picture after the block it stood in (in its place when
 * that block held nothing else). A paragraph in Word's Caption style is
 * marked too: right after a picture it becomes the picture's caption.
 *
 * The markers are private-use characters; any the Word file itself holds are
 * removed first, so a file cannot forge one.
 */

const PICTURE_START = '\uE010';
const PICTURE_END = '\uE011';
const CAPTION_MARK = '\uE012';
const anyMarker = /[\uE010-\uE012]/gu;
const pictureMarker = /\uE010(\d+)\uE011/gu;
const PLACEHOLDER = 'briefing-picture:';

/** Word's Caption style (Word's own id is "Caption", its name "caption"; LibreOffice writes "Caption"). */
export const captionStyleMap = ["p[style-name='Caption'] => p.docx-caption:fresh", "p[style-name='caption'] => p.docx-caption:fresh"];

/** The `src` mammoth is given for the `index`-th picture. */
export const placeholderSource = (index: number): string => `${PLACEHOLDER}${index}`;

/** Mammoth's HTML with the pictures and Caption paragraphs as markers in the text. */
export function markPictures(html: string): string {
  return html
    .replace(anyMarker, '')
    .replace(/<img\b[^>]*\bsrc="briefing-picture:(\d+)"[^>]*>/gu, (_all, index: string) => `${PICTURE_START}${index}${PICTURE_END}`)
    .replace(/<p class="docx-caption">/gu, `<p>${CAPTION_MARK}`);
}

/** A picture of the Word file the checks took, with its description (Word's alt text). */
export interface DocxPicture {
  image: PreparedImage;
  alt: string;
}

/** Strips every marker from a line of text (a title, a heading), returning the picture numbers it held. */
export function withoutMarkers(text: string): { text: string; pictures: number[] } {
  const pictures = [...text.matchAll(pictureMarker)].map((match) => Number(match[1]));
  return { text: text.replace(pictureMarker, '').replace(anyMarker, ''), pictures };
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

const pictureBlock = ({ image, alt }: DocxPicture): PictureElement => ({
  type: 'picture',
  hash: image.hash,
  width: image.width,
  height: image.height,
  layout: 'full',
  alt: alt.replace(/\s+/gu, ' ').trim(),
  caption: '',
  credit: '',
  children: [{ text: '' }],
});

/**
 * The blocks with their picture markers replaced by picture blocks (see the
 * module's note). `pictures` holds the pictures the checks took, by number;
 * a marker of a picture they refused is dropped (the summary names it).
 * Every picture number placed is added to `placed`.
 */
export function placePictures(blocks: readonly BlockElement[], pictures: ReadonlyMap<number, DocxPicture>, placed: Set<number>): BlockElement[] {
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
