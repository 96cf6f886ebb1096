import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { editorWith, p, section } from '../editor-fixtures';
import { clearMarks, toggleMark } from './marks';

const selectAll = (editor: ReturnType<typeof editorWith>) => Transforms.select(editor, Editor.range(editor, [0, 0]));

describe('marks', () => {
  it('toggles strikethrough on a selection and off again', () => {
    const editor = editorWith([section('s', p('Əsas '))]);
    selectAll(editor);
    toggleMark(editor, 'strikethrough');
    expect(editor.children).toEqual([section('s', p({ text: 'Əsas ', strikethrough: true }))]);
    toggleMark(editor, 'strikethrough');
    expect(editor.children).toEqual([section('s', p('Əsas '))]);
  });

  it('superscript replaces subscript rather than stacking on it', () => {
    const editor = editorWith([section('s', p({ text: 'H2O 2', subscript: true }))]);
    selectAll(editor);
    toggleMark(editor, 'superscript');
    expect(editor.children).toEqual([section('s', p({ text: 'H2O 2', superscript: true }))]);
  });

  it('clear formatting removes every mark from the selection', () => {
    const editor = editorWith([section('s', p({ text: 'ab', bold: true, italic: true }, { text: 'cde', underline: true, superscript: true }))]);
    selectAll(editor);
    clearMarks(editor);
    expect(editor.children).toEqual([section('s', p('abcde'))]);
  });
});
