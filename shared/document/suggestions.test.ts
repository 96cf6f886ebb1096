import { createEditor, Editor, Node, Transforms, type Point } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { paragraph, section } from '../../tests/support/body-fixtures';
import { sampleBriefing, sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { briefingBodySchema, type BlockForm, type BriefingBody } from './briefing-body';
import { normalizeBriefingBody } from './briefing-normalization';
import { exportDocument } from './export/export-document';
import { plainText } from './export/plain-text';
import { bodyAsWritten, changeBlockForms, decideSuggestion, decideSuggestionInBody, openSuggestionCount, setSuggesting, suggestionList, withSuggestions } from './suggestions';
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

  it('Backspace at a paragraph’s start suggests joining it with the one before, kept apart until accepted; at a section’s start the caret only moves', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([1, 0], 0));
    editor.deleteBackward('character');
    expect(openSuggestionCount(editor.children)).toBe(0);
    Transforms.select(editor, at([1, 1], 0));
    editor.deleteBackward('character');
    expect(text(editor)).toBe('The ministers met in Baku today. | They agreed on a plan.Talks go on.');
    expect(editor.children[1]).toMatchObject({ children: [{ type: 'paragraph', breakSuggestion: { id: 's1', kind: 'delete', author: 'Leyla Məmmədova' } }, { type: 'paragraph' }] });
    expect(editor.selection?.anchor).toEqual({ path: [1, 0, 0], offset: 'They agreed on a plan.'.length });
    expect(suggestionList(valid(editor))).toEqual([{ id: 's1', kind: 'delete', author: 'Leyla Məmmədova', at: when.toISOString(), text: '¶', sectionIndex: 1 }]);
    // Backspace again goes on into the text before; Delete at the end of the first paragraph adds nothing new.
    editor.deleteBackward('character');
    Transforms.select(editor, Editor.end(editor, [1, 0]));
    editor.deleteForward('character');
    expect(suggestionList(valid(editor)).map(({ kind, text: words }) => [kind, words])).toEqual([['delete', '.'], ['delete', '¶']]);
    // Rejected: still two paragraphs, no mark; accepted: one.
    expect(decideSuggestionInBody(valid(editor), 's1', 'reject')?.[1]?.children).toHaveLength(2);
    const joined = decideSuggestionInBody(valid(editor), undefined, 'accept');
    expect(joined?.[1]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'They agreed on a planTalks go on.' }] }]);
  });

  it('Enter suggests a paragraph break: two paragraphs until rejected, the reviewer’s own break taken out by Backspace', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([0, 0], 'The ministers met'.length));
    editor.insertBreak();
    expect(editor.children[0]).toMatchObject({
      children: [
        { type: 'paragraph', breakSuggestion: { id: 's1', kind: 'insert', author: 'Leyla Məmmədova', at: when.toISOString() }, children: [{ text: 'The ministers met' }] },
        { type: 'paragraph', children: [{ text: ' in Baku today.' }] },
      ],
    });
    expect((editor.children[0] as { children: object[] }).children[1]).not.toHaveProperty('breakSuggestion');
    expect(openSuggestionCount(valid(editor))).toBe(1);
    expect(bodyAsWritten(valid(editor))[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'The ministers met in Baku today.' }] }]);
    const accepted = decideSuggestionInBody(valid(editor), 's1', 'accept');
    expect(accepted?.[0]?.children).toEqual([paragraph('The ministers met'), paragraph(' in Baku today.')]);
    // The reviewer thinks again: Backspace at the new paragraph's start takes the suggested break out.
    editor.deleteBackward('character');
    expect(editor.children[0]).toEqual(section('a', paragraph('The ministers met in Baku today.')));
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('a break suggested inside a paragraph whose own mark is suggested keeps that mark on the second part, and accept/reject all leave a valid body', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([1, 1], 0));
    editor.deleteBackward('character');
    Transforms.select(editor, at([1, 0], 'They agreed'.length));
    editor.insertBreak();
    expect((editor.children[1] as { children: { breakSuggestion?: { kind: string } }[] }).children.map((block) => block.breakSuggestion?.kind)).toEqual(['insert', 'delete', undefined]);
    for (const decision of ['accept', 'reject'] as const) {
      const decided = decideSuggestionInBody(valid(editor), undefined, decision);
      expect(openSuggestionCount(decided ?? [])).toBe(0);
      expect(decided?.[1]?.children.map((block) => Node.string(block))).toEqual(decision === 'accept' ? ['They agreed', ' on a plan.Talks go on.'] : ['They agreed on a plan.', 'Talks go on.']);
    }
  });

  it('a suggested paragraph mark with no text block after it is dropped by normalisation', () => {
    const body = normalizeBriefingBody([
      section('a', { type: 'paragraph', breakSuggestion: { id: 'x', kind: 'insert', author: 'A', at: when.toISOString() }, children: [{ text: 'Last' }] }),
      section('b', { type: 'paragraph', breakSuggestion: { id: 'y', kind: 'delete', author: 'A', at: when.toISOString() }, children: [{ text: 'First' }] }, paragraph('Second')),
    ] as BriefingBody);
    expect(body[0]?.children[0]).not.toHaveProperty('breakSuggestion');
    expect(suggestionList(body).map(({ id }) => id)).toEqual(['y']);
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
    // A copied block's suggested form or paragraph mark is not carried over either: the pasted block is one insertion.
    const mark = { id: 'old-form', author: 'X', at: 'then' };
    editor.insertFragment([
      { type: 'paragraph', children: [{ text: 'More ' }] },
      { type: 'heading', level: 2, formSuggestion: { ...mark, from: { type: 'paragraph' } }, breakSuggestion: { ...mark, id: 'old-break', kind: 'insert' }, children: [{ text: 'Pasted' }] },
      { type: 'paragraph', children: [{ text: 'End ' }] },
    ]);
    expect(text(editor)).toContain('More Pasted');
    expect(suggestionList(valid(editor)).filter(({ id }) => id.startsWith('old'))).toEqual([]);
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

describe('suggested changes of a block’s form', () => {
  /** What the toolbar's block format and list buttons do to the selected blocks. */
  const makeForm = (editor: Editor, form: BlockForm) =>
    changeBlockForms(editor, () => {
      Transforms.unsetNodes(editor, ['listType', 'indent', 'level'], { mode: 'lowest', match: (node, path) => path.length === 2 });
      Transforms.setNodes(editor, form, { mode: 'lowest', match: (node, path) => path.length === 2 });
    });
  const forms = (editor: Editor) => (editor.children as BriefingBody).map((part) => part.children.map((block) => ('level' in block ? `${block.type}${block.level}` : 'listType' in block ? `${block.listType}${block.indent}` : block.type)).join(','));

  it('a paragraph made a heading shows as a heading with the old form kept; rejecting restores it exactly, accepting keeps the heading', async () => {
    const original = twoSections();
    const editor = reviewing(original);
    Transforms.select(editor, at([1, 0], 3));
    makeForm(editor, { type: 'heading', level: 2 });
    expect(forms(editor)).toEqual(['paragraph', 'heading2,paragraph']);
    expect(suggestionList(valid(editor))).toEqual([
      { id: 's1', kind: 'format', author: 'Leyla Məmmədova', at: when.toISOString(), text: 'They agreed on a plan.', form: { type: 'heading', level: 2 }, from: { type: 'paragraph' }, sectionIndex: 1 },
    ]);
    expect(openSuggestionCount(editor.children)).toBe(1);
    expect(bodyAsWritten(valid(editor))).toEqual(original);
    await Promise.resolve();
    expect(decideSuggestion(editor, 's1', 'reject')).toBe(true);
    expect(valid(editor)).toEqual(original);
    editor.undo();
    expect(forms(editor)).toEqual(['paragraph', 'heading2,paragraph']);
    expect(decideSuggestion(editor, 's1', 'accept')).toBe(true);
    expect(valid(editor)[1]?.children[0]).toEqual({ type: 'heading', level: 2, children: [{ text: 'They agreed on a plan.' }] });
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('a list turned on over two paragraphs is one suggestion; changing its kind keeps the first form, and changing back leaves none', () => {
    const original = twoSections();
    const editor = reviewing(original);
    Transforms.select(editor, { anchor: at([1, 0], 0), focus: at([1, 1], 2) });
    makeForm(editor, { type: 'list-item', listType: 'numbered', indent: 0 });
    expect(forms(editor)).toEqual(['paragraph', 'numbered0,numbered0']);
    expect(suggestionList(editor.children).map(({ kind, text: words, from }) => [kind, words, from])).toEqual([['format', 'They agreed on a plan.\nTalks go on.', { type: 'paragraph' }]]);
    makeForm(editor, { type: 'list-item', listType: 'bulleted', indent: 1 });
    expect(suggestionList(valid(editor)).map(({ id, form, from }) => [id, form, from])).toEqual([['s1', { type: 'list-item', listType: 'bulleted', indent: 1 }, { type: 'paragraph' }]]);
    makeForm(editor, { type: 'paragraph' });
    expect(valid(editor)).toEqual(original);
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('reject all restores every old form and accept all keeps every new one, each leaving a valid body', () => {
    const start = normalizeBriefingBody([
      section('a', { type: 'list-item', listType: 'numbered', indent: 1, children: [{ text: 'First point.' }] }, { type: 'heading', level: 3, children: [{ text: 'Next steps' }] }),
      section('b', paragraph('They agreed on a plan.')),
    ]);
    const build = () => {
      const editor = reviewing(start);
      Transforms.select(editor, at([0, 0], 1));
      makeForm(editor, { type: 'paragraph' });
      Transforms.select(editor, at([0, 1], 1));
      makeForm(editor, { type: 'block-quote' });
      Transforms.select(editor, at([1, 0], 1));
      makeForm(editor, { type: 'list-item', listType: 'bulleted', indent: 0 });
      // A typed word in a block whose form is suggested is a suggestion of its own.
      editor.insertText('X');
      return editor;
    };
    const rejected = build();
    expect(openSuggestionCount(rejected.children)).toBe(4);
    decideSuggestion(rejected, undefined, 'reject');
    expect(valid(rejected)).toEqual(start);
    const accepted = build();
    decideSuggestion(accepted, undefined, 'accept');
    expect(forms(accepted)).toEqual(['paragraph,block-quote', 'bulleted0']);
    expect(openSuggestionCount(valid(accepted))).toBe(0);
    expect(decideSuggestionInBody(valid(build()), 's2', 'reject')?.[0]?.children[1]).toEqual({ type: 'heading', level: 3, children: [{ text: 'Next steps' }] });
  });

  it('Backspace at a list item’s start suggests taking its bullet off; rejected the item is back, and Backspace again suggests the join', () => {
    const start = normalizeBriefingBody([section('a', paragraph('Topics:'), { type: 'list-item', listType: 'bulleted', indent: 1, children: [{ text: 'First point.' }] })]);
    const editor = reviewing(start);
    Transforms.select(editor, at([0, 1], 0));
    editor.deleteBackward('character');
    expect(forms(editor)).toEqual(['paragraph,paragraph']);
    expect(suggestionList(valid(editor)).map(({ kind, from }) => [kind, from])).toEqual([['format', { type: 'list-item', listType: 'bulleted', indent: 1 }]]);
    // Now a paragraph: Backspace at its start suggests joining it with the one before, as for any paragraph.
    editor.deleteBackward('character');
    expect(suggestionList(valid(editor)).map(({ kind }) => kind)).toEqual(['delete', 'format']);
    decideSuggestion(editor, undefined, 'reject');
    expect(valid(editor)).toEqual(start);
  });

  it('outside Suggesting mode the form applies directly, and a suggested form the block already has is dropped by normalisation', () => {
    const editor = reviewing(twoSections());
    setSuggesting(editor, undefined);
    Transforms.select(editor, at([1, 0], 3));
    makeForm(editor, { type: 'heading', level: 4 });
    expect(openSuggestionCount(editor.children)).toBe(0);
    const body = normalizeBriefingBody([section('a', { type: 'paragraph', formSuggestion: { id: 'f1', author: 'A', at: when.toISOString(), from: { type: 'paragraph' } }, children: [{ text: 'Same.' }] })]);
    expect(body[0]?.children[0]).toEqual({ type: 'paragraph', children: [{ text: 'Same.' }] });
  });
});

describe('suggested changes of text formatting', () => {
  /** Selects `words` in the first text of the block at `block`. */
  const selectWords = (editor: Editor, block: number[], words: string) => {
    const offset = Node.string(Node.get(editor, block)).indexOf(words);
    /** The point `wanted` characters into the block, across its texts. */
    const point = (wanted: number, after: boolean): Point => {
      let passed = 0;
      for (const [leaf, path] of Node.texts(Node.get(editor, block))) {
        const end = passed + leaf.text.length;
        if (wanted < end || (!after && wanted === end)) return { path: [...block, ...path], offset: wanted - passed };
        passed = end;
      }
      return Editor.end(editor, block);
    };
    Transforms.select(editor, { anchor: point(offset, true), focus: point(offset + words.length, false) });
  };
  const leaves = (editor: Editor, block: number[]) => Array.from(Node.texts(Node.get(editor, block))).map(([leaf]) => leaf);

  it('a word made bold shows bold with the marks it had kept; rejecting makes it plain again exactly, accepting keeps it bold', async () => {
    const original = twoSections();
    const editor = reviewing(original);
    selectWords(editor, [0, 0], 'Baku');
    Editor.addMark(editor, 'bold', true);
    expect(leaves(editor, [0, 0])).toEqual([
      { text: 'The ministers met in ' },
      { text: 'Baku', bold: true, formatSuggestion: { id: 's1', author: 'Leyla Məmmədova', at: when.toISOString(), from: {} } },
      { text: ' today.' },
    ]);
    expect(suggestionList(valid(editor))).toEqual([
      { id: 's1', kind: 'format', author: 'Leyla Məmmədova', at: when.toISOString(), text: 'Baku', marks: { added: ['bold'], removed: [] }, sectionIndex: 0 },
    ]);
    expect(bodyAsWritten(valid(editor))).toEqual(original);
    // Approval waits for it as for any other suggestion.
    expect(suggestionGateProblem('approved', valid(editor))).toEqual({ id: 'errors.openSuggestions', values: { count: 1 } });
    await Promise.resolve();
    expect(decideSuggestion(editor, 's1', 'reject')).toBe(true);
    expect(valid(editor)).toEqual(original);
    editor.undo();
    expect(openSuggestionCount(editor.children)).toBe(1);
    expect(decideSuggestion(editor, 's1', 'accept')).toBe(true);
    expect(leaves(editor, [0, 0])).toEqual([{ text: 'The ministers met in ' }, { text: 'Baku', bold: true }, { text: ' today.' }]);
    expect(openSuggestionCount(valid(editor))).toBe(0);
  });

  it('a second change to the same words joins the first suggestion, and changing them back leaves none', () => {
    const original = normalizeBriefingBody([section('a', { type: 'paragraph', children: [{ text: 'Talks went ' }, { text: 'well', italic: true }, { text: ' today.' }] })]);
    const editor = reviewing(original);
    selectWords(editor, [0, 0], 'well');
    Editor.addMark(editor, 'bold', true);
    Editor.removeMark(editor, 'italic');
    expect(suggestionList(valid(editor)).map(({ id, marks }) => [id, marks])).toEqual([['s1', { added: ['bold'], removed: ['italic'] }]]);
    Editor.removeMark(editor, 'bold');
    Editor.addMark(editor, 'italic', true);
    expect(valid(editor)).toEqual(original);
    expect(openSuggestionCount(editor.children)).toBe(0);
  });

  it('one command over runs with different formatting is one suggestion; rejecting restores each run’s own marks', () => {
    const original = normalizeBriefingBody([section('a', { type: 'paragraph', children: [{ text: 'A ' }, { text: 'firm', underline: true }, { text: ' and ' }, { text: 'clear', bold: true, italic: true }, { text: ' plan.' }] })]);
    const editor = reviewing(original);
    Transforms.select(editor, { anchor: Editor.start(editor, [0, 0]), focus: Editor.end(editor, [0, 0]) });
    Editor.addMark(editor, 'italic', true);
    const [suggestion] = suggestionList(valid(editor));
    expect(suggestionList(editor.children)).toHaveLength(1);
    expect(suggestion).toMatchObject({ kind: 'format', text: 'A firm and  plan.', marks: { added: ['italic'], removed: [] } });
    decideSuggestion(editor, undefined, 'reject');
    expect(valid(editor)).toEqual(original);
  });

  it('text that is itself a suggested insertion takes the formatting directly; outside Suggesting mode it applies', () => {
    const editor = reviewing(twoSections());
    Transforms.select(editor, at([0, 0], 'The ministers met'.length));
    editor.insertText(' twice');
    selectWords(editor, [0, 0], ' twice');
    Editor.addMark(editor, 'bold', true);
    expect(suggestionList(valid(editor)).map(({ kind, text: words }) => [kind, words])).toEqual([['insert', ' twice']]);
    setSuggesting(editor, undefined);
    selectWords(editor, [1, 0], 'plan');
    Editor.addMark(editor, 'underline', true);
    expect(openSuggestionCount(editor.children)).toBe(1);
    expect(leaves(editor, [1, 0])).toContainEqual({ text: 'plan', underline: true });
  });

  it('accept all and reject all over formatting, text and form suggestions each leave a valid body with none left', () => {
    const build = () => {
      const editor = reviewing(twoSections());
      selectWords(editor, [1, 0], 'agreed');
      Editor.addMark(editor, 'bold', true);
      selectWords(editor, [1, 0], 'agreed on');
      editor.deleteFragment();
      selectWords(editor, [0, 0], 'Baku');
      Editor.addMark(editor, 'superscript', true);
      return editor;
    };
    const rejected = build();
    expect(suggestionList(valid(rejected)).map(({ kind, text: words }) => [kind, words])).toEqual([['format', 'Baku'], ['delete', 'agreed on'], ['format', 'agreed']]);
    decideSuggestion(rejected, undefined, 'reject');
    expect(valid(rejected)).toEqual(twoSections());
    const accepted = build();
    decideSuggestion(accepted, undefined, 'accept');
    expect(text(accepted)).toBe('The ministers met in Baku today. | They  a plan.Talks go on.');
    expect(openSuggestionCount(valid(accepted))).toBe(0);
    expect(leaves(accepted, [0, 0])).toContainEqual({ text: 'Baku', superscript: true });
  });

  it('a field reference in the selection takes the formatting directly; the words around it are the suggestion', () => {
    const body = normalizeBriefingBody([section('a', { type: 'paragraph', children: [{ text: 'On ' }, { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] }, { text: ' they met.' }] })]);
    const editor = reviewing(body);
    Transforms.select(editor, { anchor: Editor.start(editor, [0, 0]), focus: Editor.end(editor, [0, 0]) });
    Editor.addMark(editor, 'bold', true);
    const paragraph = valid(editor)[0]?.children[0];
    expect(paragraph && 'children' in paragraph ? paragraph.children[1] : undefined).toEqual({ type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '', bold: true }] });
    expect(suggestionList(editor.children).map(({ text: words, marks }) => [words, marks])).toEqual([['On  they met.', { added: ['bold'], removed: [] }]]);
    decideSuggestion(editor, undefined, 'reject');
    expect(openSuggestionCount(valid(editor))).toBe(0);
  });

  it('normalisation drops a formatting suggestion that changed nothing, or one on empty text', () => {
    const mark = { id: 'f1', author: 'A', at: when.toISOString() };
    const body = normalizeBriefingBody([section('a', { type: 'paragraph', children: [{ text: 'Same.', bold: true, formatSuggestion: { ...mark, from: { bold: true } } }, { text: 'Other', formatSuggestion: { ...mark, from: { italic: true } } }] })]);
    expect(body[0]?.children[0]).toEqual({ type: 'paragraph', children: [{ text: 'Same.', bold: true }, { text: 'Other', formatSuggestion: { ...mark, from: { italic: true } } }] });
  });
});
