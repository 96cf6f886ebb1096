import { describe, expect, it } from 'vitest';
import { sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { reviewedSample } from '../../../tests/support/suggested-body';
import { normalizeBriefingBody } from '../../../shared/document/briefing-normalization';
import { commentThreads } from '../../../shared/document/comments';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { importedContent } from '../../../shared/document/import/imported-content';
import { sectionHeadingKeys } from '../../../shared/document/import/language-headings';
import { suggestionList } from '../../../shared/document/suggestions';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from '../../export/docx/briefing-docx';
import { convertDocx } from './convert-docx';
import { english } from '../../../shared/i18n/english';
import { sayLocalised } from '../../../shared/ipc/ipc-result';

const found = findBuiltInTemplate('meeting-readout');
if (!found) throw new Error('the meeting readout template is missing');
const template = found;

describe('Word round trip of a review', () => {
  it('a review DOCX imported again gives back the same comments, replies and suggested changes', async () => {
    const briefing = reviewedSample();
    const document = exportDocument(briefing, template, { ...defaultExportOptions, review: true }, { now: sampleExportTime });
    const imported = await convertDocx(await briefingDocxBytes(document, 'A4'), 'review.docx', new Set(sectionHeadingKeys(template).keys()));
    expect(imported.dropped.map((line) => sayLocalised(english, line)).join(' ')).not.toMatch(/comment|tracked/iu);
    let id = 0;
    const body = normalizeBriefingBody(importedContent(imported, template, () => `p${(id += 1)}`).body);

    const suggestions = (of: typeof body) => suggestionList(of).map(({ kind, author, at, text }) => ({ kind, author, at, text }));
    expect(suggestions(body)).toEqual(suggestions(briefing.body));
    expect(suggestions(body)).toHaveLength(2);
    const threads = (of: typeof body) => commentThreads(of).map(({ thread, quote }) => ({ quote, resolved: thread.resolved === true, comments: thread.comments }));
    expect(threads(body)).toEqual(threads(briefing.body));
    expect(threads(body)[0]?.comments).toHaveLength(2);
  });

  it('a plain DOCX still imports as before, with nothing to review', async () => {
    const briefing = reviewedSample();
    const document = exportDocument(briefing, template, defaultExportOptions, { now: sampleExportTime });
    const imported = await convertDocx(await briefingDocxBytes(document, 'A4'), 'plain.docx', new Set(sectionHeadingKeys(template).keys()));
    const body = normalizeBriefingBody(importedContent(imported, template, () => 'p').body);
    expect(suggestionList(body)).toEqual([]);
    expect(commentThreads(body)).toEqual([]);
    expect(JSON.stringify(body)).toContain('World Telecommunication Development Conference');
  });
});
