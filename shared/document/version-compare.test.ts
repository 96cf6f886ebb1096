import { describe, expect, it } from 'vitest';
import type { BlockElement, BriefingBody } from './briefing-body';
import { demoBriefingContent } from './demo-briefing';
import { draftLede } from './draft-lede';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { blockText, compareFields, compareVersions, listMarkers, versionBlocks, type VersionContent } from './version-compare';

const readout = findBuiltInTemplate('meeting-readout')!;
const item = (text: string, indent = 0, listType: 'numbered' | 'bulleted' = 'numbered'): BlockElement => ({ type: 'list-item', listType, indent, children: [{ text }] });
const paragraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

function sample(): VersionContent {
  const content = demoBriefingContent(readout);
  return { title: content.title, body: content.body, fields: content.fields, language: content.language };
}

/** The sample readout with its lede drafted from the details: field references for the date, names and titles. */
function sampleWithDraftedLede(): VersionContent {
  const content = sample();
  const lede = draftLede(readout, content.language, content.fields)!;
  const body: BriefingBody = content.body.map((section) => (section.sectionId === 'lede' ? { ...section, children: [lede] } : section));
  return { ...content, body };
}

describe('versionBlocks', () => {
  it('shows field references with the values that version had, never their names', () => {
    const text = versionBlocks(sampleWithDraftedLede(), readout).map(blockText).join('\n');
    expect(text).toContain('On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General');
    expect(text).not.toMatch(/\[(host|guest|meetingDate)/);
  });

  it('numbers list items as the editor does, each level in its style, restarting after other blocks', () => {
    expect(listMarkers([item('a'), item('b'), item('c', 1), item('d', 1), item('e', 2), item('f'), paragraph('x'), item('g'), item('h', 0, 'bulleted'), item('i', 1, 'bulleted')])).toEqual([
      '1.', '2.', 'a.', 'b.', 'i.', '3.', undefined, '1.', '•', '◦',
    ]);
    const blocks = versionBlocks(sample(), readout);
    expect(blocks.filter((block) => block.listType === 'numbered').map((block) => block.marker)).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('keeps headings with their level and the title and section headings as their own blocks', () => {
    const content = sample();
    content.body = [{ ...content.body[0]!, children: [{ type: 'heading', level: 2, children: [{ text: 'Background' }] }, paragraph('Text')] }];
    const blocks = versionBlocks(content, readout);
    expect(blocks[0]).toMatchObject({ kind: 'title', runs: [{ text: content.title }] });
    expect(blocks.find((block) => block.kind === 'heading')).toMatchObject({ level: 2, runs: [{ text: 'Background' }] });
  });
});

describe('compareVersions', () => {
  it('finds nothing between a version and itself', () => {
    const blocks = versionBlocks(sample(), readout);
    const comparison = compareVersions(blocks, blocks);
    expect(comparison.changes).toBe(0);
    expect(comparison.blocks.every((block) => block.kind === 'same')).toBe(true);
  });

  it('marks changed words inside a block, a changed field value, an added item and a removed paragraph, each one change', () => {
    const before = sampleWithDraftedLede();
    const after = structuredClone(before);
    after.fields = { ...after.fields, meetingDate: '2025-11-22' };
    const points = after.body.find((section) => section.sectionId === 'agreed-points')!;
    points.children.push(item('A joint working group meets in spring.'));
    const occasion = after.body.find((section) => section.sectionId === 'occasion')!;
    occasion.children.pop();
    const comparison = compareVersions(versionBlocks(before, readout), versionBlocks(after, readout));
    expect(comparison.changes).toBe(3);
    const changed = comparison.blocks.find((block) => block.kind === 'changed');
    expect(changed && changed.kind === 'changed' && changed.parts.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.runs.map((piece) => piece.text).join('')])).toEqual([
      ['removed', '21'],
      ['added', '22'],
    ]);
    const added = comparison.blocks.find((block) => block.kind === 'added');
    expect(added?.block).toMatchObject({ kind: 'list-item', marker: '5.' });
    expect(comparison.blocks.find((block) => block.kind === 'removed')?.block.runs[0]?.text).toMatch(/^They noted the opening/);
  });

  it('keeps each side’s formatting in a changed block, and shows a block that only changed its form as out and in', () => {
    const before: VersionBlock[] = [{ kind: 'paragraph', runs: [{ text: 'The sides ' }, { text: 'agreed', marks: { bold: true } }, { text: ' today.' }] }];
    const after: VersionBlock[] = [{ kind: 'paragraph', runs: [{ text: 'The sides ' }, { text: 'agreed', marks: { bold: true } }, { text: ' yesterday.' }] }];
    const comparison = compareVersions(before, after);
    expect(comparison.changes).toBe(1);
    const block = comparison.blocks[0]!;
    expect(block.kind === 'changed' && block.parts[0]?.runs).toEqual([{ text: 'The sides ' }, { text: 'agreed', marks: { bold: true } }, { text: ' ' }]);
    const restyled = compareVersions(before, [{ ...before[0]!, kind: 'heading', level: 1 }]);
    expect(restyled.changes).toBe(1);
    expect(restyled.blocks.map((compared) => compared.kind)).toEqual(['removed', 'added']);
  });
});

type VersionBlock = Parameters<typeof compareVersions>[0][number];

describe('compareFields', () => {
  it('lists each changed detail with its old and new value as a reader sees them, in the template’s order', () => {
    const before = sample();
    const after = structuredClone(before);
    after.fields = {
      ...after.fields,
      meetingDate: '2025-11-22',
      classification: 'restricted',
      host: { name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Cabinet of Ministers' },
      source: null,
      meetingTime: '10:30',
    };
    expect(compareFields(before, after, readout)).toEqual([
      { fieldId: 'meetingDate', label: 'Meeting date', before: 'November 21, 2025', after: 'November 22, 2025' },
      { fieldId: 'meetingTime', label: 'Time', before: '', after: '10:30 AM' },
      { fieldId: 'host', label: 'Host', before: 'Ali Asadov, Prime Minister, Republic of Azerbaijan', after: 'Ali Asadov, Prime Minister, Cabinet of Ministers' },
      { fieldId: 'classification', label: 'Classification', before: 'Public', after: 'Restricted' },
      { fieldId: 'source', label: 'Source credited', before: 'Report (news agency)', after: '' },
    ]);
  });

  it('finds no change where a value only reads the same, and none between a version and itself', () => {
    const before = sample();
    expect(compareFields(before, before, readout)).toEqual([]);
    const after = structuredClone(before);
    after.fields = { ...after.fields, location: ' Baku, Azerbaijan ' };
    expect(compareFields(before, after, readout)).toEqual([]);
  });

  it('shows the values in each version’s language and keeps a field the template no longer has, by its id', () => {
    const before = sample();
    const after = { ...structuredClone(before), language: 'az' };
    after.fields = { ...after.fields, retired: 'Old note' };
    const changes = compareFields(before, after, readout);
    expect(changes.find((change) => change.fieldId === 'meetingDate')).toEqual({ fieldId: 'meetingDate', label: 'Meeting date', before: 'November 21, 2025', after: '21 noyabr 2025-ci il' });
    expect(changes.at(-1)).toEqual({ fieldId: 'retired', label: 'retired', before: '', after: 'Old note' });
  });
});
