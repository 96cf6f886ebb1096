import type { BlockElement, SectionElement } from '../../shared/document/briefing-body';

/** A paragraph of plain text, for input → output fixtures. */
export const paragraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

/** A section whose heading is its id, holding the given blocks. */
export const section = (sectionId: string, ...children: BlockElement[]): SectionElement => ({
  type: 'section',
  sectionId,
  heading: sectionId,
  guidance: '',
  required: false,
  locked: true,
  children,
});
