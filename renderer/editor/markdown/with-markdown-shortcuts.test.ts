import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { BlockElement } from '../../../shared/document/briefing-body';
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
