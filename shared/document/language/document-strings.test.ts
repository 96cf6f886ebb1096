import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates/built-in-templates';
import { builtInSectionStrings, documentLanguages, documentStrings, sectionLabels } from './document-language';
import { lowerCaseIn, upperCaseIn } from './text-case';

/** Every string of a language, with its path: `participants.columns.name` → "Name". */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, value]];
}

const languages = Object.keys(documentLanguages) as (keyof typeof documentLanguages)[];
const englishPaths = leaves(documentLanguages.en).map(([path]) => path);

describe('document strings', () => {
  it.each(languages)('%s has every string English has, and no other', (language) => {
    expect(leaves(documentLanguages[language]).map(([path]) => path)).toEqual(englishPaths);
  });

  it.each(languages)('%s leaves no string empty (but the untitled body’s heading)', (language) => {
    const empty = leaves(documentLanguages[language]).filter(([path, value]) => typeof value !== 'string' || (value.trim() === '' && path !== 'templates.blank.body.heading'));
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s heads and guides every section of every built-in template', (language) => {
    for (const template of builtInTemplates) {
      for (const section of template.sections) expect(builtInSectionStrings(template.id, section.id, language), `${template.id}/${section.id}`).toBeDefined();
    }
  });

  it('keeps English the same as the templates themselves', () => {
    for (const template of builtInTemplates) {
      for (const section of template.sections) {
        expect(builtInSectionStrings(template.id, section.id, 'en')).toEqual({ heading: section.heading, guidance: section.guidance });
      }
    }
  });

  it('keeps "Page X of Y" slots and the embargo moment in every language', () => {
    for (const language of languages) {
      expect(documentLanguages[language].pageOf).toMatch(/\{page\}.*\{pages\}/u);
      expect(documentLanguages[language].release.embargoedUntil).toContain('{until}');
    }
  });

  it('finds a language by its base tag and falls back to English', () => {
    expect(documentStrings('az-Latn-AZ').participants.heading).toBe('İştirakçılar');
    expect(documentStrings('fr').participants.heading).toBe('Participants');
  });
});

describe('section headings follow the briefing’s language', () => {
  const occasion = { sectionId: 'occasion', heading: 'Occasion', guidance: 'Why the meeting took place and why it matters.' };

  it('re-labels an untouched heading and its guidance', () => {
    expect(sectionLabels(occasion, 'meeting-readout', 'az')).toEqual({ heading: 'Görüşün səbəbi', guidance: 'Görüşün nə münasibətlə keçirildiyi və əhəmiyyəti.', headingLanguage: 'az' });
    expect(sectionLabels({ ...occasion, heading: 'Görüşün səbəbi' }, 'meeting-readout', 'ru').heading).toBe('Повод встречи');
  });

  it('keeps a renamed heading, in the language it was written in', () => {
    expect(sectionLabels({ ...occasion, renamed: true }, 'meeting-readout', 'az')).toMatchObject({ heading: 'Occasion', headingLanguage: 'en' });
    expect(sectionLabels({ ...occasion, heading: 'Why we met' }, 'meeting-readout', 'az')).toMatchObject({ heading: 'Why we met', headingLanguage: 'az' });
  });

  it('leaves the sections of a person’s own template as written', () => {
    expect(sectionLabels(occasion, 'my-template', 'az').heading).toBe('Occasion');
  });
});

describe('case by the text’s own language', () => {
  it('upper-cases Azerbaijani and Turkish with dotted and dotless i, English without', () => {
    expect(upperCaseIn('İştirakçılar', 'az')).toBe('İŞTİRAKÇILAR');
    expect(upperCaseIn('Görüşülen konular', 'tr')).toBe('GÖRÜŞÜLEN KONULAR');
    expect(upperCaseIn('Agreed points', 'en')).toBe('AGREED POINTS');
    expect(upperCaseIn('milli', 'az')).toBe('MİLLİ');
    expect(lowerCaseIn('İŞTİRAKÇILAR', 'az')).toBe('iştirakçılar');
    expect(lowerCaseIn('ISTANBUL', 'en')).toBe('istanbul');
  });
});
