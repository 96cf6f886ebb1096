import type { BriefingFamily } from '../../../shared/document/briefing';

/**
 * One row per readout: the first hit of each family of language versions
 * stands for the family (the library's order, so the most recently edited
 * version, or the best match of a search in any of its languages), and the
 * others are left out; their language chips are on that row.
 */
export function familyRows<Hit extends { id: string; family?: BriefingFamily }>(hits: readonly Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    if (!hit.family) return true;
    if (seen.has(hit.family.id)) return false;
    seen.add(hit.family.id);
    return true;
  });
}
