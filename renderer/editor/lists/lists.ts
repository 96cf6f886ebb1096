import { Editor, Element, Node, Point, Range, Transforms } from 'slate';
import { MAX_LIST_INDENT, type ListItemElement, type ListType } from '../../../shared/document/briefing-body';
import { selectedBlocks } from '../blocks/blocks';
import { isBlock } from '../../../shared/document/briefing-normalization';
import { changeBlockForms } from '../../../shared/document/suggestions';


function isListItem(node: Node): node is ListItemElement {
  return Element.isElement(node) && node.type === 'list-item';
}

export function isListActive(editor: Editor, listType: ListType): boolean {
  const blocks = selectedBlocks(editor);
  return blocks.length > 0 && blocks.every((block) => block.type === 'list-item' && block.listType === listType);
}

/** Makes the selected blocks a list of the given type, or back into paragraphs when they already are one. */
export function toggleList(editor: Editor, listType: ListType): void {
  // In Suggesting mode the change is kept as a suggestion of the blocks' new form.
  changeBlockForms(editor, () => {
    if (isListActive(editor, listType)) {
      Transforms.unsetNodes(editor, ['listType', 'indent'], { match: isBlock, mode: 'lowest' });
      Transforms.setNodes(editor, { type: 'paragraph' }, { match: isBlock, mode: 'lowest' });
      return;
    }
    Transforms.unsetNodes(editor, 'level', { match: isBlock, mode: 'lowest' });
    Transforms.setNodes(editor, { type: 'list-item', listType }, { match: isBlock, mode: 'lowest' });
    // Blocks that were not list items yet start at the outermost level.
    Transforms.setNodes(editor, { indent: 0 }, { match: (node) => isListItem(node) && typeof node.indent !== 'number', mode: 'lowest' });
  });
}

/** Tab and Shift+Tab in a list: one level deeper or shallower. Returns false when the selection is not in a list. */
export function changeListIndent(editor: Editor, delta: 1 | -1): boolean {
  const items = selectedBlocks(editor).filter(isListItem);
  if (items.length === 0) return false;
  changeBlockForms(editor, () => {
    for (const [node, path] of Editor.nodes(editor, { match: isListItem, mode: 'lowest' })) {
      if (!isListItem(node)) continue;
      const indent = Math.min(MAX_LIST_INDENT, Math.max(0, node.indent + delta));
      if (indent !== node.indent) Transforms.setNodes(editor, { indent }, { at: path });
    }
  });
  return true;
}

function collapsedListItem(editor: Editor): [ListItemElement, number[]] | undefined {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return undefined;
  const entry = Editor.above(editor, { match: isBlock, mode: 'lowest' });
  if (!entry || !isListItem(entry[0])) return undefined;
  return [entry[0], entry[1]];
}

/**
 * Word's list keys: Enter on an empty item leaves the list (or goes one level
 * up; in Suggesting mode a suggestion of that form), Backspace at the start of an item removes its number or bullet.
 */
export function withLists(editor: Editor): Editor {
  const { insertBreak, deleteBackward } = editor;

  editor.insertBreak = () => {
    const entry = collapsedListItem(editor);
    if (entry && Node.string(entry[0]) === '') {
      const [item, path] = entry;
      // In Suggesting mode ending the list (or going a level up) is a suggested form, as the toolbar's list button makes.
      changeBlockForms(editor, () => {
        if (item.indent > 0) {
          Transforms.setNodes(editor, { indent: item.indent - 1 }, { at: path });
        } else {
          Transforms.unsetNodes(editor, ['listType', 'indent'], { at: path });
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        }
      });
      return;
    }
    insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const entry = collapsedListItem(editor);
    if (entry && editor.selection && Point.equals(editor.selection.anchor, Editor.start(editor, entry[1]))) {
      Transforms.unsetNodes(editor, ['listType', 'indent'], { at: entry[1] });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: entry[1] });
      return;
    }
    deleteBackward(unit);
  };

  return editor;
}
