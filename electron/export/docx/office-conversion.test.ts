import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('shows the organisation’s logo at the head of the first page, as the PDF export does', async () => {
    const briefing = sampleBriefing('meeting-readout');
    // The app's own icon as the logo: a real PNG from the repository.
    const logo = { mediaType: 'image/png' as const, base64: readFileSync(join(import.meta.dirname, '../../../build/icon.png')).toString('base64') };
    const issuer = { organisationName: 'Ministry of Digital Development', logo, mediaContact: '', margins: { top: 20, right: 20, bottom: 20, left: 20 } };
    const document = exportDocument(briefing, findBuiltInTemplate('meeting-readout'), defaultExportOptions, { now: sampleExportTime, issuer });
    const docx = join(folder, 'logo.docx');
    writeFileSync(docx, await briefingDocxBytes(document, 'A4'));
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    // One picture, on page 1, above the organisation's name.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    // (Its transparency is a soft mask beside it.)
    expect(images.map((line) => line.trim().split(/\s+/u)).filter((columns) => columns[2] === 'image').map((columns) => columns[0])).toEqual(['1']);
    expect(pdfText(pdf).indexOf('Ministry of Digital Development')).toBeLessThan(pdfText(pdf).indexOf('Prime Minister Ali Asadov meets'));
    // Page 1 as LibreOffice draws it, to look at.
    const out = join(import.meta.dirname, '../../../test-results/export');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'docx-logo-page-1')]);
  }, 120_000);

  it('shows an SVG logo, drawn at print resolution, at the head of the first page', async () => {
    const briefing = sampleBriefing('meeting-readout');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect x="2" y="2" width="396" height="96" rx="12" fill="#1f3864"/><circle cx="50" cy="50" r="32" fill="#f2c230"/><path d="M110 70 L150 30 L190 70 Z" fill="#ffffff"/><rect x="210" y="40" width="170" height="20" fill="#9c1c1c"/></svg>';
    const logo = { mediaType: 'image/svg+xml' as const, base64: Buffer.from(svg).toString('base64') };
    const issuer = { organisationName: 'Ministry of Digital Development', logo, mediaContact: '', margins: { top: 20, right: 20, bottom: 20, left: 20 } };
    const document = exportDocument(briefing, findBuiltInTemplate('meeting-readout'), defaultExportOptions, { now: sampleExportTime, issuer });
    const docx = join(folder, 'svg-logo.docx');
    writeFileSync(docx, await briefingDocxBytes(document, 'A4'));
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    // One picture on page 1, with the pixels drawn for print (709 × 178), above the organisation's name.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    const pictures = images.map((line) => line.trim().split(/\s+/u)).filter((columns) => columns[2] === 'image');
    expect(pictures.map((columns) => [columns[0], columns[3], columns[4]])).toEqual([['1', '709', '178']]);
    expect(pdfText(pdf).indexOf('Ministry of Digital Development')).toBeLessThan(pdfText(pdf).indexOf('Prime Minister Ali Asadov meets'));
    const out = join(import.meta.dirname, '../../../test-results/export');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'docx-svg-logo-page-1')]);
  }, 120_000);
});
