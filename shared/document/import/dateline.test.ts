import { describe, expect, it } from 'vitest';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { parseDateline } from './dateline';
import { importedContent } from './imported-content';
import type { ImportedDocument } from './imported-document';

describe('datelines of Word drafts', () => {
  it.each([
    ['London, 18 November 2015', 'London', '2015-11-18'],
    ['Bakı, 18 may 2022', 'Bakı', '2022-05-18'],
    ['Bakı, Azərbaycan — 21 noyabr 2025-ci il', 'Bakı, Azərbaycan', '2025-11-21'],
    ['Баку, 21 ноября 2025 года', 'Баку', '2025-11-21'],
    ['Ankara, 30 Ağustos 2025', 'Ankara', '2025-08-30'],
    ['Baku, Azerbaijan — November 21, 2025', 'Baku, Azerbaijan', '2025-11-21'],
    ['BAKI, 6 FEVRAL 2024', 'BAKI', '2024-02-06'],
  ])('reads "%s"', (line, place, date) => {
    expect(parseDateline(line)).toEqual({ place, date });
  });

  it.each(['The sides agreed to meet again before 18 November 2015', 'Bakı, 31 fevral 2024', 'Agreed points', 'London, 18 Brumaire 2015'])('takes "%s" for no dateline', (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });
});

describe('a Word draft’s dateline and participants fill the details', () => {
  const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
  const draft: ImportedDocument = {
    fileName: 'readout.docx',
    title: 'Ceyhun Bayramov Ceyms Kleverli ilə görüşüb',
    intro: [paragraph('Bakı, 18 may 2022'), paragraph('Mayın 18-də Xarici işlər naziri Ceyhun Bayramov Böyük Britaniyanın Xarici işlər naziri ilə görüşüb.')],
    sections: [],
    participants: [
      { name: 'Ceyms Kleverli', title: 'Xarici işlər naziri', organisation: 'Böyük Britaniya', side: 'guest', role: '' },
      { name: 'Ceyhun Bayramov', title: 'Xarici işlər naziri', organisation: 'Azərbaycan Respublikası', side: 'host', role: '' },
    ],
    releaseHints: { lines: [] },
    language: 'az',
    dropped: [],
  };

  it('takes the date and place from the dateline, host and guest from the sides, and leaves the dateline out of the lede', () => {
    const template = findBuiltInTemplate('meeting-readout');
    if (!template) throw new Error('meeting readout template missing');
    const content = importedContent(draft, template, () => crypto.randomUUID());
    expect(content.fields).toMatchObject({
      meetingDate: '2022-05-18',
      location: 'Bakı',
      host: { name: 'Ceyhun Bayramov', title: 'Xarici işlər naziri', organisation: 'Azərbaycan Respublikası' },
      guest: { name: 'Ceyms Kleverli', organisation: 'Böyük Britaniya' },
    });
    const lede = content.body.find((section) => section.sectionId === 'lede');
    expect(lede?.children).toEqual([draft.intro[1]]);
  });
});
