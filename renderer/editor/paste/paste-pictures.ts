import { Editor, Transforms } from 'slate';
import type { BlockElement } from '../../../shared/document/briefing-body';
import { htmlToBlocks } from '../../../shared/document/html/html-to-blocks';
import { CAPTION_MARK, pictureMarker, placePictures, withoutMarkerCharacters, withoutMarkers, type MarkedPicture } from '../../../shared/document/html/picture-markers';
import { imageMimes, MAX_IMAGE_BYTES, type ImageInfo } from '../../../shared/document/picture';
import { fileBase64 } from '../pictures/picture-url';
import { sanitizePastedHtml } from './sanitize-pasted-html';

/** Where a pasted `<img>` gets its bytes from: data in its own `src`, or a picture file on the same clipboard. */
export type PastedPictureSource = { kind: 'data'; base64: string } | { kind: 'file'; file: number } | { kind: 'too-large' };

/** Pasted HTML read with its pictures: the blocks carry a marker where each picture goes (see `placePictures`). */
export interface PastedHtml {
  blocks: BlockElement[];
  /** The pictures that can be kept, by marker number, with their alt text. */
  pictures: Map<number, { source: PastedPictureSource; alt: string }>;
  /** Pictures at an address (http, https, anything not data on the clipboard): left out, never loaded. */
  remote: number;
  /** Pictures that point at the copying program's own files with no picture data on the clipboard to match. */
  withoutData: number;
  /** True when the HTML holds text besides its pictures. */
  hasText: boolean;
}

/** A `data:` address of a picture type the library may take: its bytes as base64 (percent-encoded SVG text is encoded here). */
function dataBytes(src: string): PastedPictureSource | undefined {
  const match = /^data:(image\/(?:png|jpeg|webp|svg\+xml))((?:;[^,;]*)*?)(;base64)?,(.*)$/isu.exec(src.trim());
  if (!match) return undefined;
  const [, , , base64Flag, payload = ''] = match;
  // Size before decoding: base64 is 4 characters for every 3 bytes.
  if (payload.length > (MAX_IMAGE_BYTES / 3) * 4 + 4) return { kind: 'too-large' };
  if (base64Flag) return { kind: 'data', base64: payload.replace(/\s+/gu, '') };
  let text: string;
  try {
    text = decodeURIComponent(payload);
  } catch {
    return undefined;
  }
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return { kind: 'data', base64: btoa(binary) };
}

/** An address the copying program kept its own copy of the picture at (Word's `file:///…/clip_image001.png`, `cid:`, a relative name). */
const isLocalAddress = (src: string): boolean => !/^(?:https?|ftp|wss?):/iu.test(src.trim()) && !/^data:/iu.test(src.trim());

/**
 * Reads pasted HTML keeping its pictures' places. Before sanitising (in the
 * inert template `sanitizePastedHtml` parses into) each `<img>` becomes a
 * picture marker and a caption paragraph (Word's `MsoCaption`, a
 * `<figcaption>`) gets the caption mark; nothing is loaded. A picture is kept
 * when its `src` is `data:` (web pages, Google Docs' drawings) or when the
 * HTML's pictures at the program's own files match the picture files on the
 * clipboard one for one, in order (Word puts its pictures' data beside the
 * HTML); one at a web address is only counted.
 */
export function readPastedHtml(html: string, clipboardPictures: number): PastedHtml {
  const pictures = new Map<number, { source: PastedPictureSource; alt: string }>();
  let remote = 0;
  const local: { index: number; alt: string }[] = [];
  let count = 0;
  const root = sanitizePastedHtml(withoutMarkerCharacters(html), (content) => {
    for (const image of Array.from(content.querySelectorAll('img'))) {
      count += 1;
      const index = count;
      const src = image.getAttribute('src') ?? '';
      const alt = (image.getAttribute('alt') ?? '').replace(/\s+/gu, ' ').trim();
      const data = dataBytes(src);
      if (data) pictures.set(index, { source: data, alt });
      else if (isLocalAddress(src) && src.trim() !== '') local.push({ index, alt });
      else remote += 1;
      image.replaceWith(content.ownerDocument.createTextNode(pictureMarker(index)));
    }
    for (const caption of Array.from(content.querySelectorAll('p.MsoCaption, figcaption, p[class^="caption"], p[class^="Caption"]'))) {
      const paragraph = content.ownerDocument.createElement('p');
      paragraph.append(CAPTION_MARK, ...Array.from(caption.childNodes));
      caption.replaceWith(paragraph);
    }
  });
  let withoutData = 0;
  if (local.length > 0 && local.length === clipboardPictures) local.forEach(({ index, alt }, file) => pictures.set(index, { source: { kind: 'file', file }, alt }));
  else withoutData = local.length;
  const blocks = htmlToBlocks(root);
  const hasText = withoutMarkers(root.textContent ?? '').text.trim() !== '';
  return { blocks, pictures, remote, withoutData, hasText };
}

/** What `insertPastedHtml` could not bring in, for the status line. */
export interface PastedPicturesOutcome {
  /** The first refusal of the library's checks (a picture too large, unreadable, unsafe). */
  refusal?: unknown;
  tooLarge: boolean;
}

/**
 * Keeps the pasted HTML's pictures through the library (`keep`: the main
 * process checks, strips and stores each, as for any picture), one after
 * another, then inserts the blocks with the pictures in their places where the
 * caret was when the paste happened. A picture the checks refuse is left out;
 * the first refusal is returned for the status line.
 */
export async function insertPastedHtml(
  editor: Editor,
  pasted: PastedHtml,
  files: readonly Blob[],
  keep: (base64: string) => Promise<Pick<ImageInfo, 'hash' | 'width' | 'height'>>,
): Promise<PastedPicturesOutcome> {
  const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : undefined;
  const kept = new Map<number, MarkedPicture>();
  const outcome: PastedPicturesOutcome = { tooLarge: false };
  try {
    for (const [index, { source, alt }] of pasted.pictures) {
      if (source.kind === 'too-large') {
        outcome.tooLarge = true;
        continue;
      }
      const file = source.kind === 'file' ? files[source.file] : undefined;
      try {
        const base64 = source.kind === 'data' ? source.base64 : file ? await fileBase64(file) : undefined;
        if (base64 === undefined) continue;
        const image = await keep(base64);
        kept.set(index, { hash: image.hash, width: image.width, height: image.height, alt });
      } catch (error) {
        outcome.refusal ??= error;
      }
    }
    const blocks = placePictures(pasted.blocks, kept, new Set());
    const range = at?.current;
    if (!range || blocks.length === 0) return outcome;
    Transforms.select(editor, range);
    editor.insertFragment(blocks);
    return outcome;
  } finally {
    at?.unref();
  }
}

/** A picture file the library may take (SVG is sanitised or refused there). */
export const isPictureFile = (file: File): boolean => (imageMimes as readonly string[]).includes(file.type) || file.type === 'image/svg+xml';
