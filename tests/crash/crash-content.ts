import type { BriefingBody } from '../../shared/document/briefing-body';

/**
 * The body the crash child saves at each revision: one paragraph per save so
 * far, so the briefing grows, and any revision's content can be recomputed
 * by the parent to check what the library holds, word for word.
 */
export function crashBody(template: BriefingBody, revision: number): BriefingBody {
  const body = structuredClone(template);
  const lede = body[0];
  if (!lede) throw new Error('the template has no first section');
  lede.children = Array.from({ length: Math.max(1, revision - 1) }, (_, index) => ({
    type: 'paragraph' as const,
    children: [{ text: `Save ${index + 2}: İlham Əliyev Bakıda — встреча в Москве, пункт ${index + 2}.` }],
  }));
  return body;
}
