import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
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
  return editor;
}

/** Blocks per chunk: small enough that a keystroke re-renders few, large enough that the chunk tree stays shallow. */
const SECTION_CHUNK_SIZE = 32;
