import { createEditor, Editor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { paragraph, section } from '../../tests/support/body-fixtures';
import { sampleBriefing, sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { briefingBodySchema, type BriefingBody } from './briefing-body';
import { normalizeBriefingBody } from './briefing-normalization';
import { commentOnQuote } from './comment-on-quote';
import { commentThreads, openCommentCount, replyToThread, setThreadResolved, updateCommentThread, withoutComments } from './comments';
import { exportDocument } from './export/export-document';
import { plainText } from './export/plain-text';
import { printHtml } from './export/print-html';
import { semanticHtml } from './export/semantic-html';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { withSectionGuards } from './with-section-guards';

const first = { author: 'Leyla Məmmədova', at: '2025-11-21T10:00:00.000Z', text: 'Check the minister’s title' };
const reply = { author: 'Rəşad Quliyev', at: '2025-11-21T10:05:00.000Z', text: 'Checked: it is right' };

function editorWith(body: BriefingBody): Editor {
  const editor = withHistory(withSectionGuards(createEditor()));
  editor.children = structuredClone(body);
  Editor.normalize(editor, { force: true });
  return editor;
}

const twoSections = (): BriefingBody => normalizeBriefingBody([section('a', paragraph('The ministers met in Baku today.')), section('b', paragraph('They agreed on a plan.'))]);

function commented(body = twoSections(), quote = 'met in Baku', id = 't1'): BriefingBody {
  const result = commentOnQuote(body, quote, id, first);
  if (!result) throw new Error(`"${quote}" not found`);
  return result;
}

describe('review comments', () => {
  it('anchor on the first occurrence of the quoted text, with author and time, and validate', () => {
    const body = commented();
    expect(briefingBodySchema.safeParse(body).success).toBe(true);
    expect(commentThreads(body)).toEqual([{ thread: { id: 't1', comments: [first] }, sectionIndex: 0, quote: 'met in Baku' }]);
    expect(openCommentCount(body)).toBe(1);
    expect(commentOnQuote(body, 'not in the text', 't2', first)).toBeUndefined();
  });

  it('anchor across formatting inside one block', () => {
    const briefing = sampleBriefing('blank');
    const body = commentOnQuote(briefing.body, 'met Doreen', 'x', first);
    expect(body && commentThreads(body).map((found) => found.quote)).toEqual(['met Doreen']);
  });

  it('follow the text as it is edited before, inside and around it', () => {
    const editor = editorWith(commented());
    Transforms.insertText(editor, 'Yesterday, ', { at: { path: [0, 0, 0], offset: 0 } });
    expect(commentThreads(editor.children)[0]?.quote).toBe('met in Baku');
    // Typing inside the commented words widens the comment; splitting the block keeps both halves.
    const anchorStart = Editor.string(editor, [0]).indexOf('in Baku');
    Transforms.select(editor, { path: [0, 0, 1], offset: 'met '.length });
    editor.insertText('again ');
    expect(commentThreads(editor.children)[0]?.quote).toBe('met again in Baku');
    expect(anchorStart).toBeGreaterThan(0);
    editor.insertBreak();
    expect(commentThreads(editor.children)[0]?.quote).toBe('met again in Baku');
    expect(briefingBodySchema.safeParse(editor.children).success).toBe(true);
  });

  it('move with their text into another section, and go when all their text is deleted; undo brings them back', () => {
    const editor = editorWith(commented());
    Transforms.moveNodes(editor, { at: [0, 0], to: [1, 1] });
    Editor.normalize(editor, { force: true });
    const [moved] = commentThreads(editor.children);
    expect(moved?.sectionIndex).toBe(1);
    expect(moved?.quote).toBe('met in Baku');
    const editor2 = editorWith(commented());
    const start = 'The ministers '.length;
    Transforms.delete(editor2, { at: { anchor: { path: [0, 0, 0], offset: start }, focus: { path: [0, 0, 2], offset: 0 } } });
    expect(Editor.string(editor2, [0])).toBe('The ministers  today.');
    expect(commentThreads(editor2.children)).toEqual([]);
    expect(editor2.children.some((node) => 'comments' in node)).toBe(false);
    editor2.undo();
    expect(commentThreads(editor2.children).map((found) => found.quote)).toEqual(['met in Baku']);
  });

  it('take replies, resolve, reopen and delete', () => {
    const editor = editorWith(commented());
    expect(updateCommentThread(editor, 't1', (thread) => replyToThread(thread, reply))).toBe(true);
    updateCommentThread(editor, 't1', (thread) => setThreadResolved(thread, true));
    expect(commentThreads(editor.children)[0]?.thread).toEqual({ id: 't1', resolved: true, comments: [first, reply] });
    expect(openCommentCount(editor.children)).toBe(0);
    updateCommentThread(editor, 't1', (thread) => setThreadResolved(thread, false));
    expect(openCommentCount(editor.children)).toBe(1);
    updateCommentThread(editor, 't1', () => undefined);
    expect(commentThreads(editor.children)).toEqual([]);
    expect(JSON.stringify(editor.children)).not.toContain('comments');
    expect(updateCommentThread(editor, 't1', (thread) => thread)).toBe(false);
  });

  it('drop anchors whose thread is not in the body (text pasted from another briefing)', () => {
    const body = twoSections();
    const stray = structuredClone(body);
    const leaf = stray[0]?.children[0]?.children[0] as { comments?: string[] };
    leaf.comments = ['elsewhere'];
    expect(JSON.stringify(normalizeBriefingBody(stray))).toBe(JSON.stringify(body));
  });

  it('never appear in PDF, plain text or HTML exports, nor in a template made from the text', () => {
    const briefing = sampleBriefing('meeting-readout');
    const quote = 'The participants discussed';
    const body = commentOnQuote(briefing.body, quote, 'e1', { ...first, text: 'SECRET REVIEW NOTE' });
    expect(body).toBeDefined();
    const document = exportDocument({ ...briefing, body: body ?? briefing.body }, findBuiltInTemplate('meeting-readout'), { pageSize: 'A4', includeParticipants: true, draftMark: true }, { now: sampleExportTime, issuer: undefined });
    for (const output of [plainText(document), semanticHtml(document), printHtml(document, 'A4', '')]) {
      expect(output).not.toContain('SECRET REVIEW NOTE');
      expect(output).not.toContain('e1');
    }
    expect(JSON.stringify(withoutComments(body ?? []))).not.toContain('SECRET');
  });
});
