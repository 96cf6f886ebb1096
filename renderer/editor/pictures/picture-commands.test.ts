import { Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { briefingBodySchema } from '../../../shared/document/briefing-body';
import { newPicture } from '../../../shared/document/picture-normalization';
import { normalizeBriefingBody } from '../../../shared/document/briefing-normalization';
import { editorWith, p, section } from '../editor-fixtures';
import { insertPicture, movePicture, removePicture, selectedPicture, setPicture } from './picture-commands';

const image = { hash: 'ab'.repeat(32), width: 1200, height: 800 };
const picture = (texts: Parameters<typeof newPicture>[1] = {}) => newPicture(image, texts);

describe('picture commands', () => {
  it('inserts a picture in place of an empty paragraph, selected, with a paragraph after it', () => {
    const editor = editorWith([section('s', p('Lede'), p())]);
    Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
    insertPicture(editor, image);
    expect(editor.children).toEqual([section('s', p('Lede'), picture(), p())]);
    expect(selectedPicture(editor)?.[1]).toEqual([0, 1]);
    expect(briefingBodySchema.safeParse(editor.children).success).toBe(true);
  });

  it('inserts after a paragraph with text, and sets caption, credit, alt text and layout', () => {
    const editor = editorWith([section('s', p('Lede'), p('After'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 2 });
    insertPicture(editor, image);
    setPicture(editor, [0, 1], { caption: 'Prezident İlham Əliyev görüşdə', credit: 'AZƏRTAC', alt: 'İki nümayəndə heyəti masa arxasında', layout: 'half' });
    expect(editor.children).toEqual([
      section('s', p('Lede'), picture({ caption: 'Prezident İlham Əliyev görüşdə', credit: 'AZƏRTAC', alt: 'İki nümayəndə heyəti masa arxasında', layout: 'half' }), p('After')),
    ]);
  });

  it('moves the selected picture up and down within its section, and no further', () => {
    const editor = editorWith([section('s', p('One'), picture(), p('Two'))]);
    Transforms.select(editor, Editor.start(editor, [0, 1]));
    expect(movePicture(editor, -1)).toBe(true);
    expect(editor.children).toEqual([section('s', picture(), p('One'), p('Two'))]);
    expect(movePicture(editor, -1)).toBe(false);
    expect(movePicture(editor, 1)).toBe(true);
    expect(movePicture(editor, 1)).toBe(true);
    expect(editor.children).toEqual([section('s', p('One'), p('Two'), picture())]);
    Transforms.select(editor, Editor.start(editor, [0, 0]));
    expect(movePicture(editor, 1)).toBe(false);
  });

  it('removes a picture', () => {
    const editor = editorWith([section('s', p('One'), picture(), p('Two'))]);
    removePicture(editor, [0, 1]);
    expect(editor.children).toEqual([section('s', p('One'), p('Two'))]);
  });
});

describe('picture normalisation', () => {
  const body = (...blocks: unknown[]) => [{ ...section('s'), children: blocks }] as unknown as Descendant[];

  it('keeps a valid picture as it is', () => {
    const valid = picture({ caption: 'Caption', credit: 'Credit', alt: 'Alt' });
    expect(normalizeBriefingBody(body(valid))[0]?.children).toEqual([valid]);
  });

  it('repairs layout and texts, and drops a picture it cannot show', () => {
    const repaired = normalizeBriefingBody(
      body(
        { ...picture(), layout: 'float-left', caption: 'Line one\nline two', credit: 7, alt: 'x'.repeat(5000) },
        { ...picture(), hash: 'https://example.org/photo.jpg' },
        { ...picture(), width: 0 },
        { ...picture(), children: [{ text: 'stray text' }] },
        p('After'),
      ),
    );
    expect(repaired[0]?.children).toEqual([
      { ...picture(), caption: 'Line one line two', credit: '', alt: 'x'.repeat(1000) },
      picture(),
      p('After'),
    ]);
  });

  it('lifts a picture out of a paragraph it was pasted into', () => {
    const repaired = normalizeBriefingBody(body({ type: 'paragraph', children: [{ text: 'Before' }, picture(), { text: 'after' }] }));
    expect(repaired[0]?.children).toEqual([p('Before'), picture(), p('after')]);
  });
});
