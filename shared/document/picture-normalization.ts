import { Element, Text, Transforms, type Editor, type Node, type NodeEntry } from 'slate';
import type { PictureElement } from './briefing-body';
import { MAX_PICTURE_ALT, MAX_PICTURE_CAPTION, MAX_PICTURE_CREDIT, pictureLayouts, type PictureLayout } from './picture';
import './slate-types';

export function isPicture(node: Node): node is PictureElement {
  return Element.isElement(node) && node.type === 'picture';
}

const hashPattern = /^[0-9a-f]{64}$/u;
const validSide = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 1_000_000;

/** A caption, credit or alt text as one line of plain text within `limit` characters. */
export function pictureText(value: unknown, limit: number): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex -- line breaks and control characters become spaces: these are one-line texts
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/gu, ' ').slice(0, limit);
}

/** A picture block for `image`, as inserted, pasted or imported: full width, with the texts given. */
export function newPicture(
  image: { hash: string; width: number; height: number },
  texts: { alt?: string; caption?: string; credit?: string; layout?: PictureLayout } = {},
): PictureElement {
  return {
    type: 'picture',
    hash: image.hash,
    width: image.width,
    height: image.height,
    layout: texts.layout ?? 'full',
    alt: pictureText(texts.alt, MAX_PICTURE_ALT),
    caption: pictureText(texts.caption, MAX_PICTURE_CAPTION),
    credit: pictureText(texts.credit, MAX_PICTURE_CREDIT),
    children: [{ text: '' }],
  };
}

/**
 * A picture's own rules, one fix per pass (see `withBriefingNormalization`):
 * a picture without a usable image address or size cannot be shown or
 * exported and is removed; a missing or unknown layout becomes full width;
 * texts become single lines within their limits; whatever got inside it is
 * dropped. True when it changed something.
 */
export function normalizePictureNode(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isPicture(node)) return false;
  if (typeof node.hash !== 'string' || !hashPattern.test(node.hash) || !validSide(node.width) || !validSide(node.height)) {
    Transforms.removeNodes(editor, { at: path, voids: true });
    return true;
  }
  const fixed: Partial<PictureElement> = {};
  if (!pictureLayouts.includes(node.layout)) fixed.layout = 'full';
  for (const [key, limit] of [
    ['alt', MAX_PICTURE_ALT],
    ['caption', MAX_PICTURE_CAPTION],
    ['credit', MAX_PICTURE_CREDIT],
  ] as const) {
    const text = pictureText(node[key], limit);
    if (text !== node[key]) fixed[key] = text;
  }
  if (Object.keys(fixed).length > 0) {
    Transforms.setNodes(editor, fixed, { at: path, voids: true });
    return true;
  }
  const [only] = node.children;
  if (node.children.length !== 1 || !Text.isText(only) || only.text !== '' || Object.keys(only).length !== 1) {
    Transforms.removeNodes(editor, { at: path, voids: true });
    Transforms.insertNodes(editor, { ...node, children: [{ text: '' }] }, { at: path, voids: true });
    return true;
  }
  return false;
}
