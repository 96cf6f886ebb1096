import { describe, expect, it } from 'vitest';
import type { SectionElement } from './briefing-body';
import { demoBriefingContent } from './demo-briefing';
import { draftLede } from './draft-lede';
import { resolveFieldReference } from './field-references';
import { briefingTemplateSchema } from './template';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { sectionPlainText } from './text-stats';

const readout = findBuiltInTemplate('meeting-readout');
if (!readout) throw new Error('meeting readout template missing');
const sample = demoBriefingContent(readout);

function draftedText(language: string): string {
  const paragraph = draftLede(readout!, language);
  if (!paragraph) throw new Error('no lede pattern');
  const section: SectionElement = { type: 'section', sectionId: 'lede', heading: '', guidance: '', required: true, locked: true, children: [paragraph] };
  return sectionPlainText(section, (reference) => resolveFieldReference(reference, readout, sample.fields, language).value);
}

describe('draftLede for the sample meeting', () => {
  it('writes the English lede with names and titles exactly as entered', () => {
    expect(draftedText('en')).toBe(
      'On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General of the ' +
        'International Telecommunication Union (ITU) Doreen Bogdan-Martin in Baku, Azerbaijan.',
    );
  });

  it('writes the date the British way for en-GB, falling back to the English pattern', () => {
    expect(draftedText('en-GB')).toMatch(/^On 21 November 2025, Prime Minister/);
  });

  it('writes the Azerbaijani lede with an Azerbaijani date', () => {
    expect(draftedText('az')).toBe(
      '21 noyabr 2025-ci il tarixində Prime Minister Ali Asadov (Republic of Azerbaijan) Secretary-General Doreen Bogdan-Martin ' +
        '(International Telecommunication Union (ITU)) ilə görüşüb. Görüşün yeri: Baku, Azerbaijan.',
    );
  });

  it('writes the Russian lede with a Russian date', () => {
    expect(draftedText('ru')).toMatch(/^21 ноября 2025 года состоялась встреча: Prime Minister Ali Asadov \(Republic of Azerbaijan\) и /);
  });

  it('uses field references, not copied text, for every field it names', () => {
    const paragraph = draftLede(readout, 'en');
    const references = paragraph?.children.filter((node) => 'type' in node) ?? [];
    expect(references.map((node) => ('fieldId' in node ? `${node.fieldId}${node.part ? `.${node.part}` : ''}` : ''))).toEqual([
      'meetingDate',
      'host.title',
      'host.organisation',
      'host.name',
      'guest.title',
      'guest.organisation',
      'guest.name',
      'location',
    ]);
  });

  it('rejects a template whose pattern names a field it does not have', () => {
    const broken = { ...readout, lede: { sectionId: 'lede', patterns: { en: 'On {meetingDay}, {host.age} spoke.' } } };
    const result = briefingTemplateSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('meetingDay');
  });
});
