import { describe, expect, it } from 'vitest';
import { spellcheckSettings } from './spellcheck-settings';

const windowsLanguages = ['en-US', 'en-GB', 'ru-RU', 'az-Latn-AZ', 'tr-TR'];

describe('spellcheckSettings', () => {
  it("uses the Windows spellchecker in the briefing's language when Windows has it", () => {
    expect(spellcheckSettings('win32', 'az', windowsLanguages)).toEqual({ enabled: true, languages: ['az-Latn-AZ'] });
    expect(spellcheckSettings('win32', 'ru', windowsLanguages)).toEqual({ enabled: true, languages: ['ru-RU'] });
    expect(spellcheckSettings('win32', 'en-GB', windowsLanguages)).toEqual({ enabled: true, languages: ['en-GB'] });
  });

  it('turns spelling off rather than checking in the wrong language', () => {
    expect(spellcheckSettings('win32', 'ka', windowsLanguages)).toEqual({ enabled: false, languages: [] });
  });

  it('leaves the language to macOS', () => {
    expect(spellcheckSettings('darwin', 'az', [])).toEqual({ enabled: true, languages: [] });
  });

  it('never uses downloaded Hunspell dictionaries on Linux', () => {
    expect(spellcheckSettings('linux', 'en', ['en-US', 'ru'])).toEqual({ enabled: false, languages: [] });
  });
});
