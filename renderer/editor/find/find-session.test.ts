import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { BlockElement } from '../../../shared/document/briefing-body';
import { editorWith, p, section } from '../editor-fixtures';
import { table } from '../../../tests/support/body-fixtures';
import { FindSession, replaceAllMatches, replaceMatch } from './find-session';

const withField = (before: string, after: string): BlockElement => ({
  type: 'paragraph',
  children: [{ text: before }, { type: 'field-ref', fieldId: 'host', children: [{ text: '' }] }, { text: after }],
});

describe('find and replace', () => {
  it('finds matches across sections and across formatting, never in a field reference', () => {
    const editor = editorWith([
      section('lede', p('The sides met. ', { text: 'Si', bold: true }, 'des agreed.')),
      section('agreed', withField('sides ', ' sides')),
    ]);
    const session = new FindSession('sides', { matchCase: false, wholeWord: false }, 'en');
    expect(session.allMatches(editor)).toEqual([
      { anchor: { path: [0, 0, 0], offset: 4 }, focus: { path: [0, 0, 0], offset: 9 } },
      { anchor: { path: [0, 0, 1], offset: 0 }, focus: { path: [0, 0, 2], offset: 3 } },
      { anchor: { path: [1, 0, 0], offset: 0 }, focus: { path: [1, 0, 0], offset: 5 } },
      { anchor: { path: [1, 0, 2], offset: 1 }, focus: { path: [1, 0, 2], offset: 6 } },
    ]);
    // A query cannot reach into the field reference between the two texts.
    expect(new FindSession('sides  sides', { matchCase: false, wholeWord: false }, 'en').allMatches(editor)).toEqual([]);
  });

  it('finds and replaces text in the cells of a table, which keeps its shape', () => {
    const editor = editorWith([section('body', p('Memorandum:'), table([['Document', 'Date'], ['Memorandum', '21.11.2025']]))]);
    const session = new FindSession('memorandum', { matchCase: false, wholeWord: false }, 'en');
    expect(session.allMatches(editor)).toEqual([
      { anchor: { path: [0, 0, 0], offset: 0 }, focus: { path: [0, 0, 0], offset: 10 } },
      { anchor: { path: [0, 1, 1, 0, 0], offset: 0 }, focus: { path: [0, 1, 1, 0, 0], offset: 10 } },
    ]);
    replaceAllMatches(editor, session.allMatches(editor), 'Agreement');
    expect(editor.children).toEqual([section('body', p('Agreement:'), table([['Document', 'Date'], ['Agreement', '21.11.2025']]))]);
  });

  it('replaces one match keeping the formatting of its start', () => {
    const editor = editorWith([section('lede', p('Bakı, ', { text: 'Bakı', bold: true }))]);
    const [, second] = new FindSession('bakı', { matchCase: false, wholeWord: false }, 'az').allMatches(editor);
    if (!second) throw new Error('no second match');
    replaceMatch(editor, second, 'Gəncə');
    expect(editor.children).toEqual([section('lede', p('Bakı, ', { text: 'Gəncə', bold: true }))]);
  });

  it('replaces all matches in every section as one undo step', () => {
    const before = [section('lede', p('ITU and ITU'), p('The ', { text: 'ITU', italic: true })), section('follow', withField('ITU ', ' ITU.'))];
    const editor = editorWith(structuredClone(before));
    const matches = new FindSession('ITU', { matchCase: true, wholeWord: true }, 'en').allMatches(editor);
    expect(replaceAllMatches(editor, matches, 'BİB')).toBe(5);
    expect(editor.children).toEqual([
      section('lede', p('BİB and BİB'), p('The ', { text: 'BİB', italic: true })),
      section('follow', withField('BİB ', ' BİB.')),
    ]);
    HistoryEditor.undo(editor);
    expect(editor.children).toEqual(before);
  });
});
