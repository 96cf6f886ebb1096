import { Editor, Range } from 'slate';

/**
 * Typing at either edge of commented text writes outside the comment, as in
 * Word and Google Docs: the new text takes the run's formatting but not its
 * comment. Typing inside it widens the comment, which is what was commented on.
 */
export function withComments<T extends Editor>(editor: T): T {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (options?.at === undefined && selection && Range.isCollapsed(selection) && !editor.marks) {
      const [leaf] = Editor.leaf(editor, selection.anchor);
      if (leaf.comments && (selection.anchor.offset === 0 || selection.anchor.offset === leaf.text.length)) {
        const { text: _text, comments: _comments, ...marks } = leaf;
        editor.marks = marks;
      }
    }
    insertText(text, options);
  };
  return editor;
}
