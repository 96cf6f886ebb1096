import type { Briefing } from '../shared/document/briefing';
import type { BlockElement, SectionElement } from '../shared/document/briefing-body';
import { demoBriefingContent } from '../shared/document/demo-briefing';
import type { BriefingTemplate } from '../shared/document/template';

const paragraphText = (block: BlockElement): string => ('children' in block ? block.children.map((node) => ('text' in node ? node.text : '')).join('') : '');

/**
 * A long readout: the demo meeting's sections repeated `rounds` times, each
 * round with its own numbered headings, so the PDF runs to about 100 pages
 * at 30 rounds. Plain paragraphs, bulleted and numbered lists, a quote.
 */
export function longBriefing(template: BriefingTemplate, rounds: number): Briefing {
  const demo = demoBriefingContent(template);
  const body: SectionElement[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const section of demo.body) {
      const children: BlockElement[] = [];
      for (let copy = 0; copy < 3; copy += 1) {
        children.push(...section.children);
        children.push({ type: 'block-quote', children: [{ text: `“${paragraphText(section.children[0] ?? { type: 'paragraph', children: [{ text: '' }] })}”` }] });
      }
      body.push({ ...section, sectionId: `${section.sectionId}-${round}`, heading: `${section.heading} (${round})` });
      body[body.length - 1] = { ...body[body.length - 1]!, children };
    }
  }
  return {
    ...demo,
    body: body.slice(0, 200),
    id: '00000000-0000-4000-8000-000000000100',
    status: 'draft',
    createdAt: '2025-11-21T09:00:00.000Z',
    updatedAt: '2025-11-21T09:00:00.000Z',
    revision: 1,
  };
}
