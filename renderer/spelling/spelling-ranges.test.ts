import { describe, expect, it } from 'vitest';
import type { BlockElement, TextBlockElement } from '../../shared/document/briefing-body';
import { newPicture } from '../../shared/document/picture-normalization';
import { editorWith, p, section } from '../editor/editor-fixtures';
import { pictureTextBlock } from '../editor/pictures/picture-text';
import { misspellingAt, nextMisspelling, pictureTextBlocks, type MisspellingCache } from './spelling-ranges';

const picture = (caption: string, credit = '') => newPicture({ hash: 'ab'.repeat(32), width: 1200, height: 800 }, { caption, credit });

/** The worker's answer for one checked block: each word at its offset in the block's text. */
const misspelt = (cache: MisspellingCache, block: BlockElement | TextBlockElement, text: string, ...words: string[]) =>
  cache.set(
    block as TextBlockElement,
    words.map((word) => ({ word, start: text.indexOf(word), end: text.indexOf(word) + word.length, language: 'en' })),
  );

describe('spelling in captions and credits', () => {
  const body = () => {
    const photo = picture('The cerenomy of signing', 'Ministery press servise');
    const before = p('A mispelt word');
    const after = p('Anothr one');
    const editor = editorWith([section('body', before, photo, after)]);
    const cache: MisspellingCache = new WeakMap();
    misspelt(cache, before, 'A mispelt word', 'mispelt');
    misspelt(cache, pictureTextBlock(photo, 'caption'), photo.caption, 'cerenomy');
    misspelt(cache, pictureTextBlock(photo, 'credit'), photo.credit, 'Ministery', 'servise');
    misspelt(cache, after, 'Anothr one', 'Anothr');
    return { editor, cache, photo };
  };

  it('sends each caption and credit with text to the checker as a paragraph of the briefing, the same object while the picture is unchanged', () => {
    const { editor, photo } = body();
    const sent = pictureTextBlocks(editor);
    expect(sent.map(([block]) => block)).toEqual([p('The cerenomy of signing'), p('Ministery press servise')]);
    expect(sent[0]?.[0]).toBe(pictureTextBlock(photo, 'caption'));
    expect(pictureTextBlocks(editorWith([section('body', picture('', ''))]))).toEqual([]);
  });

  it('walks (F7) through the words of the text, the caption and the credit in reading order, wrapping round', () => {
    const { editor, cache } = body();
    const walk: string[] = [];
    let from = nextMisspelling(editor, undefined, cache);
    for (let step = 0; step < 6 && from; step += 1) {
      walk.push(from.word);
      const range = from.range;
      const end = 'picture' in range ? { ...range, start: range.end } : { anchor: range.focus, focus: range.focus };
      from = nextMisspelling(editor, end, cache);
    }
    expect(walk).toEqual(['mispelt', 'cerenomy', 'Ministery', 'servise', 'Anothr', 'mispelt']);
    // From the caret on the picture itself (the picture selected), the caption comes first.
    expect(nextMisspelling(editor, { anchor: { path: [0, 1, 0], offset: 0 }, focus: { path: [0, 1, 0], offset: 0 } }, cache)?.range).toEqual({
      picture: [0, 1],
      part: 'caption',
      start: 4,
      end: 12,
    });
  });

  it('finds the misspelt word under the caret or pointer in a credit, for its menu', () => {
    const { editor, cache } = body();
    expect(misspellingAt(editor, { picture: [0, 1], part: 'credit', start: 17, end: 17 }, cache)).toEqual({
      range: { picture: [0, 1], part: 'credit', start: 16, end: 23 },
      word: 'servise',
      language: 'en',
    });
    expect(misspellingAt(editor, { picture: [0, 1], part: 'credit', start: 12, end: 12 }, cache)).toBeUndefined();
    expect(misspellingAt(editor, { picture: [0, 1], part: 'caption', start: 17, end: 17 }, cache)).toBeUndefined();
  });
});
