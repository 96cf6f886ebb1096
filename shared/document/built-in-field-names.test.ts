import { describe, expect, it } from 'vitest';
import { builtInPropertyNames, objectPrototypeNames } from '../../tests/support/built-in-names';
import { sampleBriefing, sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import type { Briefing } from './briefing';
import type { SectionElement } from './briefing-body';
import { exportDocument } from './export/export-document';
import { defaultExportOptions } from './export/export-options';
import { plainText } from './export/plain-text';
import { resolveFieldReference } from './field-references';
import { fieldValueOf, unknownFieldReference } from './own-fields';
import type { BriefingTemplate } from './template';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { validateBriefing } from './validate-briefing';

const readout = findBuiltInTemplate('meeting-readout') as BriefingTemplate;

/** The sample readout with a reference to `fieldId` at the start of its first section. */
function withReference(fieldId: string): Briefing {
  const briefing = sampleBriefing('meeting-readout');
  const [first, ...rest] = briefing.body;
  const section = first as SectionElement;
  const [block, ...blocks] = section.children;
  if (!block || !('children' in block)) throw new Error('the sample readout starts with no text block');
  const poisoned = { ...block, children: [{ type: 'field-ref', fieldId, children: [{ text: '' }] }, ...block.children] } as typeof block;
  return { ...briefing, body: [{ ...section, children: [poisoned, ...blocks] }, ...rest] };
}

describe('field ids named after JavaScript built-ins', () => {
  it('has names to try: constructor, toString, hasOwnProperty, map, length …', () => {
    expect(objectPrototypeNames).toEqual(expect.arrayContaining(['constructor', 'toString', 'hasOwnProperty', 'valueOf']));
    expect(builtInPropertyNames).toEqual(expect.arrayContaining(['constructor', 'map', 'length', 'call', 'apply', 'bind']));
  });

  const notInReadout = builtInPropertyNames.filter((name) => !readout.fields.some((field) => field.id === name));
  it.each(notInReadout)('a reference to “%s”, a field the template lacks, is an empty reference, not a crash', (name) => {
    const briefing = withReference(name);
    const issues = validateBriefing(briefing, readout, sampleExportTime);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'empty-reference', fieldId: name }));
    expect(resolveFieldReference({ type: 'field-ref', fieldId: name, children: [{ text: '' }] }, readout, briefing.fields, 'en')).toEqual({ label: name, value: '' });
    const text = plainText(exportDocument(briefing, readout, defaultExportOptions, { now: sampleExportTime }));
    expect(text).toContain('Prime Minister Ali Asadov meets ITU');
  });

  it.each(objectPrototypeNames)('a template field named “%s” that is not filled in is missing, not a function', (name) => {
    const template: BriefingTemplate = { ...readout, fields: [...readout.fields, { id: name, label: 'Odd field', type: 'text', required: true }] };
    const briefing = withReference(name);
    expect(fieldValueOf(briefing.fields, name)).toBeUndefined();
    expect(validateBriefing(briefing, template, sampleExportTime)).toContainEqual(expect.objectContaining({ kind: 'missing', fieldId: name, message: 'Odd field is required.' }));
    expect(resolveFieldReference({ type: 'field-ref', fieldId: name, children: [{ text: '' }] }, template, briefing.fields, 'en')).toEqual({ label: 'Odd field', value: '' });
    expect(plainText(exportDocument(briefing, template, defaultExportOptions, { now: sampleExportTime }))).toContain('Prime Minister Ali Asadov meets ITU');
  });

  it('finds a reference to a field the template does not define, at any depth', () => {
    const ids = new Set(readout.fields.map((field) => field.id));
    expect(unknownFieldReference(sampleBriefing('meeting-readout').body, ids)).toBeUndefined();
    expect(unknownFieldReference(withReference('constructor').body, ids)).toBe('constructor');
  });
});
