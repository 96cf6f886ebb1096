import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { newPicture } from '../../../shared/document/picture-normalization';
import { editorWith, p, section } from '../editor-fixtures';
import { cleanPictureText, compareSpanStarts, typePictureText, type PictureTextSpan } from './picture-text';

const picture = (caption: string, credit = '') => newPicture({ hash: 'ab'.repeat(32), width: 1200, height: 800 }, { caption, credit });

describe('caption and credit text', () => {
  it('makes one burst of typing in a caption one undo step, and a new burst or another edit a step of its own', async () => {
    const editor = editorWith([section('s', p('Lede'), picture(''))]);
    // Each keystroke is a task of its own: Slate merges the operations of one task into one step anyway.
    const keystrokes: (() => void)[] = [
      () => typePictureText(editor, [0, 1], 'caption', 'S', false),
      () => typePictureText(editor, [0, 1], 'caption', 'Si', true),
      () => typePictureText(editor, [0, 1], 'caption', 'Sig', true),
      () => typePictureText(editor, [0, 1], 'credit', 'A', true), // the credit is another field
      () => Transforms.insertText(editor, '!', { at: { path: [0, 0, 0], offset: 4 } }),
      () => typePictureText(editor, [0, 1], 'caption', 'Sign', true),
      () => typePictureText(editor, [0, 1], 'caption', 'Signing', false), // the field took the keyboard again
    ];
    for (const keystroke of keystrokes) {
      keystroke();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const states: unknown[] = [];
    for (let step = 0; step < 5; step += 1) {
      HistoryEditor.undo(editor);
      states.push(editor.children);
    }
    expect(states).toEqual([
      [section('s', p('Lede!'), picture('Sign', 'A'))],
      [section('s', p('Lede!'), picture('Sig', 'A'))],
      [section('s', p('Lede'), picture('Sig', 'A'))],
      [section('s', p('Lede'), picture('Sig', ''))],
      [section('s', p('Lede'), picture(''))],
    ]);
  });

  it('keeps a caption to one line and its length', () => {
    expect(cleanPictureText('Line one\nline two\r\n\tend', 'caption')).toBe('Line one line two end');
    expect(cleanPictureText('x'.repeat(600), 'credit')).toHaveLength(500);
  });

  it('orders a caption after its picture and before its credit and the next block', () => {
    const onPicture = { anchor: { path: [0, 1, 0], offset: 0 }, focus: { path: [0, 1, 0], offset: 0 } };
    const caption: PictureTextSpan = { picture: [0, 1], part: 'caption', start: 3, end: 5 };
    const credit: PictureTextSpan = { picture: [0, 1], part: 'credit', start: 0, end: 1 };
    const next = { anchor: { path: [0, 2, 0], offset: 0 }, focus: { path: [0, 2, 0], offset: 0 } };
    expect(compareSpanStarts(onPicture, caption)).toBeLessThan(0);
    expect(compareSpanStarts(caption, credit)).toBeLessThan(0);
    expect(compareSpanStarts(credit, next)).toBeLessThan(0);
    expect(compareSpanStarts({ ...caption, start: 1 }, caption)).toBeLessThan(0);
  });
});
