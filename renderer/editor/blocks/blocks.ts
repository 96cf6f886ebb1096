import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import type { BlockElement, HeadingLevel, VoidBlockElement } from '../../../shared/document/briefing-body';
import { isBlock } from '../../../shared/document/briefing-normalization';
import { changeBlockForms } from '../../../shared/document/suggestions';

export type BlockFormat = { type: 'paragraph' } | { type: 'heading'; level: HeadingLevel } | { type: 'block-quote' };

/** The blocks the selection touches, in document order. */
export function selectedBlocks(editor: Editor): BlockElement[] {
  if (!editor.selection) return [];
  return Array.from(Editor.nodes(editor, { at: Editor.unhangRange(editor, editor.selection), match: isBlock, mode: 'lowest' }), ([node]) => node);
}

export function isBlockFormatActive(editor: Editor, format: BlockFormat): boolean {
  const blocks = selectedBlocks(editor);
  return (
    blocks.length > 0 &&
    blocks.every((block) => block.type === format.type && (format.type !== 'heading' || (block.type === 'heading' && block.level === format.level)))
  );
}

/** Makes the selected blocks paragraphs, headings or a quote; applying the active format again turns them back into paragraphs. */
export function toggleBlockFormat(editor: Editor, format: BlockFormat): void {
  const next: BlockFormat = isBlockFormatActive(editor, format) ? { type: 'paragraph' } : format;
  // In Suggesting mode the change is kept as a suggestion of the blocks' new form.
  changeBlockForms(editor, () => {
    Transforms.unsetNodes(editor, ['listType', 'indent', 'level'], { match: isBlock, mode: 'lowest' });
    Transforms.setNodes(editor, next, { match: isBlock, mode: 'lowest' });
  });
}

/**
 * Inserts a page break or a rule where the caret is (splitting the block, as
 * Word's Ctrl+Enter does) and puts the caret in the block after it, adding an
 * empty paragraph when the rule ends the section.
 */
export function insertVoidBlock(editor: Editor, type: VoidBlockElement['type']): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, { type, children: [{ text: '' }] });
    const inserted = Editor.above(editor, { match: (node) => Element.isElement(node) && node.type === type, mode: 'lowest' });
    if (!inserted) return;
    const next = Path.next(inserted[1]);
    const following = Node.has(editor, next) ? Node.get(editor, next) : undefined;
    if (!following || !isBlock(following) || Editor.isVoid(editor, following)) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: next });
    }
    Transforms.select(editor, Editor.start(editor, next));
  });
}

/**
 * Enter at the end of a heading continues with a paragraph, as in Word,
 * instead of another heading.
 */
export function withBlocks(editor: Editor): Editor {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const entry = Editor.above(editor, { match: isBlock, mode: 'lowest' });
      if (entry && entry[0].type === 'heading' && Editor.isEnd(editor, selection.anchor, entry[1])) {
        insertBreak();
        Transforms.setNodes(editor, { type: 'paragraph' }, { match: isBlock, mode: 'lowest' });
        Transforms.unsetNodes(editor, 'level', { match: isBlock, mode: 'lowest' });
        return;
      }
    }
    insertBreak();
  };
  return editor;
}
