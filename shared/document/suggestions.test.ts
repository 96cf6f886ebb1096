import { createEditor, Editor, Node, Transforms, type Point } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { paragraph, section } from '../../tests/support/body-fixtures';
import { sampleBriefing, sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { briefingBodySchema, type BriefingBody } from './briefing-body';
import { normalizeBriefingBody } from './briefing-normalization';
import { exportDocument } from './export/export-document';
import { plainText } from './export/plain-text';
import { bodyAsWritten, decideSuggestion, decideSuggestionInBody, openSuggestionCount, setSuggesting, suggestionList, withSuggestions } from './suggestions';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { templateFromBriefing } from './template-from-briefing';
import { withSectionGuards } from './with-section-guards';
import { suggestReplacement } from '../../tests/support/suggested-body';
import { suggestionGateProblem } from './workflow';

const when = new Date('2025-11-21T10:00:00.000Z');

/** An editor as the app builds it (section guards, suggestions, history), in Suggesting mode for `author`. */
function reviewing(body: BriefingBody, author = 'Leyla Məmmədova'): Editor {
  const editor = withHistory(withSuggestions(withSectionGuards(createEditor())));
  editor.children = structuredClone(body);
  Editor.normalize(editor, { force: true });
  let next = 0;
  setSuggesting(editor, { author, now: () => when, newId: () => `s${(next += 1)}` });
  return editor;
}

const twoSections = (): BriefingBody =>
  normalizeBriefingBody([section('a', paragraph('The ministers met in Baku today.')), section('b', paragraph('They agreed on a plan.'), paragraph('Talks go on.'))]);

/** The point `offset` characters into the first text of the block at `block`. */
const at = (block: number[], offset: number): Point => ({ path: [...block, 0], offset });
const text = (editor: Editor) => editor.children.map((node) => Node.string(node)).join(' | ');
const valid = (editor: Editor) => briefingBodySchema.parse(editor.children);

/** Types "in the capital" before "today" and deletes "in Baku ": one insertion, one deletion. */
function suggestedTwice(): Editor {
  const editor = reviewing(twoSections());
  Transforms.select(editor, at([0, 0], 'The ministers met in Baku '.length));
  editor.insertText('in the capital ');
  Transforms.select(editor, { anchor: at([0, 0], 'The ministers met '.length), focus: at([0, 0], 'The ministers met in Baku '.length) });
  editor.deleteFragment();
  return editor;
}

describe('suggested changes', () => {
  it('keep typed text as an insertion and deleted text in place as a deletion, with author and time', () => {
    const editor = suggestedTwice();
    expect(text(editor)).toBe('The ministers met in Baku in the capital today. | They agreed on a plan.Talks go on.');
    expect(suggestionList(valid(editor))).toEqual([
      { id: 's2', kind: 'delete', author: 'Leyla Məmmədova', at: when.toISOString(), text: 'in Baku ', sectionIndex: 0 },
      { id: 's1', kind: 'insert', author: 'Leyla Məmmədova', at: when.toISOString(), text: 'in the capital ', sectionIndex: 0 },
    ]);
    expect(openSuggestionCount(editor.children)).toBe(2);
  });

  it('typing on extends one insertion, and Backspace over several letters is one deletion', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([0, 0], 'The ministers'.length));
    for (const letter of ' both') editor.insertText(letter);
    Transforms.select(editor, at([1, 0], 'They agreed'.length));
    for (let step = 0; step < 'agreed'.length; step += 1) editor.deleteBackward('character');
    const list = suggestionList(valid(editor));
    expect(list.map(({ kind, text: words }) => [kind, words])).toEqual([
      ['insert', ' both'],
      ['delete', 'agreed'],
    ]);
    const caret = editor.selection?.anchor;
    expect(caret && Editor.string(editor, { anchor: Editor.start(editor, [1, 0]), focus: caret })).toBe('They ');
  });

  it('Backspace of the reviewer’s own insertion takes it out instead of suggesting its deletion', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([0, 0], 3));
    editor.insertText('XY');
    editor.deleteBackward('character');
    editor.deleteBackward('character');
    expect(text(editor)).toBe('The ministers met in Baku today. | They agreed on a plan.Talks go on.');
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('accept and reject one by one: accepting an insertion keeps it, rejecting a deletion restores the text', () => {
    const editor = suggestedTwice();
    const [deletion, insertion] = suggestionList(editor.children);
    expect(decideSuggestion(editor, insertion?.id ?? '', 'accept')).toBe(true);
    expect(decideSuggestion(editor, deletion?.id ?? '', 'reject')).toBe(true);
    expect(text(editor)).toBe('The ministers met in Baku in the capital today. | They agreed on a plan.Talks go on.');
    expect(openSuggestionCount(valid(editor))).toBe(0);
    expect(decideSuggestion(editor, 'nothing', 'accept')).toBe(false);
  });

  it('accept all gives the reviewer’s text, reject all the author’s, and undo brings the suggestions back', async () => {
    const accepted = suggestedTwice();
    decideSuggestion(accepted, undefined, 'accept');
    expect(Node.string(valid(accepted).at(0) as Node)).toBe('The ministers met in the capital today.');
    const rejected = suggestedTwice();
    // A new undo step, as a separate click makes it (slate-history joins what happens in one tick).
    await Promise.resolve();
    decideSuggestion(rejected, undefined, 'reject');
    expect(Node.string(valid(rejected).at(0) as Node)).toBe('The ministers met in Baku today.');
    (rejected).undo();
    expect(openSuggestionCount(rejected.children)).toBe(2);
  });

  it('a deletion across two paragraphs joins them when accepted, and across sections empties each part, never a section', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, { anchor: at([1, 0], 'They agreed'.length), focus: at([1, 1], 'Talks'.length) });
    editor.deleteFragment({ direction: 'forward' });
    Transforms.select(editor, { anchor: at([0, 0], 'The ministers met in Baku'.length), focus: at([1, 0], 'They'.length) });
    editor.deleteFragment({ direction: 'forward' });
    expect(editor.children).toHaveLength(2);
    decideSuggestion(editor, undefined, 'accept');
    const body = valid(editor);
    expect(body).toHaveLength(2);
    expect(body.map((node) => node.sectionId)).toEqual(['a', 'b']);
    expect(body.map((node) => Node.string(node))).toEqual(['The ministers met in Baku', ' agreed go on.']);
  });

  it('field references are suggested too: an inserted one goes when rejected, a deleted one when accepted', () => {
    const body = normalizeBriefingBody([section('a', { type: 'paragraph', children: [{ text: 'On ' }, { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] }, { text: ' they met.' }] })]);
    const editor = reviewing(body);
    Transforms.select(editor, { anchor: at([0, 0], 0), focus: { path: [0, 0, 2], offset: 0 } });
    editor.deleteFragment();
    Transforms.select(editor, { path: [0, 0, 2], offset: ' they met.'.length });
    editor.insertNodes({ type: 'field-ref', fieldId: 'meetingPlace', children: [{ text: '' }] });
    const list = suggestionList(valid(editor));
    expect(list.map(({ kind, text: words }) => [kind, words])).toEqual([
      ['delete', 'On {meetingDate}'],
      ['insert', '{meetingPlace}'],
    ]);
    const rejected = decideSuggestionInBody(valid(editor), undefined, 'reject');
    expect(JSON.stringify(rejected)).toContain('meetingDate');
    expect(JSON.stringify(rejected)).not.toContain('meetingPlace');
    const accepted = decideSuggestionInBody(valid(editor), undefined, 'accept');
    expect(JSON.stringify(accepted)).not.toContain('meetingDate');
    expect(JSON.stringify(accepted)).toContain('meetingPlace');
    expect(openSuggestionCount(accepted ?? [])).toBe(0);
  });

  it('Backspace at a paragraph’s or a section’s start never joins or turns anything: the caret only moves', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([1, 1], 0));
    editor.deleteBackward('character');
    Transforms.select(editor, at([1, 0], 0));
    editor.deleteBackward('character');
    expect(text(editor)).toBe('The ministers met in Baku today. | They agreed on a plan.Talks go on.');
    expect(editor.children[1]).toMatchObject({ children: [{ type: 'paragraph' }, { type: 'paragraph' }] });
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('outside Suggesting mode, and for a change made at a given place, edits apply directly', () => {
    const editor = reviewing(twoSections());
    setSuggesting(editor, undefined);
    Transforms.select(editor, at([0, 0], 3));
    editor.insertText(' two');
    Transforms.insertText(editor, 'Ministers', { at: { anchor: at([0, 0], 8), focus: at([0, 0], 17) } });
    expect(Node.string(editor.children[0] as Node)).toBe('The two Ministers met in Baku today.');
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('pasted text is one insertion, and marks copied from another suggestion are not carried over', () => {
    const editor = suggestedTwice();
    Transforms.select(editor, at([1, 0], 0));
    editor.insertFragment([{ type: 'paragraph', children: [{ text: 'Copied ', suggestion: { id: 'old', kind: 'delete', author: 'X', at: 'then' } }] }]);
    const list = suggestionList(valid(editor));
    expect(list.map(({ kind, text: words }) => [kind, words])).toEqual([
      ['delete', 'in Baku '],
      ['insert', 'in the capital '],
      ['insert', 'Copied '],
    ]);
  });

  it('exports show the author’s text, as if every suggestion were rejected', () => {
    const briefing = sampleBriefing('meeting-readout');
    const editor = reviewing(briefing.body);
    const [, found] = Editor.nodes(editor, { at: [], match: (node) => 'text' in node && node.text.includes('The participants discussed') }).next().value ?? [];
    if (!found) throw new Error('the sample lost its text');
    Transforms.select(editor, { path: found, offset: 'The participants '.length });
    editor.insertText('warmly ');
    Transforms.select(editor, { anchor: { path: found, offset: 0 }, focus: { path: found, offset: 'The '.length } });
    editor.deleteFragment();
    const body = valid(editor);
    expect(openSuggestionCount(body)).toBe(2);
    const exported = plainText(exportDocument({ ...briefing, body }, findBuiltInTemplate(briefing.templateId), { pageSize: 'A4', includeParticipants: true, draftMark: false }, { now: sampleExportTime }));
    expect(exported).toContain('The participants discussed');
    expect(exported).not.toContain('warmly');
    expect(bodyAsWritten(briefing.body)).toBe(briefing.body);
  });

  it('a template made from the text keeps the author’s words, not the open suggestions', () => {
    const briefing = sampleBriefing('meeting-readout');
    const body = suggestReplacement(briefing.body, 'The participants discussed', 'The ministers reviewed', 'Rəşad Quliyev');
    const template = templateFromBriefing({ ...briefing, body }, findBuiltInTemplate('meeting-readout'), { id: 'kept', name: 'Kept', keepContent: true });
    const saved = JSON.stringify(template.sections);
    expect(saved).toContain('The participants discussed');
    expect(saved).not.toContain('The ministers reviewed');
    expect(saved).not.toContain('"suggestion"');
  });

  it('hold up approval, in one sentence, while any is open', () => {
    const body = valid(suggestedTwice());
    expect(suggestionGateProblem('approved', body)).toEqual({ id: 'errors.openSuggestions', values: { count: 2 } });
    expect(suggestionGateProblem('in-review', body)).toBeUndefined();
    expect(suggestionGateProblem('approved', decideSuggestionInBody(body, undefined, 'accept') ?? body)).toBeUndefined();
  });
});
