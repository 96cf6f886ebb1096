import { Editor, Range, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { isBlock } from '../../../shared/document/briefing-normalization';
import type { BlockElement } from '../../../shared/document/briefing-body';
import { changeBlockForms, isSuggesting } from '../../../shared/document/suggestions';

type BlockChange = Partial<Pick<Extract<BlockElement, { type: 'list-item' }>, 'listType' | 'indent'>> &
  ({ type: 'list-item' } | { type: 'block-quote' } | { type: 'heading'; level: 2 | 3 | 4 });

/** What typing a prefix and a space at the start of a paragraph turns it into. */
const shortcuts: Record<string, BlockChange> = {
  '-': { type: 'list-item', listType: 'bulleted', indent: 0 },
  '*': { type: 'list-item', listType: 'bulleted', indent: 0 },
  '1.': { type: 'list-item', listType: 'numbered', indent: 0 },
  '1)': { type: 'list-item', listType: 'numbered', indent: 0 },
  '>': { type: 'block-quote' },
  '#': { type: 'heading', level: 2 },
  '##': { type: 'heading', level: 2 },
  '###': { type: 'heading', level: 3 },
  '####': { type: 'heading', level: 4 },
};

/**
 * Markdown-style autoformat, as Word's AutoFormat As You Type: `- `, `1. `,
 * `> ` and `## ` at the start of a paragraph make it a list item, quote or
 * heading. The prefix goes away; one undo brings it back as typed. In Suggesting mode the new form is a suggestion
 * (as the toolbar's heading and list buttons make), and only a prefix the reviewer typed (a suggested insertion) is
 * taken as one: the author's own "1." stays text.
 */
export function withMarkdownShortcuts(editor: Editor): Editor {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (text === ' ' && options?.at === undefined && selection && Range.isCollapsed(selection)) {
      const entry = Editor.above(editor, { match: isBlock, mode: 'lowest' });
      if (entry && entry[0].type === 'paragraph') {
        const [, path] = entry;
        const start = Editor.start(editor, path);
        const prefix = Editor.string(editor, { anchor: start, focus: selection.anchor });
        const change = Object.hasOwn(shortcuts, prefix) ? shortcuts[prefix] : undefined;
        const typed = { anchor: start, focus: selection.anchor };
        const reviewersOwn = () => Array.from(Editor.nodes(editor, { at: typed, match: Text.isText })).every(([leaf]) => !Text.isText(leaf) || leaf.text === '' || leaf.suggestion?.kind === 'insert');
        if (change && (!isSuggesting(editor) || reviewersOwn())) {
          // Its own undo step, so Ctrl+Z gives back the typed prefix rather than removing the whole typing run.
          HistoryEditor.withNewBatch(editor, () => {
            Editor.withoutNormalizing(editor, () => {
              Transforms.delete(editor, { at: typed });
              changeBlockForms(editor, () => Transforms.setNodes(editor, change, { at: path }));
            });
          });
          // No space was typed: the marks Suggesting mode set for it (a suggested insertion) are not for what comes next.
          editor.marks = null;
          return;
        }
      }
    }
    insertText(text, options);
  };
  return editor;
}
