import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { paragraph, section } from '../../tests/support/body-fixtures';
import type { SectionElement } from './briefing-body';
import { withSectionGuards } from './with-section-guards';

const p = paragraph;

function editorWith(children: Descendant[]): Editor {
  const editor = withSectionGuards(createEditor());
  editor.children = children;
  return editor;
}

describe('withSectionGuards', () => {
  it('Backspace at the start of a section does not merge it into the one before', () => {
    const editor = editorWith([section('a', p('first')), section('b', p('second'))]);
    Transforms.select(editor, { path: [1, 0, 0], offset: 0 });
    editor.deleteBackward('character');
    expect(editor.children).toEqual([section('a', p('first')), section('b', p('second'))]);
  });

  it('Delete at the end of a section does not pull the next one in', () => {
    const editor = editorWith([section('a', p('first')), section('b', p('second'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 5 });
    editor.deleteForward('character');
    expect(editor.children).toEqual([section('a', p('first')), section('b', p('second'))]);
  });

  it('deleting a selection across sections clears each part and keeps every section', () => {
    const editor = editorWith([section('a', p('keep this'), p('drop')), section('b', p('all of b')), section('c', p('gone, kept'))]);
    Transforms.select(editor, { anchor: { path: [0, 0, 0], offset: 4 }, focus: { path: [2, 0, 0], offset: 6 } });
    Editor.deleteFragment(editor);
    expect(editor.children).toEqual([section('a', p('keep')), section('b', p('')), section('c', p('kept'))]);
  });

  it('pasting a fragment that holds sections inserts their blocks, never a nested section', () => {
    const editor = editorWith([section('a', p('start'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 5 });
    editor.insertFragment([section('x', p(' one')), section('y', p('two'))]);
    const [only] = editor.children as SectionElement[];
    expect(editor.children).toHaveLength(1);
    expect(only?.children.every((block) => block.type === 'paragraph')).toBe(true);
    expect(Editor.string(editor, [0])).toBe('start onetwo');
  });

  describe('editing over a selection that spans sections keeps every section', () => {
    const three = () => [section('who', p('Alpha')), section('agreed', p('Beta')), section('next', p('Gamma'))];
    const across = (editor: Editor) =>
      Transforms.select(editor, { anchor: { path: [0, 0, 0], offset: 2 }, focus: { path: [1, 0, 0], offset: 2 } });

    it('typing', () => {
      const editor = editorWith(three());
      across(editor);
      editor.insertText('X');
      expect(editor.children).toEqual([section('who', p('AlX')), section('agreed', p('ta')), section('next', p('Gamma'))]);
    });

    it('Enter', () => {
      const editor = editorWith(three());
      across(editor);
      editor.insertBreak();
      expect(editor.children).toEqual([section('who', p('Al'), p('')), section('agreed', p('ta')), section('next', p('Gamma'))]);
    });

    it('paste', () => {
      const editor = editorWith(three());
      across(editor);
      editor.insertFragment([p('PASTED')]);
      expect(editor.children).toEqual([section('who', p('AlPASTED')), section('agreed', p('ta')), section('next', p('Gamma'))]);
    });

    it('inserting a field', () => {
      const editor = editorWith(three());
      across(editor);
      Transforms.insertNodes(editor, { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] });
      expect(editor.children).toEqual([
        section('who', { type: 'paragraph', children: [{ text: 'Al' }, { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] }, { text: '' }] }),
        section('agreed', p('ta')),
        section('next', p('Gamma')),
      ]);
    });

    it('select all, then type', () => {
      const editor = editorWith(three());
      Transforms.select(editor, Editor.range(editor, []));
      editor.insertText('Z');
      expect(editor.children).toEqual([section('who', p('Z')), section('agreed', p('')), section('next', p(''))]);
    });
  });
});
