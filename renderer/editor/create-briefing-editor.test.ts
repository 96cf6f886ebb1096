import { Transforms, type Descendant } from 'slate';
import { NODE_TO_INDEX, NODE_TO_PARENT } from 'slate-dom';
import { ReactEditor } from 'slate-react';
import { describe, expect, it } from 'vitest';
import { editorWith, p, section } from './editor-fixtures';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const blocksOf = (node: Descendant | undefined) => (node && 'children' in node ? (node.children as Descendant[]) : []);

describe('the editor after a keystroke in a long section', () => {
  it('records the new section as the parent of its untouched blocks, so finding their path reads maps instead of searching the document', async () => {
    const editor = editorWith([section('summary', p('Lede.')), section('body', ...Array.from({ length: 40 }, (_, index) => p(`Paragraph ${index + 1}.`)))]);
    // The first render records each block's section and index, as slate-react's chunked rendering does.
    editor.children.forEach((sectionNode) => blocksOf(sectionNode).forEach((block, index) => {
      NODE_TO_INDEX.set(block, index);
      NODE_TO_PARENT.set(block, sectionNode as never);
    }));

    Transforms.insertText(editor, 'X', { at: { path: [1, 0, 0], offset: 0 } });
    await settled();

    // Chunked rendering re-records only the block that changed; slate-react's findPath walks the whole document
    // whenever a block's recorded section is no longer the one in the editor.
    const untouched = blocksOf(editor.children[1])[30];
    expect(NODE_TO_PARENT.get(untouched!)).toBe(editor.children[1]);
    expect(ReactEditor.findPath(editor, untouched!)).toEqual([1, 30]);
  });
});
