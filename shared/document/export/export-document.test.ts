import { describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import type { Briefing } from '../briefing';
import type { BlockElement } from '../briefing-body';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { exportDocument } from './export-document';
import { defaultExportOptions } from './export-options';

const readout = findBuiltInTemplate('meeting-readout');
const pressRelease = findBuiltInTemplate('press-release');

function withBody(briefing: Briefing, sectionId: string, children: BlockElement[]): Briefing {
  return { ...briefing, body: briefing.body.map((section) => (section.sectionId === sectionId ? { ...section, children } : section)) };
}

describe('exportDocument', () => {
  it('builds the header block from the release and classification fields', () => {
    const briefing = sampleBriefing('meeting-readout');
    const document = exportDocument({ ...briefing, fields: { ...briefing.fields, classification: 'restricted' } }, readout, defaultExportOptions, { now: sampleExportTime });
    expect(document.header).toEqual({
      organisation: 'Republic of Azerbaijan',
      releaseLine: 'FOR IMMEDIATE RELEASE',
      embargo: '',
      classification: 'RESTRICTED',
      dateline: 'Baku, Azerbaijan — November 21, 2025',
      subtitle: '',
    });
    // Public documents carry no marking.
    expect(exportDocument(briefing, readout, defaultExportOptions, { now: sampleExportTime }).header.classification).toBe('');
  });

  it('writes an embargo with its moment in the briefing language', () => {
    const document = exportDocument(sampleBriefing('press-release'), pressRelease, defaultExportOptions, { now: sampleExportTime });
    expect(document.header.releaseLine).toBe('EMBARGOED UNTIL NOVEMBER 21, 2025 AT 06:00 PM');
    expect(document.header.embargo).toBe('EMBARGOED UNTIL NOVEMBER 21, 2025 AT 06:00 PM');
    expect(document.header.dateline).toBe('Baku — November 21, 2025');
    expect(document.contact).toEqual(['Media contact: Leyla Məmmədova', 'Contact phone: +994 12 555 01 02', 'Contact e-mail: press@example.gov.az']);
  });

  it('marks the embargo for the running header only while it holds at the time of the export', () => {
    // The sample's embargo: 21 November 2025, 18:00 on this computer's clock.
    const at = (hours: number, minutes: number) => exportDocument(sampleBriefing('press-release'), pressRelease, defaultExportOptions, { now: new Date(2025, 10, 21, hours, minutes) }).header;
    expect(at(17, 59)).toMatchObject({ embargo: 'EMBARGOED UNTIL NOVEMBER 21, 2025 AT 06:00 PM', releaseLine: 'EMBARGOED UNTIL NOVEMBER 21, 2025 AT 06:00 PM' });
    // From that minute on it is released: no embargo on the pages, and the masthead says what is true now.
    expect(at(18, 0)).toMatchObject({ embargo: '', releaseLine: 'FOR IMMEDIATE RELEASE' });
    expect(at(23, 0)).toMatchObject({ embargo: '', releaseLine: 'FOR IMMEDIATE RELEASE' });
  });

  it('keeps an embargo whose end cannot be told: no time, or one that cannot be read', () => {
    const briefing = sampleBriefing('press-release');
    const header = (embargoUntil: string) =>
      exportDocument({ ...briefing, fields: { ...briefing.fields, embargoUntil } }, pressRelease, defaultExportOptions, { now: new Date(2030, 0, 1) }).header;
    expect(header('')).toMatchObject({ embargo: 'EMBARGOED', releaseLine: 'EMBARGOED' });
    expect(header('until further notice')).toMatchObject({ embargo: 'EMBARGOED UNTIL UNTIL FURTHER NOTICE' });
    // An embargo time left over after switching to immediate release is no embargo.
    const immediate = { ...briefing, fields: { ...briefing.fields, releaseLine: 'immediate' } };
    expect(exportDocument(immediate, pressRelease, defaultExportOptions, { now: sampleExportTime }).header).toMatchObject({ embargo: '', releaseLine: 'FOR IMMEDIATE RELEASE' });
  });

  it('resolves field references with the same formatting as the editor', () => {
    const document = exportDocument(sampleBriefing('press-release'), pressRelease, defaultExportOptions, { now: sampleExportTime });
    const opening = document.sections[0]?.blocks[0];
    expect(opening?.type === 'paragraph' && opening.runs.map((run) => run.text).join('')).toBe(
      'On November 21, 2025, Prime Minister Ali Asadov met with ITU Secretary-General Doreen Bogdan-Martin in Baku.',
    );
  });

  it('groups consecutive list items into one list per run, so each list numbers from 1', () => {
    const briefing = withBody(sampleBriefing('meeting-readout'), 'agreed-points', [
      { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'one' }] },
      { type: 'list-item', listType: 'numbered', indent: 1, children: [{ text: 'one.a' }] },
      { type: 'paragraph', children: [{ text: 'between' }] },
      { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'again one' }] },
      { type: 'list-item', listType: 'bulleted', indent: 0, children: [{ text: 'bullet' }] },
    ]);
    const section = exportDocument(briefing, readout, defaultExportOptions, { now: sampleExportTime }).sections.find((candidate) => candidate.sectionId === 'agreed-points');
    expect(section?.blocks.map((block) => (block.type === 'list' ? `${block.listType}:${block.items.length}` : block.type))).toEqual([
      'numbered:2',
      'paragraph',
      'numbered:1',
      'bulleted:1',
    ]);
  });

  it('drops empty optional sections and placeholders, omits the lede heading, and keeps marks and links', () => {
    let briefing = withBody(sampleBriefing('meeting-readout'), 'follow-up', [{ type: 'paragraph', children: [{ text: '' }] }]);
    briefing = withBody(briefing, 'occasion', [
      { type: 'paragraph', children: [{ text: 'See ' }, { type: 'link', url: 'https://www.itu.int', children: [{ text: 'ITU', bold: true }] }] },
    ]);
    const document = exportDocument(briefing, readout, defaultExportOptions, { now: sampleExportTime });
    expect(document.sections.map((section) => [section.sectionId, section.heading])).toEqual([
      ['lede', null],
      ['occasion', 'Occasion'],
      ['topics-discussed', 'Topics discussed'],
      ['key-messages', 'Key messages'],
      ['agreed-points', 'Agreed points'],
    ]);
    const occasion = document.sections[1]?.blocks[0];
    expect(occasion?.type === 'paragraph' && occasion.runs[1]).toEqual({ text: 'ITU', marks: new Set(['bold']), url: 'https://www.itu.int' });
  });

  it('prints the template end mark last, and the participants table only when asked', () => {
    const document = exportDocument(sampleBriefing('press-release'), pressRelease, defaultExportOptions, { now: sampleExportTime });
    expect(document.sections.at(-1)).toMatchObject({ endMark: true, heading: null, blocks: [{ type: 'paragraph', runs: [{ text: '###' }] }] });
    const readoutDocument = exportDocument(sampleBriefing('meeting-readout'), readout, defaultExportOptions, { now: sampleExportTime });
    expect(readoutDocument.participants?.rows[1]).toEqual(['Doreen Bogdan-Martin', 'Secretary-General', 'International Telecommunication Union', 'Guest']);
    expect(exportDocument(sampleBriefing('meeting-readout'), readout, { ...defaultExportOptions, includeParticipants: false }, { now: sampleExportTime }).participants).toBeNull();
  });

  it('exports a briefing whose template was deleted, with references left out rather than failing', () => {
    const document = exportDocument(sampleBriefing('press-release'), undefined, defaultExportOptions, { now: sampleExportTime });
    const opening = document.sections[0]?.blocks[0];
    expect(opening?.type === 'paragraph' && opening.runs.map((run) => run.text).join('')).toBe(
      'On , Prime Minister Ali Asadov met with ITU Secretary-General Doreen Bogdan-Martin in .',
    );
  });
});
