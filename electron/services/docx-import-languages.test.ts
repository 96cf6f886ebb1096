import { describe, expect, it } from 'vitest';
import { languageBriefing } from '../../tests/fixtures/export/language-briefings';
import { sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import type { Briefing } from '../../shared/document/briefing';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { importedContent } from '../../shared/document/import/imported-content';
import { headingKey } from '../../shared/document/import/imported-document';
import { matchTemplate } from '../../shared/document/import/template-match';
import { builtInTemplates, findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from '../export/docx/briefing-docx';
import { knownHeadings } from './docx-import';
import { convertDocx } from '../import/docx/convert-docx';

const readout = findBuiltInTemplate('meeting-readout');

/** A Word file of the readout as the app writes it in the briefing's language: its headings and table columns in that language. */
async function wordFileOf(briefing: Briefing): Promise<Uint8Array> {
  return briefingDocxBytes(exportDocument(briefing, readout, defaultExportOptions, { now: sampleExportTime }), 'A4');
}

async function imported(briefing: Briefing) {
  const document = await convertDocx(await wordFileOf(briefing), 'readout.docx', new Set(knownHeadings(builtInTemplates)));
  return { document, match: matchTemplate(document, builtInTemplates) };
}

describe('Word drafts in every language', () => {
  it.each(['az', 'ru', 'tr'] as const)('finds the readout’s headings and participants table in a %s draft', async (language) => {
    const briefing = { ...languageBriefing(language === 'tr' ? 'az' : language), language };
    const { document, match } = await imported(briefing);
    expect(match?.templateId).toBe('meeting-readout');
    if (!readout) throw new Error('meeting readout template missing');
    const content = importedContent(document, readout, () => crypto.randomUUID());
    expect(content.participants.map((participant) => [participant.name, participant.side])).toEqual(briefing.participants.map((participant) => [participant.name, participant.side]));
    const agreed = content.body.find((section) => section.sectionId === 'agreed-points');
    expect(agreed?.children.filter((block) => block.type === 'list-item')).toHaveLength(2);
  }, 60_000);

  it('folds dotted and dotless i alike, so capitals typed by any rules meet', () => {
    expect(headingKey('İŞTİRAKÇILAR')).toBe(headingKey('İştirakçılar'));
    expect(headingKey('ISTIRAKCILAR')).not.toBe(headingKey('İştirakçılar'));
    expect(headingKey('AGREED POINTS:')).toBe(headingKey('Agreed points'));
    expect(headingKey('ƏLDƏ OLUNAN RAZILAŞMALAR')).toBe(headingKey('Əldə olunan razılaşmalar'));
    expect(headingKey('KATILIMCILAR')).toBe(headingKey('Katılımcılar'));
  });
});
