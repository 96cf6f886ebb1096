import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { BlockElement } from '../../../shared/document/briefing-body';
import { editorWith, p, section } from '../editor-fixtures';
import { table } from '../../../tests/support/body-fixtures';
import { newPicture } from '../../../shared/document/picture-normalization';
import { FindSession, replaceAllMatches, replaceMatch } from './find-session';

const picture = (caption: string, credit = '') => newPicture({ hash: 'ab'.repeat(32), width: 1200, height: 800 }, { caption, credit });

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

  it('finds matches in captions and credits in reading order, with the body’s rules for case, whole words and language', () => {
    const editor = editorWith([section('body', p('İlham Əliyev met'), picture('Prezident İLHAM Əliyev görüşdə', 'Foto: ilham.az'), p('ilham'))]);
    const session = new FindSession('ilham', { matchCase: false, wholeWord: true }, 'az');
    expect(session.allMatches(editor)).toEqual([
      { anchor: { path: [0, 0, 0], offset: 0 }, focus: { path: [0, 0, 0], offset: 5 } },
      { picture: [0, 1], part: 'caption', start: 10, end: 15 },
      { picture: [0, 1], part: 'credit', start: 6, end: 11 },
      { anchor: { path: [0, 2, 0], offset: 0 }, focus: { path: [0, 2, 0], offset: 5 } },
    ]);
    // Case matters when asked, as in the text; a picture's alt text is not searched.
    expect(new FindSession('İlham', { matchCase: true, wholeWord: false }, 'az').allMatches(editor)).toHaveLength(1);
  });

  it('replaces in a caption, and Replace all across the body and captions is one undo step', () => {
    const before = [section('body', p('The memorandum was signed.'), picture('Signing the memorandum, memorandum day', 'Memorandum photo'), p('Memorandum'))];
    const editor = editorWith(structuredClone(before));
    const session = new FindSession('memorandum', { matchCase: false, wholeWord: false }, 'en');
    const [, inCaption] = session.allMatches(editor);
    if (!inCaption) throw new Error('no match in the caption');
    replaceMatch(editor, inCaption, 'agreement');
    expect(editor.children).toEqual([section('body', p('The memorandum was signed.'), picture('Signing the agreement, memorandum day', 'Memorandum photo'), p('Memorandum'))]);
    HistoryEditor.undo(editor);
    expect(editor.children).toEqual(before);

    expect(replaceAllMatches(editor, session.allMatches(editor), 'MoU')).toBe(5);
    expect(editor.children).toEqual([section('body', p('The MoU was signed.'), picture('Signing the MoU, MoU day', 'MoU photo'), p('MoU'))]);
    HistoryEditor.undo(editor);
    expect(editor.children).toEqual(before);
  });
});
