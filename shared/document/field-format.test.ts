import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFieldValue, formatTime, formattingLocale, isIsoDate } from './field-format';
import type { FieldDefinition } from './template';

describe('field formatting per language', () => {
  it.each([
    ['en', 'November 21, 2025'],
    ['en-GB', '21 November 2025'],
    ['az', '21 noyabr 2025-ci il'],
    ['ru', '21 ноября 2025 года'],
    ['tr', '21 Kasım 2025'],
    ['ar', '21 نوفمبر 2025'],
  ])('writes 2025-11-21 in %s as "%s"', (language, expected) => {
    expect(formatDate('2025-11-21', language)).toBe(expected);
  });

  it('writes times and date-times the way each language does', () => {
    expect(formatTime('14:05', 'az')).toBe('14:05');
    expect(formatTime('14:05', 'en')).toBe('02:05 PM');
    expect(formatDateTime('2025-11-21T09:30', 'ru')).toBe('21 ноября 2025 года, 09:30');
    expect(formatDateTime('2025-11-21T09:30', 'az')).toBe('21 noyabr 2025-ci il, saat 09:30');
    expect(formatTime('14:05', 'tr')).toBe('14.05');
    expect(formatTime('14:05', 'en-GB')).toBe('14:05');
  });

  it('formats in English for a language tag the schema takes but Intl cannot use (found by tests/fuzz)', () => {
    expect(formattingLocale('az-Cyrl')).toBe('az-Cyrl');
    expect(formattingLocale('aa-00')).toBe('en');
    expect(formatDate('2025-11-21', 'aa-00')).toBe('November 21, 2025');
    expect(formatDateTime('2025-11-21T09:30', 'en-12')).toBe(formatDateTime('2025-11-21T09:30', 'en'));
  });

  it('keeps a date on its calendar day whatever the time zone', () => {
    expect(formatDate('2025-01-01', 'en')).toBe('January 1, 2025');
  });

  it('knows real dates from impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('21.11.2025')).toBe(false);
  });

  it('shows a person as title and name, and a choice by its label', () => {
    const person: FieldDefinition = { id: 'host', type: 'person', label: 'Host', required: true };
    expect(formatFieldValue(person, { name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan' }, 'en')).toBe(
      'Prime Minister Ali Asadov',
    );
    const release: FieldDefinition = {
      id: 'releaseLine',
      type: 'select',
      label: 'Release',
      required: true,
      options: [{ value: 'immediate', label: 'For immediate release' }],
    };
    expect(formatFieldValue(release, 'immediate', 'en')).toBe('For immediate release');
    expect(formatFieldValue(release, null, 'en')).toBe('');
  });
});
