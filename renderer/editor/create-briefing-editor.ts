import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { NODE_TO_INDEX, NODE_TO_PARENT } from 'slate-dom';
import { withReact } from 'slate-react';
import { withBlocks } from './blocks/blocks';
import { withComments } from './comments/with-comments';
import { withSuggestions } from '../../shared/document/suggestions';
import { withFieldTrigger } from './fields/field-commands';
import './editor-types';
import { withLists } from './lists/lists';
import { withMarkdownShortcuts } from './markdown/with-markdown-shortcuts';
import { withPaste } from './paste/with-paste';
import { isSection } from '../../shared/document/briefing-normalization';
import { withTables } from './tables/table-commands';
import { withSectionGuards } from '../../shared/document/with-section-guards';

/**
 * The body editor with every plugin, outermost last: sections guard the
 * structure before lists and headings see a key, Suggesting mode turns
 * typing and deleting into suggestions on top of them, history records it all.
 * `fieldIds`: the fields of the briefing's template, the only ones a pasted
 * fragment may refer to.
 */
export function createBriefingEditor(fieldIds?: ReadonlySet<string>): Editor {
  const editor = withHistory(withComments(withSuggestions(withFieldTrigger(withSectionGuards(withMarkdownShortcuts(withLists(withTables(withBlocks(withPaste(withReact(createEditor()), fieldIds))))))))));
  // A keystroke re-renders only the chunk of blocks it changed, not every block of a long section
  // (slate-react's chunking). The default chunk renders no wrapper element, so CSS list counters,
  // which rely on sibling blocks, are unaffected.
  editor.getChunkSize = (node) => (isSection(node) ? SECTION_CHUNK_SIZE : null);
  withCurrentParents(editor);
  return editor;
}

/**
 * With chunking, slate-react records a block's index and parent only when the
 * block itself changes, so after a keystroke every untouched block of the
 * section still points at the section as it was. `ReactEditor.findPath` then
 * finds that old section no longer in the editor and falls back to searching
 * the whole document — for every block, whenever the decorations change (each
 * spelling check): seconds per keystroke at 2,000 blocks. Pointing the blocks
 * of each new section at it, once per change, keeps the path lookup a few map
 * reads, as it is without chunking.
 */
function withCurrentParents(editor: Editor): void {
  const { onChange } = editor;
  const current = new WeakSet<object>();
  editor.onChange = (options) => {
    for (const section of editor.children) {
      if (!isSection(section) || current.has(section)) continue;
      current.add(section);
      section.children.forEach((block, index) => {
        NODE_TO_INDEX.set(block, index);
        NODE_TO_PARENT.set(block, section);
      });
    }
    onChange(options);
  };
}

/** Blocks per chunk: small enough that a keystroke re-renders few, large enough that the chunk tree stays shallow. */
const SECTION_CHUNK_SIZE = 32;
