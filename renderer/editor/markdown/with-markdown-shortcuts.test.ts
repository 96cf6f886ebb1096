import { Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { BlockElement } from '../../../shared/document/briefing-body';
import { decideSuggestion, setSuggesting, suggestionList } from '../../../shared/document/suggestions';
import { editorWith, p, section } from '../editor-fixtures';

function typeAtStart(block: BlockElement, typed: string) {
  const editor = editorWith([section('s', block)]);
  Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
  for (const character of typed) editor.insertText(character);
  return editor;
}

describe('markdown shortcuts', () => {
  it.each([
    ['- ', { type: 'list-item', listType: 'bulleted', indent: 0 }],
    ['* ', { type: 'list-item', listType: 'bulleted', indent: 0 }],
    ['1. ', { type: 'list-item', listType: 'numbered', indent: 0 }],
    ['> ', { type: 'block-quote' }],
    ['## ', { type: 'heading', level: 2 }],
    ['### ', { type: 'heading', level: 3 }],
    ['#### ', { type: 'heading', level: 4 }],
  ])('"%s" at the start of a paragraph formats it and goes away', (typed, format) => {
    const editor = typeAtStart(p('Rəqəmsal iqtisadiyyat'), typed);
    expect(editor.children).toEqual([section('s', { ...format, children: [{ text: 'Rəqəmsal iqtisadiyyat' }] } as BlockElement)]);
  });

  it.each(['constructor ', 'toString ', 'valueOf '])('"%s" is a word like any other: it stays and changes nothing', (typed) => {
    const editor = typeAtStart(p('x'), typed);
    expect(editor.children).toEqual([section('s', p(`${typed}x`))]);
  });

  it('one undo brings the typed characters back', () => {
    const editor = typeAtStart(p('x'), '- ');
    HistoryEditor.undo(editor);
    expect(editor.children).toEqual([section('s', p('-x'))]);
  });

  it('does nothing in the middle of text or inside a heading', () => {
    const editor = editorWith([section('s', p('a - b'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 3 });
    editor.insertText(' ');
    expect(editor.children).toEqual([section('s', p('a -  b'))]);
    const heading = typeAtStart({ type: 'heading', level: 3, children: [{ text: 'T' }] }, '- ');
    expect(heading.children).toEqual([section('s', { type: 'heading', level: 3, children: [{ text: '- T' }] })]);
  });
});

describe('markdown shortcuts and list keys in Suggesting mode', () => {
  const when = new Date('2025-11-21T10:00:00.000Z');
  const suggesting = (editor: ReturnType<typeof editorWith>) => {
    let next = 0;
    setSuggesting(editor, { author: 'Rəşad Quliyev', now: () => when, newId: () => `s${(next += 1)}` });
    return editor;
  };

  it('"## " typed by a reviewer makes a suggested heading, and rejecting it gives the paragraph back without the prefix', () => {
    const editor = suggesting(editorWith([section('s', p('Rəqəmsal iqtisadiyyat'))]));
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    for (const character of '## ') editor.insertText(character);
    expect(editor.children).toEqual([
      section('s', { type: 'heading', level: 2, formSuggestion: { id: 's2', author: 'Rəşad Quliyev', at: when.toISOString(), from: { type: 'paragraph' } }, children: [{ text: 'Rəqəmsal iqtisadiyyat' }] }),
    ]);
    expect(suggestionList(editor.children).map(({ kind, form }) => [kind, form])).toEqual([['format', { type: 'heading', level: 2 }]]);
    decideSuggestion(editor, undefined, 'reject');
    expect(editor.children).toEqual([section('s', p('Rəqəmsal iqtisadiyyat'))]);
  });

  it('"1. " that is the author’s own text stays text: the reviewer’s space is a suggested insertion', () => {
    const editor = suggesting(editorWith([section('s', p('1.x'))]));
    Transforms.select(editor, { path: [0, 0, 0], offset: 2 });
    editor.insertText(' ');
    expect(Node.string(editor)).toBe('1. x');
    expect(suggestionList(editor.children).map(({ kind, text }) => [kind, text])).toEqual([['insert', ' ']]);
  });

  it('Enter on an empty list item suggests ending the list: accepted it is a paragraph, rejected the empty item is back', () => {
    const build = () => {
      const editor = suggesting(editorWith([section('s', { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'Bir' }] }, { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: '' }] })]));
      Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
      editor.insertBreak();
      return editor;
    };
    const rejected = build();
    expect(rejected.children[0]).toMatchObject({ children: [{ type: 'list-item' }, { type: 'paragraph', formSuggestion: { from: { type: 'list-item', listType: 'numbered', indent: 0 } } }] });
    decideSuggestion(rejected, undefined, 'reject');
    expect((rejected.children[0] as { children: unknown[] }).children[1]).toEqual({ type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: '' }] });
    const accepted = build();
    decideSuggestion(accepted, undefined, 'accept');
    expect((accepted.children[0] as { children: unknown[] }).children[1]).toEqual({ type: 'paragraph', children: [{ text: '' }] });
  });
});
