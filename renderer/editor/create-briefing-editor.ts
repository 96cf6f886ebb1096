import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withBlocks } from './blocks/blocks';
import { withFieldTrigger } from './fields/field-commands';
import './editor-types';
import { withLists } from './lists/lists';
import { withMarkdownShortcuts } from './markdown/with-markdown-shortcuts';
import { withPaste } from './paste/with-paste';
import { withSectionGuards } from '../../shared/document/with-section-guards';

/**
 * The body editor with every plugin, outermost last: sections guard the
 * structure before lists and headings see a key, history records it all.
 */
export function createBriefingEditor(): Editor {
  return withHistory(withFieldTrigger(withSectionGuards(withMarkdownShortcuts(withLists(withBlocks(withPaste(withReact(createEditor()))))))));
}
