import { describe, expect, it } from 'vitest';
import { directionOfLanguage, isRightToLeft } from './text-direction';

describe('directionOfLanguage', () => {
  it('is right to left for Arabic, Persian, Hebrew and Urdu, with or without a region', () => {
    for (const tag of ['ar', 'ar-AE', 'ar-SA', 'AR', 'fa', 'fa-IR', 'he', 'he-IL', 'iw', 'ur', 'ur-PK', 'ps', 'ckb', 'yi']) {
      expect(directionOfLanguage(tag), tag).toBe('rtl');
    }
  });

  it('follows the script subtag when there is one', () => {
    expect(directionOfLanguage('az-Arab')).toBe('rtl');
    expect(directionOfLanguage('az-Arab-IR')).toBe('rtl');
    expect(directionOfLanguage('ku-Arab')).toBe('rtl');
    expect(directionOfLanguage('pa-Arab')).toBe('rtl');
    expect(directionOfLanguage('ar-Latn')).toBe('ltr');
    expect(directionOfLanguage('az_Latn')).toBe('ltr');
  });

  it('is left to right for the office\'s other languages and for anything unknown', () => {
    for (const tag of ['en', 'en-GB', 'az', 'az-Latn-AZ', 'ru', 'tr', 'ka', 'zh-Hant', '', '  ', 'x-unknown', 'arab']) {
      expect(directionOfLanguage(tag), tag).toBe('ltr');
    }
    expect(isRightToLeft('ar')).toBe(true);
    expect(isRightToLeft('en')).toBe(false);
  });
});
