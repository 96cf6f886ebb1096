import { describe, expect, it } from 'vitest';
import { statusChangeLabel } from './status-labels';
import { createTranslator } from './translator';

describe('a status change as History names it', () => {
  it('says the status in the interface language and keeps who and why as written', () => {
    expect(statusChangeLabel('In review — Leyla Məmmədova: the quote needs approval', createTranslator('az'))).toBe('Yoxlamada — Leyla Məmmədova: the quote needs approval');
    expect(statusChangeLabel('Approved — Ivan Petrov', createTranslator('ru'))).toBe('Утверждён — Ivan Petrov');
    expect(statusChangeLabel('Draft: the figures are wrong', createTranslator('tr'))).toBe('Taslak: the figures are wrong');
    expect(statusChangeLabel('Released', createTranslator('az'))).toBe('Yayımlanıb');
  });

  it('leaves any other name alone', () => {
    expect(statusChangeLabel('Approved by the minister', createTranslator('az'))).toBe('Approved by the minister');
    expect(statusChangeLabel('Nazirə göndərildi', createTranslator('az'))).toBe('Nazirə göndərildi');
  });
});
