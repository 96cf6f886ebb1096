import { describe, expect, it } from 'vitest';
import { familyRows } from './family-rows';

const family = { id: 'f1', versions: [{ id: 'az', language: 'az', status: 'draft' as const }, { id: 'en', language: 'en', status: 'draft' as const }] };

describe('family rows in the library', () => {
  it('shows a readout in three languages as one row, at the place of its first hit, and leaves single briefings alone', () => {
    const hits = [{ id: 'other' }, { id: 'en', family }, { id: 'single' }, { id: 'az', family }];
    expect(familyRows(hits).map((hit) => hit.id)).toEqual(['other', 'en', 'single']);
  });
});
