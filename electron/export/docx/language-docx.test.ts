import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { arabicBriefing } from '../../../tests/fixtures/export/arabic-briefing';
import { languageBriefing } from '../../../tests/fixtures/export/language-briefings';
import { sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import type { Briefing } from '../../../shared/document/briefing';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from './briefing-docx';
import { blockToHtml } from '../../../shared/document/export/html-blocks';

const briefings: Record<'az' | 'ru' | 'ar', () => Briefing> = { az: () => languageBriefing('az'), ru: () => languageBriefing('ru'), ar: arabicBriefing };

/** The Word parts a reader sees — body, running header and footer — one XML element a line, so a golden diff reads. */
async function wordParts(language: keyof typeof briefings): Promise<Record<string, string>> {
  const briefing = briefings[language]();
  const document = exportDocument(briefing, findBuiltInTemplate(briefing.templateId), { ...defaultExportOptions, draftMark: true }, { now: sampleExportTime });
  const files = unzipSync(await briefingDocxBytes(document, 'A4'));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(files).filter((path) => /^word\/(document|header\d*|footer\d*)\.xml$/u.test(path)).sort()) {
    parts[name] = strFromU8(files[name] ?? new Uint8Array()).replace(/></gu, '>\n<');
  }
  return parts;
}

/** Words the app wrote in English before it had each language's words. */
const englishWords = /\b(Participants?|Name|Title|Organisation|Side|Host|Guest|Role|FOR IMMEDIATE RELEASE|EMBARGOED|DRAFT|Page|of|OFFICIAL|Occasion|Topics discussed|Agreed points|Follow-up|Key messages|Lede)\b/u;

describe('the Word file of an Azerbaijani, a Russian and an Arabic readout', () => {
  // Golden files: a change to what these write shows up as a reviewable diff (`npx vitest run -u` to accept it).
  it.each(['az', 'ru', 'ar'] as const)('writes the %s readout’s body, header and footer (golden)', async (language) => {
    const parts = await wordParts(language);
    expect(Object.keys(parts)).toContain('word/document.xml');
    await expect(Object.entries(parts).map(([name, xml]) => `<!-- ${name} -->\n${xml}`).join('\n')).toMatchFileSnapshot(`./__golden__/meeting-readout.${language}.docx.xml`);
  });

  it.each(['az', 'ru', 'ar'] as const)('writes no English word the person did not type into the %s Word file', async (language) => {
    for (const [name, xml] of Object.entries(await wordParts(language))) {
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((match) => match[1]).join(' ');
      expect(text, name).not.toMatch(englishWords);
    }
  });
});

describe('a passage marked in another language', () => {
  /** The Azerbaijani readout with its first paragraph's first run marked as English, as Spelling's language list does. */
  function withEnglishQuote(): Briefing {
    const briefing = languageBriefing('az');
    const body = structuredClone(briefing.body);
    const block = body
      .flatMap((section) => section.children)
      .find((candidate): candidate is Extract<typeof candidate, { type: 'paragraph' }> => candidate.type === 'paragraph' && candidate.children.some((child) => 'text' in child && child.text.trim() !== ''));
    if (!block) throw new Error('the readout has no paragraph');
    const index = block.children.findIndex((child) => 'text' in child && child.text.trim() !== '');
    block.children.splice(index + 1, 0, { text: '“We agreed on the next steps.”', lang: 'en' });
    return { ...briefing, body };
  }

  it('is tagged with its own language in Word, so Word proofs it with that dictionary, and in HTML and the PDF', async () => {
    const briefing = withEnglishQuote();
    const document = exportDocument(briefing, findBuiltInTemplate(briefing.templateId), defaultExportOptions, { now: sampleExportTime });
    const xml = strFromU8(unzipSync(await briefingDocxBytes(document, 'A4'))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:lang w:val="en-US"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>“We agreed on the next steps.”<\/w:t>/u);
    // Only the marked passage: the rest of the readout is Azerbaijani by the document's own setting.
    expect(xml.match(/<w:lang w:val="en-US"\/>/gu)).toHaveLength(1);
    const html = document.sections.flatMap((section) => section.blocks).map((block) => blockToHtml(block)).join('');
    expect(html).toContain('<span lang="en">“We agreed on the next steps.”</span>');
  });
});
