import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { SectionElement } from '../../../shared/document/briefing-body';
import { editorWith, p, section } from '../editor-fixtures';
import { sanitizePastedHtml } from './sanitize-pasted-html';
import { parseSlateFragment } from './slate-fragment';

import { htmlToBlocks } from '../../../shared/document/html/html-to-blocks';
import googleDocsHtml from '../../../tests/fixtures/paste/google-docs.html?raw';
import hostileHtml from '../../../tests/fixtures/paste/hostile.html?raw';
import libreOfficeHtml from '../../../tests/fixtures/paste/libreoffice-writer.html?raw';
import webPageHtml from '../../../tests/fixtures/paste/web-page.html?raw';
import wordHtml from '../../../tests/fixtures/paste/word-365-windows.html?raw';
import wordTableHtml from '../../../tests/fixtures/paste/word-365-table.html?raw';
import googleDocsTableHtml from '../../../tests/fixtures/paste/google-docs-table.html?raw';
import libreOfficeTableHtml from '../../../tests/fixtures/paste/libreoffice-table.html?raw';

const fixtures: Record<string, string> = {
  'hostile.html': hostileHtml,
  'word-365-windows.html': wordHtml,
  'google-docs.html': googleDocsHtml,
  'libreoffice-writer.html': libreOfficeHtml,
  'web-page.html': webPageHtml,
  'word-365-table.html': wordTableHtml,
  'google-docs-table.html': googleDocsTableHtml,
  'libreoffice-table.html': libreOfficeTableHtml,
};
const fixture = (name: string): string => fixtures[name] ?? '';
/** A clipboard as the browser hands it to the editor on paste. */
function clipboard(items: Record<string, string>): DataTransfer {
  return { getData: (type: string) => items[type] ?? '' } as DataTransfer;
}

describe('sanitizePastedHtml', () => {
  it('leaves nothing executable or external in the hostile sample', () => {
    const container = sanitizePastedHtml(fixture('hostile.html'));
    const html = container.innerHTML;
    for (const forbidden of ['<script', '<img', '<iframe', '<svg', '<math', '<style', '<form', '<input', '<object', '<embed', 'onerror', 'onclick', 'onmouseover', 'javascript', 'data:', 'file:', 'href="/relative']) {
      expect(html, forbidden).not.toContain(forbidden);
    }
    expect(container.textContent).toContain('Safe text stays');
    expect(container.textContent).toContain('Last paragraph with bold');
  });

  it.each(['word-365-windows.html', 'google-docs.html', 'libreoffice-writer.html', 'web-page.html'])(
    'keeps everything the deserialiser reads from %s',
    (name) => {
      const unsanitised = new DOMParser().parseFromString(fixture(name), 'text/html').body;
      const blocks = htmlToBlocks(sanitizePastedHtml(fixture(name)));
      expect(blocks.length).toBeGreaterThan(5);
      expect(blocks).toEqual(htmlToBlocks(unsanitised));
    },
  );
});

describe('pasting tables', () => {
  it.each(['word-365-table.html', 'google-docs-table.html', 'libreoffice-table.html'])('the sanitiser keeps what the table reader needs from %s', (name) => {
    const unsanitised = new DOMParser().parseFromString(fixture(name), 'text/html').body;
    const blocks = htmlToBlocks(sanitizePastedHtml(fixture(name)));
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks).toEqual(htmlToBlocks(unsanitised));
  });

  it('a table pasted from Word arrives in the editor as a table after the paragraph with the caret', () => {
    const editor = editorWith([section('body', p('Intro'), p('After'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 5 });
    editor.insertData(clipboard({ 'text/html': fixture('word-365-table.html'), 'text/plain': 'ignored' }));
    const [body] = editor.children as SectionElement[];
    expect(body?.children.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    const table = body?.children[1];
    expect(table?.type === 'table' && table.children.map((row) => row.children.length)).toEqual([3, 3, 3]);
  });
});

describe('withPaste', () => {
  it('pastes the Word clipboard into the section with the caret, as blocks of that section', () => {
    const editor = editorWith([section('lede', p('Before: ')), section('next', p('Untouched'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 8 });
    editor.insertData(clipboard({ 'text/html': fixture('word-365-windows.html'), 'text/plain': 'ignored' }));
    expect(editor.children).toHaveLength(2);
    const [lede, next] = editor.children as SectionElement[];
    expect(next).toEqual(section('next', p('Untouched')));
    expect(lede?.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'list-item', 'list-item', 'list-item', 'list-item', 'list-item', 'paragraph']);
    // The first pasted block joins the paragraph the caret was in, as in Word.
    expect(lede?.children[0]).toEqual(p('Before: Görüşün nəticələri'));
    expect(lede?.children[3]).toMatchObject({ type: 'list-item', listType: 'bulleted', indent: 1 });
  });

  it('drops a hostile sample down to its text', () => {
    const editor = editorWith([section('lede', p(''))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    editor.insertData(clipboard({ 'text/html': fixture('hostile.html') }));
    const json = JSON.stringify(editor.children);
    for (const forbidden of ['javascript', 'data:', 'alert', 'evil', 'file:']) expect(json).not.toContain(forbidden);
    expect(json).toContain('Safe text stays');
  });

  it('splits plain text into paragraphs', () => {
    const editor = editorWith([section('lede', p(''))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    editor.insertData(clipboard({ 'text/plain': 'Birinci abzas\nВторой абзац\r\nThird' }));
    expect(editor.children).toEqual([section('lede', p('Birinci abzas'), p('Второй абзац'), p('Third'))]);
  });

  it('takes a copied briefing fragment, but refuses one that is not a valid briefing piece', () => {
    const encode = (value: unknown) => btoa(encodeURIComponent(JSON.stringify(value)));
    const editor = editorWith([section('lede', p('')), section('next', p('x'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    editor.insertData(clipboard({ 'application/x-slate-fragment': encode([section('other', p('Copied'))]), 'text/plain': 'Copied' }));
    expect(editor.children).toEqual([section('lede', p('Copied')), section('next', p('x'))]);

    const hostile = [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'click' }] }] }];
    editor.insertData(clipboard({ 'application/x-slate-fragment': encode(hostile), 'text/plain': ' click' }));
    expect(JSON.stringify(editor.children)).not.toContain('javascript');
    expect(editor.children[0]).toEqual(section('lede', p('Copied click')));
  });

  it('refuses a fragment that refers to a field the template lacks, and pastes its plain text instead', () => {
    const encode = (value: unknown) => btoa(encodeURIComponent(JSON.stringify(value)));
    const reference = (fieldId: string) => [{ type: 'paragraph', children: [{ text: 'On ' }, { type: 'field-ref', fieldId, children: [{ text: '' }] }, { text: '' }] }];
    const known = new Set(['meetingDate']);
    expect(parseSlateFragment(encode(reference('meetingDate')), known)).toEqual(reference('meetingDate'));
    for (const fieldId of ['constructor', 'toString', 'hasOwnProperty', 'unknownField']) {
      expect(parseSlateFragment(encode(reference(fieldId)), known), fieldId).toBeUndefined();
    }
    // Without a template no reference can be checked, so none is taken.
    expect(parseSlateFragment(encode(reference('meetingDate')))).toBeUndefined();

    const editor = editorWith([section('lede', p('')), section('next', p('x'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    editor.insertData(clipboard({ 'application/x-slate-fragment': encode(reference('constructor')), 'text/plain': 'On the day' }));
    expect(editor.children).toEqual([section('lede', p('On the day')), section('next', p('x'))]);
  });
});
