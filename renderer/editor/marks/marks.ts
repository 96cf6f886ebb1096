import { Editor, Range } from 'slate';
import { markNames, type MarkName } from '../../../shared/document/briefing-body';
import { changeMarks } from '../../../shared/document/suggestions';

export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  const marks = Editor.marks(editor);
  return marks?.[mark] === true;
}

/** Superscript and subscript exclude each other (the model says so); switching one on switches the other off. */
const exclusive: Partial<Record<MarkName, MarkName>> = { superscript: 'subscript', subscript: 'superscript' };

/** Turns a mark on or off for the selection, or for what is typed next when the selection is collapsed. */
export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) {
    Editor.removeMark(editor, mark);
    return;
  }
  const other = exclusive[mark];
  if (other) Editor.removeMark(editor, other);
  Editor.addMark(editor, mark, true);
}

/**
 * Word's Clear Formatting (Ctrl+Space): removes every mark from the selection, or from what is typed next. In
 * Suggesting mode the selection's change is a suggestion, as a single mark's is.
 */
export function clearMarks(editor: Editor): void {
  const { selection } = editor;
  if (!selection) return;
  if (Range.isCollapsed(selection)) {
    for (const mark of markNames) Editor.removeMark(editor, mark);
    return;
  }
  changeMarks(editor, selection, () => ({}));
}
