import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../field-format';
import { documentLanguages } from '../language/document-language';
import { fillIn } from '../language/document-strings';
import { upperCaseIn } from '../language/text-case';
import { embargoMoment, releaseHints } from './release-hints';

describe('releaseHints', () => {
  it('reads a classification marking on its own, between tabs or beside DRAFT and page numbers', () => {
    expect(releaseHints(['Ministry of Digital Development\tDRAFT · RESTRICTED']).classification).toBe('restricted');
    expect(releaseHints(['Readout\tCONFIDENTIAL · Page 1 of 2']).classification).toBe('confidential');
    expect(releaseHints(['Classification: Official']).classification).toBe('official');
    expect(releaseHints(['MƏXFİ']).classification).toBe('confidential');
    expect(releaseHints(['ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ']).classification).toBe('official');
    expect(releaseHints(['ДСП']).classification).toBe('official');
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

  it.each(Object.keys(documentLanguages))('reads back every marking the app prints in %s: classification, immediate release, embargo with its moment', (language) => {
    const strings = documentLanguages[language as keyof typeof documentLanguages];
    for (const [value, marking] of Object.entries(strings.classification)) expect(releaseHints([marking]).classification, marking).toBe(value);
    expect(releaseHints([strings.release.immediate])).toMatchObject({ immediate: true, lines: [strings.release.immediate] });
    const embargo = fillIn(strings.release.embargoedUntil, { until: upperCaseIn(formatDateTime('2026-12-01T10:30', language), language) });
    expect(releaseHints([embargo]), embargo).toMatchObject({ embargoed: true, embargoUntil: '2026-12-01T10:30' });
  });
});
