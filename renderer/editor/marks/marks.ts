import { Editor } from 'slate';
import type { MarkName } from '../../../shared/document/briefing-body';

export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  const marks = Editor.marks(editor);
  return marks?.[mark] === true;
}

/** Turns a mark on or off for the selection, or for what is typed next when the selection is collapsed. */
export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) {
    Editor.removeMark(editor, mark);
  } else {
    Editor.addMark(editor, mark, true);
  }
}
