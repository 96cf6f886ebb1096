import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { convertDocxToPdf, flowingText, pdfText } from '../../../tests/support/pdf-tools';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { reviewedSample } from '../../../tests/support/suggested-body';
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
});
