import { describe, expect, it } from 'vitest';
import { sampleBriefing, sampleTemplateIds, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { exportDocument } from './export-document';
import { defaultExportOptions } from './export-options';
import { pageMargins, pdfPageSetup } from './pdf-page-setup';
import { printHtml } from './print-html';

const fontsPlaceholder = '/* bundled fonts */';

describe('printHtml', () => {
  // Golden files: a change to the print layout shows up as a reviewable diff (`npx vitest run -u` to accept it).
  it.each(sampleTemplateIds)('renders the sample briefing in the %s template', async (templateId) => {
    const document = exportDocument(sampleBriefing(templateId), findBuiltInTemplate(templateId), defaultExportOptions, { now: sampleExportTime });
    await expect(printHtml(document, 'A4', fontsPlaceholder)).toMatchFileSnapshot(`./__golden__/${templateId}.print.html`);
  });

  it('is standalone: fonts inline, nothing to fetch, scripts refused', () => {
    const document = exportDocument(sampleBriefing('blank'), findBuiltInTemplate('blank'), defaultExportOptions, { now: sampleExportTime });
    const html = printHtml(document, 'Letter', '@font-face { font-family: "Noto Serif"; src: url(data:font/woff2;base64,AAAA) }');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`);
    expect(html).toContain('src: url(data:font/woff2;base64,AAAA)');
    expect(html).toContain('@page { size: Letter; }');
    expect(html).not.toMatch(/<script|<link|@import/iu);
  });

  it('escapes what the person typed', () => {
    const briefing = sampleBriefing('blank');
    const document = exportDocument({ ...briefing, title: '<img src=x onerror=alert(1)> & "quotes"' }, findBuiltInTemplate('blank'), defaultExportOptions, { now: sampleExportTime });
    const html = printHtml(document, 'A4', '');
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</h1>');
    expect(html).not.toContain('<img');
  });

  it('shows the DRAFT mark only when asked', () => {
    const template = findBuiltInTemplate('meeting-readout');
    const briefing = sampleBriefing('meeting-readout');
    expect(printHtml(exportDocument(briefing, template, { ...defaultExportOptions, draftMark: true }, { now: sampleExportTime }), 'A4', '')).toContain('class="draft-mark"');
    expect(printHtml(exportDocument(briefing, template, defaultExportOptions, { now: sampleExportTime }), 'A4', '')).not.toContain('class="draft-mark"');
  });
});

describe('pdfPageSetup', () => {
  it('puts the classification and page numbers on every page, and DRAFT when asked', () => {
    const briefing = sampleBriefing('meeting-readout');
    const document = exportDocument(
      { ...briefing, fields: { ...briefing.fields, classification: 'official' } },
      findBuiltInTemplate('meeting-readout'),
      { ...defaultExportOptions, draftMark: true, pageSize: 'Letter' },
     { now: sampleExportTime },);
    const setup = pdfPageSetup(document, { ...defaultExportOptions, draftMark: true, pageSize: 'Letter' });
    expect(setup.pageSize).toBe('Letter');
    expect(setup.headerTemplate).toContain('DRAFT · OFFICIAL');
    expect(setup.footerTemplate).toContain("OFFICIAL · <span style='white-space: nowrap;'>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span>");
  });
  it('heads every page with the embargo while it holds, and not once it has passed', () => {
    const briefing = sampleBriefing('press-release');
    const template = findBuiltInTemplate('press-release');
    const issuer = { organisationName: 'Ministry of Digital Development', logo: null, mediaContact: '', margins: pageMargins };
    const setupAt = (now: Date) => pdfPageSetup(exportDocument(briefing, template, defaultExportOptions, { now, issuer }), defaultExportOptions);
    const before = setupAt(new Date(2025, 10, 21, 17, 59));
    expect(before.headerTemplate).toContain('EMBARGOED UNTIL NOVEMBER 21, 2025 AT 06:00 PM');
    // The organisation still heads the page beside it.
    expect(before.headerTemplate).toContain('Ministry of Digital Development');
    expect(setupAt(new Date(2025, 10, 21, 18, 0)).headerTemplate).not.toContain('EMBARGOED');
  });
});
