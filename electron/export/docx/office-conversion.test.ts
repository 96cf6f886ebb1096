import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { convertDocxToPdf, pdfText } from '../../../tests/support/pdf-tools';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from './briefing-docx';

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-office-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('DOCX in LibreOffice', () => {
  it('opens and converts the sample readout, keeping its text, numbering, table and page fields', async () => {
    const briefing = sampleBriefing('meeting-readout');
    briefing.fields.classification = 'restricted';
    briefing.fields.host = { name: 'Əli Əsədov', title: 'Baş nazir', organisation: 'Azərbaycan Respublikası' };
    const document = exportDocument(briefing, findBuiltInTemplate('meeting-readout'), defaultExportOptions, { now: sampleExportTime });
    const docx = join(folder, 'readout.docx');
    writeFileSync(docx, await briefingDocxBytes(document, 'A4'));
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    const text = pdfText(pdf, { layout: true });
    expect(text).toContain('Azərbaycan Respublikası');
    expect(text).toContain('FOR IMMEDIATE RELEASE');
    expect(text).toMatch(/Prime Minister Ali Asadov meets ITU\s+Secretary-General/u);
    const points = ['1. Prospects for cooperation', '2. Applying ITU expertise', '3. More Azerbaijani specialists', '4. Extending Azerbaijan'];
    const positions = points.map((point) => text.replace(/[ \t]+/gu, ' ').indexOf(point));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/Ali Asadov\s+Prime Minister\s+Republic of Azerbaijan\s+Host/u);
    // The PAGE and NUMPAGES fields, filled in by LibreOffice.
    expect(text).toMatch(/RESTRICTED · Page 1 of [12]/u);
  }, 120_000);
});
