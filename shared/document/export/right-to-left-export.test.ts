import { describe, expect, it } from 'vitest';
import { arabicBriefing } from '../../../tests/fixtures/export/arabic-briefing';
import { sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { exportDocument } from './export-document';
import { defaultExportOptions } from './export-options';
import { pdfPageSetup } from './pdf-page-setup';
import { plainText } from './plain-text';
import { printHtml } from './print-html';
import { semanticHtml } from './semantic-html';

const options = { ...defaultExportOptions, includeParticipants: true };
const document = () => exportDocument(arabicBriefing(), findBuiltInTemplate('meeting-readout'), options, { now: sampleExportTime });

describe('an Arabic briefing', () => {
  it('prints right to left (golden file: `npx vitest run -u` to accept a reviewed change)', async () => {
    const html = printHtml(document(), 'A4', '/* bundled fonts */');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // Lists indent and quotes rule on the right; Latin words keep their order inside the Arabic.
    expect(html).toMatch(/blockquote \{[^}]*border-right: 2pt solid/u);
    expect(html).toContain('(<bdi>OIC</bdi>)');
    expect(html).toContain('<td><bdi>Elnur Məmmədov</bdi></td>');
    await expect(html).toMatchFileSnapshot('./__golden__/meeting-readout.ar.print.html');
  });

  it('prints its running header and footer itself, mirrored, in its own fonts', () => {
    const setup = pdfPageSetup(document(), options);
    expect(setup.headerTemplate).toBe('<span></span>');
    expect(setup.footerTemplate).toBe('<span></span>');
    const html = printHtml(document(), 'A4', '');
    expect(html).toMatch(/@top-right \{ content: "سلطنة عُمان"; font-family: "Noto Sans", "Noto Sans Arabic"/u);
    // "صفحة 1 من 2": the briefing's own words around the page counters.
    expect(html).toContain('@bottom-left { content: "صفحة " counter(page) " من " counter(pages);');
  });

  it('is semantic HTML with its language and direction on the article too, for a fragment pasted elsewhere', () => {
    const page = semanticHtml(document());
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(semanticHtml(document(), { fragment: true })).toMatch(/^<article lang="ar" dir="rtl">/u);
    expect(page).toContain('شركة <bdi>SOCAR</bdi> في');
  });

  it('is plain text in logical order, with no direction marks a wire service would pass on', () => {
    const text = plainText(document());
    expect(text).toContain('التقى وزير خارجية جمهورية أذربيجان جيهون بايراموف في مسقط يوم ');
    expect(text).toContain('شركة SOCAR في مشاريع الطاقة');
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('leaves a left-to-right briefing\'s HTML without dir or isolates', () => {
    const english = exportDocument({ ...arabicBriefing(), language: 'en' }, findBuiltInTemplate('meeting-readout'), options, { now: sampleExportTime });
    expect(printHtml(english, 'A4', '')).toContain('<html lang="en">');
    expect(printHtml(english, 'A4', '')).not.toContain('<bdi>');
    expect(pdfPageSetup(english, options).headerTemplate).toContain('<span>');
    expect(printHtml(english, 'A4', '')).not.toContain('@top-right');
  });
});

describe('the running header of a right-to-left document', () => {
  it('keeps what the person typed inside its CSS strings', () => {
    const briefing = { ...arabicBriefing(), title: 'عنوان "</style><script>alert(1)</script>\\' };
    const html = printHtml(exportDocument(briefing, findBuiltInTemplate('meeting-readout'), options, { now: sampleExportTime }), 'A4', '');
    expect(html).toContain('@bottom-right { content: "عنوان \\"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\\\";');
    expect(html).not.toContain('<script');
    expect(html.match(/<\/style>/gu)).toHaveLength(1);
  });
});
