import { describe, expect, it } from 'vitest';
import { briefingIdFromQuery, windowQuery } from './window-query';

describe('windowQuery and briefingIdFromQuery', () => {
  const id = '3f2b8c1e-5d4a-4b6f-9e7d-1a2b3c4d5e6f';

  it('carries the briefing a window opens with, and nothing for a plain window', () => {
    expect(briefingIdFromQuery(windowQuery(id))).toBe(id);
    expect(windowQuery(undefined)).toBe('');
    expect(briefingIdFromQuery('')).toBeUndefined();
  });

  it('ignores a malformed or hostile value', () => {
    for (const search of ['?briefing=', '?briefing=../../etc/passwd', '?briefing=%3Cscript%3E', `?briefing=${id}x`]) {
      expect(briefingIdFromQuery(search)).toBeUndefined();
    }
  });
});
