import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { convertDocxToPdf, flowingText, pdfText } from '../../../tests/support/pdf-tools';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { reviewedSample, suggestBreakAndJoin, suggestFormatting } from '../../../tests/support/suggested-body';
import type { Briefing } from '../../../shared/document/briefing';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from './briefing-docx';

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-docx-review-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function reviewDocx(briefing: Briefing, review: boolean): Promise<Record<string, string>> {
  const document = exportDocument(briefing, findBuiltInTemplate(briefing.templateId), { ...defaultExportOptions, ...(review ? { review: true as const } : {}) }, { now: sampleExportTime });
  const bytes = await briefingDocxBytes(document, 'A4');
  writeFileSync(join(folder, review ? 'review.docx' : 'plain.docx'), bytes);
  return Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, strFromU8(data)]));
}

describe('DOCX with comments and suggested changes', () => {
  it('writes comments as Word comments with the reply threaded, and suggestions as w:ins and w:del with author and date', async () => {
    const parts = await reviewDocx(reviewedSample(), true);
    const body = parts['word/document.xml'] ?? '';
    expect(body).toMatch(/<w:commentRangeStart w:id="0"\/>.*The participants discussed.*<w:commentRangeEnd w:id="0"\/>.*<w:commentReference w:id="0"\/>/su);
    expect(body).toMatch(/<w:del w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z">.*?<w:delText[^>]*>World Telecommunication Development Conference<\/w:delText>/su);
    expect(body).toMatch(/<w:ins w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z">.*?<w:t[^>]*>WTDC<\/w:t>/su);
    const comments = parts['word/comments.xml'] ?? '';
    expect(comments).toContain('w:author="Leyla Məmmədova"');
    expect(comments).toContain('Name the topics in order.');
    expect(comments).toContain('w:author="Rəşad Quliyev"');
    expect(comments).toContain('Done.');
    expect(parts['word/commentsExtended.xml'] ?? '').toMatch(/w15:paraIdParent=/u);
  });

  it('without the option, the DOCX has the author’s text, no comment and no tracked change', async () => {
    const parts = await reviewDocx(reviewedSample(), false);
    const body = parts['word/document.xml'] ?? '';
    expect(body).toContain('World Telecommunication Development Conference');
    expect(body).not.toContain('WTDC<');
    expect(body).not.toMatch(/<w:(ins|del|commentRangeStart) /u);
    expect(parts['word/comments.xml']).toBeUndefined();
  });

  it('opens in LibreOffice with the annotations and tracked changes kept', async () => {
    await reviewDocx(reviewedSample(), true);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'odt', '--outdir', folder, join(folder, 'review.docx')], { stdio: 'ignore', timeout: 110_000 });
    const content = strFromU8(unzipSync(readFileSync(join(folder, 'review.odt')))['content.xml'] ?? new Uint8Array());
    expect(content).toMatch(/<text:tracked-changes/u);
    expect(content).toMatch(/<text:changed-region[^>]*>\s*<text:deletion>.*?Rəşad Quliyev.*?World Telecommunication Development Conference/su);
    expect(content).toMatch(/<text:insertion>.*?Rəşad Quliyev/su);
    expect(content).toMatch(/<office:annotation[^>]*>.*?Leyla Məmmədova.*?Name the topics in order\./su);
    expect(content).toContain('Done.');
    // As LibreOffice prints it: the tracked deletion and insertion both shown (page 1 kept as a PNG to look at).
    const [pdf = ''] = convertDocxToPdf([join(folder, 'review.docx')], folder);
    expect(flowingText(pdfText(pdf))).toMatch(/ITU World Telecommunication Development Conference\s*WTDC/u);
    const pictures = join('test-results', 'export');
    mkdirSync(pictures, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(pictures, 'review-docx-page')]);
  }, 120_000);

  it('writes suggested paragraph marks as Word’s tracked paragraph marks, which LibreOffice opens as tracked changes', async () => {
    const briefing = suggestBreakAndJoin(sampleBriefing('meeting-readout'));
    const parts = await reviewDocx(briefing, true);
    const body = parts['word/document.xml'] ?? '';
    // The mark of "The sides underlined …" inserted (a break), that of the first topic deleted (a join), in the paragraph mark's w:rPr.
    expect(body).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z"\/><\/w:rPr><\/w:pPr>(?:(?!<\/w:p>).)*The sides underlined/su);
    expect(body).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:del w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z"\/><\/w:rPr><\/w:pPr>(?:(?!<\/w:p>).)*development of the ICT sector/su);
    // Without the option: the author's text, two paragraphs as before and no tracked mark.
    const plain = (await reviewDocx(briefing, false))['word/document.xml'] ?? '';
    expect(plain).not.toMatch(/<w:(ins|del) /u);
    expect(plain).toContain('The sides underlined');
    writeFileSync(join(folder, 'breaks.docx'), Buffer.from(await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), { ...defaultExportOptions, review: true }, { now: sampleExportTime }), 'A4')));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'odt', '--outdir', folder, join(folder, 'breaks.docx')], { stdio: 'ignore', timeout: 110_000 });
    const content = strFromU8(unzipSync(readFileSync(join(folder, 'breaks.odt')))['content.xml'] ?? new Uint8Array());
    const regions = [...content.matchAll(/<text:changed-region[^>]*>\s*<text:(insertion|deletion)>.*?<dc:creator>(.*?)<\/dc:creator>/gsu)].map((match) => [match[1], match[2]]);
    expect(regions).toEqual([
      ['insertion', 'Rəşad Quliyev'],
      ['deletion', 'Rəşad Quliyev'],
    ]);
  }, 120_000);
  it('writes suggested block forms as Word’s tracked paragraph formatting (w:pPrChange), which LibreOffice opens as attribute changes', async () => {
    const briefing = withFormSuggestions();
    const parts = await reviewDocx(briefing, true);
    const body = parts['word/document.xml'] ?? '';
    // The occasion's paragraph made a heading: the heading style now, an empty (Normal) pPr before.
    expect(body).toMatch(/<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:pPr>).)*<w:pPrChange w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z"><w:pPr\/><\/w:pPrChange><\/w:pPr>(?:(?!<\/w:p>).)*The sides underlined/su);
    // The first topic taken out of its bulleted list: no numbering now, the list's style and numbering kept inside the change.
    expect(body).toMatch(/<w:pPr><w:pPrChange w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z"><w:pPr><w:pStyle w:val="ListBullet"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><\/w:pPrChange><\/w:pPr>(?:(?!<\/w:p>).)*development of the ICT sector/su);
    // Without the option the text is the author's: a paragraph and a list item, no change recorded.
    const plain = (await reviewDocx(briefing, false))['word/document.xml'] ?? '';
    expect(plain).not.toContain('w:pPrChange');
    expect(plain).not.toContain('w:val="Heading3"');
    writeFileSync(join(folder, 'forms.docx'), Buffer.from(await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), { ...defaultExportOptions, review: true }, { now: sampleExportTime }), 'A4')));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'odt', '--outdir', folder, join(folder, 'forms.docx')], { stdio: 'ignore', timeout: 110_000 });
    const content = strFromU8(unzipSync(readFileSync(join(folder, 'forms.odt')))['content.xml'] ?? new Uint8Array());
    // LibreOffice keeps a paragraph's tracked formatting as its "Paragraph formatting" change and writes it to ODT as
    // text:UnknownChange (it has no ODF element of its own); no insertion or deletion appears.
    const regions = [...content.matchAll(/<text:changed-region[^>]*>\s*<text:([A-Za-z-]+)>.*?<dc:creator>(.*?)<\/dc:creator>/gsu)].map((match) => [match[1], match[2]]);
    expect(regions).toEqual([
      ['UnknownChange', 'Rəşad Quliyev'],
      ['UnknownChange', 'Rəşad Quliyev'],
    ]);
    // The change sits in the paragraph it is about, which has the heading style the reviewer gave it.
    expect(content).toMatch(/<text:p text:style-name="Heading_20_3"><text:change-start [^>]*\/>The sides underlined/su);
    // And as a PDF the heading reads as the reviewer made it, with the text whole.
    const [pdf] = convertDocxToPdf([join(folder, 'forms.docx')], folder);
    expect(flowingText(pdfText(pdf ?? ''))).toContain('development of the ICT sector');
    mkdirSync('test-results/export', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf ?? '', 'test-results/export/review-docx-forms-page-1']);
  }, 180_000);

  it('writes suggested formatting of text as Word’s tracked run formatting (w:rPrChange), which LibreOffice opens as attribute changes', async () => {
    const briefing = withMarkSuggestions();
    const parts = await reviewDocx(briefing, true);
    const body = parts['word/document.xml'] ?? '';
    // "participants" bold now, with no run properties before; "ICT sector" italic now, plain before.
    expect(body).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><w:rPrChange w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z"><w:rPr\/><\/w:rPrChange><\/w:rPr><w:t[^>]*>participants<\/w:t><\/w:r>/su);
    expect(body).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><w:rPrChange w:id="\d+" w:author="Rəşad Quliyev" w:date="2025-11-21T10:00:00Z"><w:rPr\/><\/w:rPrChange><\/w:rPr><w:t[^>]*>ICT sector<\/w:t><\/w:r>/su);
    // Without the option the text is the author's: plain, no change recorded.
    const plain = (await reviewDocx(briefing, false))['word/document.xml'] ?? '';
    expect(plain).not.toContain('w:rPrChange');
    expect(plain).not.toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>participants/su);
    writeFileSync(join(folder, 'marks.docx'), Buffer.from(await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), { ...defaultExportOptions, review: true }, { now: sampleExportTime }), 'A4')));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'odt', '--outdir', folder, join(folder, 'marks.docx')], { stdio: 'ignore', timeout: 110_000 });
    const content = strFromU8(unzipSync(readFileSync(join(folder, 'marks.odt')))['content.xml'] ?? new Uint8Array());
    // LibreOffice keeps each as its "Attributes" change: a format change by the reviewer, and no insertion or deletion.
    const regions = [...content.matchAll(/<text:changed-region[^>]*>\s*<text:([A-Za-z-]+)>.*?<dc:creator>(.*?)<\/dc:creator>/gsu)].map((match) => [match[1], match[2]]);
    expect(regions).toEqual([
      ['format-change', 'Rəşad Quliyev'],
      ['format-change', 'Rəşad Quliyev'],
    ]);
    const [pdf] = convertDocxToPdf([join(folder, 'marks.docx')], folder);
    expect(flowingText(pdfText(pdf ?? ''))).toContain('The participants discussed');
    mkdirSync('test-results/export', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf ?? '', 'test-results/export/review-docx-marks-page-1']);
  }, 180_000);
});

/** The sample readout with "participants" suggested bold and "ICT sector" suggested italic by a reviewer. */
export function withMarkSuggestions(): Briefing {
  const briefing = sampleBriefing('meeting-readout');
  const bold = suggestFormatting(briefing.body, 'participants', 'bold', 'Rəşad Quliyev');
  return { ...briefing, body: suggestFormatting(bold, 'ICT sector', 'italic', 'Rəşad Quliyev') };
}

/** The sample readout with the occasion's first paragraph suggested as a subheading and the first topic taken out of its list. */
function withFormSuggestions(): Briefing {
  const briefing = sampleBriefing('meeting-readout');
  const mark = { id: 'f1', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z' };
  for (const section of briefing.body) {
    const index = section.children.findIndex((block) => block.type === 'paragraph');
    const first = section.children[index];
    if (section.sectionId === 'occasion' && first?.type === 'paragraph') section.children[index] = { type: 'heading', level: 3, formSuggestion: { ...mark, from: { type: 'paragraph' } }, children: first.children };
    const itemIndex = section.children.findIndex((block) => block.type === 'list-item');
    const item = section.children[itemIndex];
    if (section.sectionId === 'topics-discussed' && item?.type === 'list-item') {
      section.children[itemIndex] = { type: 'paragraph', formSuggestion: { ...mark, id: 'f2', from: { type: 'list-item', listType: item.listType, indent: item.indent } }, children: item.children };
    }
  }
  return briefing;
}

