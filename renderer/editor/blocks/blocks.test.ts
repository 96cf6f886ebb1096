import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { editorWith, p, section } from '../editor-fixtures';
import { insertVoidBlock, toggleBlockFormat } from './blocks';

describe('blocks', () => {
  it('makes a paragraph a quote and back', () => {
    const editor = editorWith([section('s', p('Sitat'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 2 });
    toggleBlockFormat(editor, { type: 'block-quote' });
    expect(editor.children).toEqual([section('s', { type: 'block-quote', children: [{ text: 'Sitat' }] })]);
    toggleBlockFormat(editor, { type: 'block-quote' });
    expect(editor.children).toEqual([section('s', p('Sitat'))]);
  });

  it('a page break splits the paragraph at the caret and the caret goes after it, as Ctrl+Enter in Word', () => {
    const editor = editorWith([section('s', p('BirIki'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 3 });
    insertVoidBlock(editor, 'page-break');
    expect(editor.children).toEqual([section('s', p('Bir'), { type: 'page-break', children: [{ text: '' }] }, p('Iki'))]);
    expect(editor.selection?.anchor).toEqual({ path: [0, 2, 0], offset: 0 });
  });

  it('a rule at the end of a section gets an empty paragraph after it to type in', () => {
    const editor = editorWith([section('s', p('Son')), section('t', p('x'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 3 });
    insertVoidBlock(editor, 'horizontal-rule');
    expect(editor.children).toEqual([section('s', p('Son'), { type: 'horizontal-rule', children: [{ text: '' }] }, p()), section('t', p('x'))]);
    expect(editor.selection?.anchor).toEqual({ path: [0, 2, 0], offset: 0 });
  });
});
