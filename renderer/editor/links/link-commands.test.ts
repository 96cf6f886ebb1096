import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { LinkElement } from '../../../shared/document/briefing-body';
import { editorWith, p, section } from '../editor-fixtures';
import { removeLink, setLink } from './link-commands';

const itu: LinkElement = { type: 'link', url: 'https://www.itu.int/', children: [{ text: 'ITU' }] };

describe('links', () => {
  it('wraps selected text in a link', () => {
    const editor = editorWith([section('s', p('Met ITU today'))]);
    Transforms.select(editor, { anchor: { path: [0, 0, 0], offset: 4 }, focus: { path: [0, 0, 0], offset: 7 } });
    setLink(editor, 'https://www.itu.int/');
    expect(editor.children).toEqual([section('s', { type: 'paragraph', children: [{ text: 'Met ' }, itu, { text: ' today' }] })]);
  });

  it('inserts a new link with its text at a caret', () => {
    const editor = editorWith([section('s', p('Write to '))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 9 });
    setLink(editor, 'mailto:press@mfa.gov.az');
    expect(editor.children).toEqual([
      section('s', { type: 'paragraph', children: [{ text: 'Write to ' }, { type: 'link', url: 'mailto:press@mfa.gov.az', children: [{ text: 'press@mfa.gov.az' }] }, { text: '' }] }),
    ]);
  });

  it('edits the address and text of the link at the caret, and removes it keeping the text', () => {
    const editor = editorWith([section('s', { type: 'paragraph', children: [{ text: 'Met ' }, itu, { text: '.' }] })]);
    Transforms.select(editor, { path: [0, 0, 1, 0], offset: 1 });
    setLink(editor, 'https://www.itu.int/en/', 'BİB');
    expect(editor.children).toEqual([
      section('s', { type: 'paragraph', children: [{ text: 'Met ' }, { type: 'link', url: 'https://www.itu.int/en/', children: [{ text: 'BİB' }] }, { text: '.' }] }),
    ]);
    Transforms.select(editor, { path: [0, 0, 1, 0], offset: 1 });
    removeLink(editor);
    expect(editor.children).toEqual([section('s', p('Met BİB.'))]);
  });
});
