import { describe, expect, it } from 'vitest';
import type { BlockElement } from '../briefing-body';
import type { BriefingTemplate } from '../template';
import { builtInTemplates, findBuiltInTemplate } from '../templates/built-in-templates';
import { importedContent } from './imported-content';
import type { ImportedDocument } from './imported-document';
import { matchTemplate } from './template-match';

const paragraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

function draft(sections: [string, string][], extra: Partial<ImportedDocument> = {}): ImportedDocument {
  return {
    fileName: 'draft.docx',
    title: 'Draft',
    intro: [paragraph('Opening line.')],
    sections: sections.map(([heading, text]) => ({ heading, blocks: [paragraph(text)] })),
    participants: [],
    releaseHints: { lines: [] },
    language: null,
    dropped: [],
    ...extra,
  };
}

function template(id: string): BriefingTemplate {
  const found = findBuiltInTemplate(id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
}

let ids = 0;
const newId = () => `p${(ids += 1)}`;

describe('matchTemplate', () => {
  it('recognises a template from two of its headings, whatever their case, numbering or colon', () => {
    expect(matchTemplate(draft([['1. AGREED POINTS:', 'a'], ['Topics discussed', 'b']]), builtInTemplates)?.templateId).toBe('meeting-readout');
  });

  it('does not recognise a template from one shared heading', () => {
    expect(matchTemplate(draft([['Agreed points', 'a'], ['Background', 'b']]), builtInTemplates)).toBeNull();
  });
});

describe('importedContent', () => {
  const readout = template('meeting-readout');

  it('fills matching sections, puts the intro in the first and keeps other sections as headings', () => {
    const content = importedContent(draft([['Agreed points', 'We agreed.'], ['Press line', 'Say little.']]), readout, newId);
    const byId = Object.fromEntries(content.body.map((section) => [section.sectionId, section.children]));
    expect(byId.lede).toEqual([paragraph('Opening line.')]);
    expect(byId['agreed-points']).toEqual([paragraph('We agreed.'), { type: 'heading', level: 2, children: [{ text: 'Press line' }] }, paragraph('Say little.')]);
    expect(content.title).toBe('Draft');
  });

  it('writes participants as lines in Blank, which has no participants table', () => {
    const person = { name: 'Leyla Məmmədova', title: 'Spokesperson', organisation: 'MFA', side: 'host' as const, role: '' };
    const content = importedContent(draft([], { participants: [person] }), template('blank'), newId);
    expect(content.participants).toEqual([]);
    expect(content.body[0]?.children.at(-1)).toEqual(paragraph('Leyla Məmmədova, Spokesperson, MFA'));
  });

  it('fills classification and embargo only where the template has those fields', () => {
    const hints = { classification: 'confidential', embargoed: true, embargoUntil: '2026-12-01T10:00', lines: [] };
    expect(importedContent(draft([], { releaseHints: hints }), readout, newId).fields).toMatchObject({ classification: 'confidential', releaseLine: 'embargoed', embargoUntil: '2026-12-01T10:00' });
    expect(importedContent(draft([], { releaseHints: hints }), template('blank'), newId).fields).toEqual({});
  });
});
