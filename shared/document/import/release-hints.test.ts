import { describe, expect, it } from 'vitest';
import { embargoMoment, releaseHints } from './release-hints';

describe('releaseHints', () => {
  it('reads a classification marking on its own, between tabs or beside DRAFT and page numbers', () => {
    expect(releaseHints(['Ministry of Digital Development\tDRAFT · RESTRICTED']).classification).toBe('restricted');
    expect(releaseHints(['Readout\tCONFIDENTIAL · Page 1 of 2']).classification).toBe('confidential');
    expect(releaseHints(['Classification: Official']).classification).toBe('official');
    expect(releaseHints(['MƏXFİ']).classification).toBe('confidential');
    expect(releaseHints(['ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ']).classification).toBe('restricted');
  });

  it('does not read a classification out of running text', () => {
    expect(releaseHints(['An official visit to a restricted area']).classification).toBeUndefined();
    expect(releaseHints(['An official visit']).lines).toEqual([]);
  });

  it('reads an embargo and its moment, and an embargo without one', () => {
    expect(releaseHints(['EMBARGOED UNTIL 21 NOVEMBER 2025 AT 18:00'])).toMatchObject({ embargoed: true, embargoUntil: '2025-11-21T18:00' });
    expect(releaseHints(['Embargo: 01.12.2026 10:30'])).toMatchObject({ embargoed: true, embargoUntil: '2026-12-01T10:30' });
    expect(releaseHints(['Эмбарго до 2026-12-01 09:00'])).toMatchObject({ embargoed: true, embargoUntil: '2026-12-01T09:00' });
    const vague = releaseHints(['Embargoed until further notice']);
    expect(vague.embargoed).toBe(true);
    expect(vague.embargoUntil).toBeUndefined();
  });
});

describe('embargoMoment', () => {
  it('reads the forms press offices write, as UTC', () => {
    expect(embargoMoment('November 21, 2025, 6 pm')).toBe('2025-11-21T18:00');
    expect(embargoMoment('21/11/2025')).toBe('2025-11-21T00:00');
    expect(embargoMoment('1 Dec 2026 10:00 GMT')).toBe('2026-12-01T10:00');
  });

  it('refuses dates that do not exist', () => {
    expect(embargoMoment('31.02.2026 10:00')).toBeUndefined();
    expect(embargoMoment('2026-13-01')).toBeUndefined();
  });
});
