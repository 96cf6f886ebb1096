import { describe, expect, it } from 'vitest';
import { briefingStatuses } from './briefing';
import { findTransition, isLockedStatus, needsDraftMark, transitionsFrom } from './workflow';

describe('workflow', () => {
  it('moves forward one step at a time: draft → in review → approved → released', () => {
    expect(transitionsFrom('draft').map((transition) => transition.to)).toEqual(['in-review']);
    expect(transitionsFrom('in-review').map((transition) => transition.to)).toEqual(['approved', 'draft']);
    expect(transitionsFrom('approved').map((transition) => transition.to)).toEqual(['released', 'draft']);
    expect(transitionsFrom('released').map((transition) => transition.to)).toEqual(['draft']);
    expect(findTransition('draft', 'released')).toBeUndefined();
    expect(findTransition('draft', 'approved')).toBeUndefined();
  });

  it('asks for a reason whenever a briefing goes back to draft, and only then', () => {
    for (const status of briefingStatuses) {
      for (const transition of transitionsFrom(status)) expect(transition.needsReason, `${transition.from} → ${transition.to}`).toBe(transition.to === 'draft');
    }
  });

  it('locks approved and released briefings, and marks everything else as a draft on export', () => {
    expect(briefingStatuses.filter(isLockedStatus)).toEqual(['approved', 'released']);
    expect(briefingStatuses.filter(needsDraftMark)).toEqual(['draft', 'in-review']);
    expect(findTransition('released', 'draft')?.action).toBe('Reopen for editing');
  });
});
