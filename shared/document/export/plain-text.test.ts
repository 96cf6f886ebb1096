import { describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { exportDocument } from './export-document';
import { defaultExportOptions } from './export-options';
import { plainText } from './plain-text';

const textOf = (templateId: string) =>
  plainText(exportDocument(sampleBriefing(templateId), findBuiltInTemplate(templateId), { ...defaultExportOptions, draftMark: true }, { now: sampleExportTime }));

describe('plainText', () => {
  it('writes the readout for a wire service: header, title, dateline, numbered points, participants', () => {
    const text = textOf('meeting-readout');
    expect(text.startsWith('DRAFT\nRepublic of Azerbaijan\nFOR IMMEDIATE RELEASE\n\nPrime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin\n\nBaku, Azerbaijan — November 21, 2025\n\nOn November 21,')).toBe(true);
    expect(text).toContain('AGREED POINTS\n1. Prospects for cooperation in digital transformation, cybersecurity and e-government.\n2. Applying');
    expect(text).toContain('4. Extending Azerbaijan\'s membership of the ITU Council for the next term.');
    expect(text).toContain('PARTICIPANTS\nAli Asadov, Prime Minister, Republic of Azerbaijan, Host\n');
    expect(text).not.toMatch(/<[a-z]/u);
  });

  it('numbers nested points per level and restarts after a parent, and keeps link addresses', () => {
    expect(textOf('talking-points')).toContain('1. ICT development is a national priority.\n2. The Digital Development Concept');
    expect(textOf('talking-points')).toContain('\n   1. Broadband coverage has reached 100%.');
    expect(textOf('blank')).toContain('WTDC website <https://www.itu.int/wtdc>');
  });

  it('ends with the end mark and the contact block before it', () => {
    expect(textOf('press-release').endsWith('Media contact: Leyla Məmmədova\nContact phone: +994 12 555 01 02\nContact e-mail: press@example.gov.az\n\n###\n')).toBe(true);
  });
});
