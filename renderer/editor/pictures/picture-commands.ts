import { Editor, Node, Path, Transforms, type BaseRange } from 'slate';
import type { PictureElement } from '../../../shared/document/briefing-body';
import { isBlock } from '../../../shared/document/briefing-normalization';
import { isPicture, newPicture } from '../../../shared/document/picture-normalization';
import type { ImageInfo } from '../../../shared/document/picture';
import { isTable } from '../../../shared/document/table-normalization';

/** The picture the selection is on (a void: the caret sits in its empty text), with its path. */
export function selectedPicture(editor: Editor, at: BaseRange | null = editor.selection): [PictureElement, Path] | undefined {
  if (!at) return undefined;
  const entry = Editor.above(editor, { at: at.focus, match: isPicture, voids: true });
  return entry;
}

/**
 * Puts a picture after the caret's block (in its place if that is an empty
 * paragraph), or after the table the caret is in, with a paragraph after it
 * when it would end the section, and selects it.
 */
export function insertPicture(editor: Editor, image: Pick<ImageInfo, 'hash' | 'width' | 'height'>, at: BaseRange | null = editor.selection): void {
  if (!at) return;
  const block =
    Editor.above(editor, { at: at.focus, match: (node) => isTable(node) || isPicture(node), mode: 'highest', voids: true }) ??
    Editor.above(editor, { at: at.focus, match: isBlock, mode: 'lowest', voids: true });
  if (!block) return;
  Editor.withoutNormalizing(editor, () => {
    const [node, path] = block;
    const emptyParagraph = node.type === 'paragraph' && Node.string(node) === '' && node.children.length === 1;
    const target = emptyParagraph ? path : Path.next(path);
    if (emptyParagraph) Transforms.removeNodes(editor, { at: path });
    Transforms.insertNodes(editor, newPicture(image), { at: target });
    const after = Path.next(target);
    if (!Node.has(editor, after)) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: after });
    Transforms.select(editor, Editor.start(editor, target));
  });
}

/** Changes a picture's layout, alt text, caption or credit. */
export function setPicture(editor: Editor, path: Path, change: Partial<Pick<PictureElement, 'layout' | 'alt' | 'caption' | 'credit'>>): void {
  Transforms.setNodes(editor, change, { at: path, voids: true });
}

/** Removes a picture, leaving the caret where it was. */
export function removePicture(editor: Editor, path: Path): void {
  Transforms.removeNodes(editor, { at: path, voids: true });
}

/**
 * Moves the selected picture one block up or down within its section (Alt+Shift+Up/Down, as in
 * Word's "move paragraph"). True when it moved.
 */
export function movePicture(editor: Editor, direction: -1 | 1): boolean {
  const selected = selectedPicture(editor);
  if (!selected) return false;
  const [, path] = selected;
  const index = path[path.length - 1] ?? 0;
  const section = Node.parent(editor, path);
  const target = index + direction;
  if (target < 0 || target >= section.children.length) return false;
  Transforms.moveNodes(editor, { at: path, to: [...Path.parent(path), target], voids: true });
  Transforms.select(editor, Editor.start(editor, [...Path.parent(path), target]));
  return true;
}
