import { Editor, Range, Text, Transforms } from 'slate';

/**
 * Marks the selected text as written in `tag` (a quotation in English inside
 * an Azerbaijani briefing), or back in the briefing's language when `tag` is
 * undefined or the briefing's own. Spelling checks it in that language; it is
 * saved with the text. With nothing selected, it applies to what is typed next.
 */
export function setPassageLanguage(editor: Editor, tag: string | undefined, briefingLanguage: string): void {
  const { selection } = editor;
  if (!selection) return;
  const own = tag === undefined || tag === briefingLanguage;
  if (Range.isCollapsed(selection)) {
    if (own) Editor.removeMark(editor, 'lang');
    else Editor.addMark(editor, 'lang', tag);
    return;
  }
  if (own) Transforms.unsetNodes(editor, 'lang', { match: Text.isText, split: true });
  else Transforms.setNodes(editor, { lang: tag }, { match: Text.isText, split: true });
}

/** The language the selection is marked in, or undefined for the briefing's own. */
export function passageLanguage(editor: Editor): string | undefined {
  return Editor.marks(editor)?.lang;
}
