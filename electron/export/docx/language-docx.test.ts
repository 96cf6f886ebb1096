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
