import type { Descendant } from 'slate';
import type { BlockElement, FormattedText, SectionElement } from '../../shared/document/briefing-body';
import { createBriefingEditor } from './create-briefing-editor';

/** Small builders for input → operation → output fixtures, shared by the plugin tests. */
export const p = (...children: (string | FormattedText)[]): BlockElement => ({
  type: 'paragraph',
  children: children.length === 0 ? [{ text: '' }] : (children.map((child) => (typeof child === 'string' ? { text: child } : child))),
});

export const section = (sectionId: string, ...children: BlockElement[]): SectionElement => ({
  type: 'section',
  sectionId,
  heading: sectionId,
  guidance: '',
  required: false,
  locked: true,
  children,
});

export function editorWith(children: Descendant[]) {
  const editor = createBriefingEditor();
  editor.children = children;
  return editor;
}
