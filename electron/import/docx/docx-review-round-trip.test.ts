import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { reviewedSample, suggestBreakAndJoin, suggestFormatting } from '../../../tests/support/suggested-body';
import { normalizeBriefingBody } from '../../../shared/document/briefing-normalization';
import { commentThreads } from '../../../shared/document/comments';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { importedContent } from '../../../shared/document/import/imported-content';
import { sectionHeadingKeys } from '../../../shared/document/import/language-headings';
import { decideSuggestionInBody, suggestionList } from '../../../shared/document/suggestions';
import { Node } from 'slate';
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

  it('suggested paragraph marks (a break and a join) come back from the review DOCX as suggested paragraph marks', async () => {
    const briefing = suggestBreakAndJoin(reviewedSample());
    const document = exportDocument(briefing, template, { ...defaultExportOptions, review: true }, { now: sampleExportTime });
    const imported = await convertDocx(await briefingDocxBytes(document, 'A4'), 'review.docx', new Set(sectionHeadingKeys(template).keys()));
    let id = 0;
    const body = normalizeBriefingBody(importedContent(imported, template, () => `p${(id += 1)}`).body);
    const suggestions = (of: typeof body) => suggestionList(of).map(({ kind, author, at, text }) => ({ kind, author, at, text }));
    expect(suggestions(body)).toEqual(suggestions(briefing.body));
    expect(suggestions(body).filter((suggestion) => suggestion.text === '¶').map(({ kind }) => kind)).toEqual(['insert', 'delete']);
    const occasion = body.find((section) => section.sectionId === 'occasion');
    expect(occasion?.children[0]).toMatchObject({ type: 'paragraph', breakSuggestion: { kind: 'insert', author: 'Rəşad Quliyev' } });
    expect(JSON.stringify(body)).not.toMatch(/[\uE000-\uE006]/u);
  });

  it('suggested block forms come back from the review DOCX (w:pPrChange) as suggestions, with the form each block had', async () => {
    const briefing = reviewedSample();
    const mark = { author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z' };
    for (const section of briefing.body) {
      const index = section.children.findIndex((block) => block.type === 'paragraph');
      const first = section.children[index];
      if (section.sectionId === 'occasion' && first?.type === 'paragraph') section.children[index] = { type: 'heading', level: 3, formSuggestion: { ...mark, id: 'f1', from: { type: 'paragraph' } }, children: first.children };
      const itemIndex = section.children.findIndex((block) => block.type === 'list-item');
      const item = section.children[itemIndex];
      if (section.sectionId === 'topics-discussed' && item?.type === 'list-item') {
        section.children[itemIndex] = { type: 'paragraph', formSuggestion: { ...mark, id: 'f2', from: { type: 'list-item', listType: item.listType, indent: item.indent } }, children: item.children };
      }
    }
    const document = exportDocument(briefing, template, { ...defaultExportOptions, review: true }, { now: sampleExportTime });
    const imported = await convertDocx(await briefingDocxBytes(document, 'A4'), 'review.docx', new Set(sectionHeadingKeys(template).keys()));
    let id = 0;
    const body = normalizeBriefingBody(importedContent(imported, template, () => `p${(id += 1)}`).body);
    const forms = (of: typeof body) => suggestionList(of).filter(({ kind }) => kind === 'format').map(({ author, at, text, form, from }) => ({ author, at, text, form, from }));
    expect(forms(body)).toEqual(forms(briefing.body));
    expect(forms(body).map(({ form, from }) => [form?.type, from?.type])).toEqual([
      ['heading', 'paragraph'],
      ['paragraph', 'list-item'],
    ]);
    // Rejected, the imported file gives the author's text back: the paragraph and the bulleted list item.
    const rejected = decideSuggestionInBody(body, undefined, 'reject');
    const topics = rejected?.find((section) => section.sectionId === 'topics-discussed');
    expect(topics?.children.find((block) => block.type === 'list-item' && Node.string(block).startsWith('development'))).toMatchObject({ listType: 'bulleted', indent: 0 });
    expect(JSON.stringify(body)).not.toMatch(/[\uE000-\uE006]/u);
  });

  it('suggested formatting of text comes back from the review DOCX (w:rPrChange) as suggestions, with the marks each run had', async () => {
    const briefing = reviewedSample();
    const bolded = suggestFormatting(briefing.body, 'participants', 'bold', 'Rəşad Quliyev');
    const italic = suggestFormatting(bolded, 'ICT sector', 'italic', 'Rəşad Quliyev');
    const suggested = { ...briefing, body: italic };
    const document = exportDocument(suggested, template, { ...defaultExportOptions, review: true }, { now: sampleExportTime });
    const imported = await convertDocx(await briefingDocxBytes(document, 'A4'), 'review.docx', new Set(sectionHeadingKeys(template).keys()));
    let id = 0;
    const body = normalizeBriefingBody(importedContent(imported, template, () => `p${(id += 1)}`).body);
    const formats = (of: typeof body) => suggestionList(of).filter(({ kind }) => kind === 'format').map(({ author, at, text, marks }) => ({ author, at, text, marks }));
    expect(formats(body)).toEqual(formats(suggested.body));
    expect(formats(body).map(({ text, marks }) => [text, marks])).toEqual([
      ['participants', { added: ['bold'], removed: [] }],
      ['ICT sector', { added: ['italic'], removed: [] }],
    ]);
    // The other suggestions and the comment come back beside them.
    expect(suggestionList(body).map(({ kind }) => kind)).toEqual(suggestionList(suggested.body).map(({ kind }) => kind));
    // Rejected, the words are plain again; accepted, they keep their formatting.
    expect(JSON.stringify(decideSuggestionInBody(body, undefined, 'reject'))).not.toMatch(/"bold":true,"text":"participants"|"text":"participants","bold":true/u);
    expect(JSON.stringify(decideSuggestionInBody(body, undefined, 'accept'))).toContain('"text":"participants","bold":true');
    expect(JSON.stringify(body)).not.toMatch(/[\uE000-\uE008]/u);
  });

  it('text moved under Track Changes (w:moveFrom, w:moveTo) comes back as a suggested deletion and insertion, not accepted', async () => {
    const briefing = reviewedSample();
    const document = exportDocument(briefing, template, { ...defaultExportOptions, review: true }, { now: sampleExportTime });
    const parts = unzipSync(await briefingDocxBytes(document, 'A4'));
    const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:ins\b/u);
    expect(xml).toMatch(/<w:del\b/u);
    // As Word writes a move: the source's text in w:t (not w:delText), each side inside its named range.
    const moved = xml
      .replace(/<w:del\b([^>]*)>/gu, '<w:moveFromRangeStart w:id="901" w:name="move1"/><w:moveFrom$1>')
      .replace(/<\/w:del>/gu, '</w:moveFrom><w:moveFromRangeEnd w:id="901"/>')
      .replace(/<w:delText\b/gu, '<w:t')
      .replace(/<\/w:delText>/gu, '</w:t>')
      .replace(/<w:ins\b([^>]*)>/gu, '<w:moveToRangeStart w:id="902" w:name="move1"/><w:moveTo$1>')
      .replace(/<\/w:ins>/gu, '</w:moveTo><w:moveToRangeEnd w:id="902"/>');
    expect(moved).not.toMatch(/<w:(?:ins|del)\b/u);
    const bytes = zipSync({ ...parts, 'word/document.xml': strToU8(moved) });
    const imported = await convertDocx(bytes, 'moved.docx', new Set(sectionHeadingKeys(template).keys()));
    let id = 0;
    const body = normalizeBriefingBody(importedContent(imported, template, () => `p${(id += 1)}`).body);
    const suggestions = (of: typeof body) => suggestionList(of).map(({ kind, author, at, text }) => ({ kind, author, at, text }));
    expect(suggestions(body)).toEqual(suggestions(briefing.body));
    expect(suggestions(body).map(({ kind }) => kind).sort()).toEqual(['delete', 'insert']);
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
