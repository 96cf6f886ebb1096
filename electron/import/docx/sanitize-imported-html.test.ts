import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../shared/document/html/html-to-blocks';
import { sanitizeImportedHtml } from './sanitize-imported-html';

describe('sanitizeImportedHtml', () => {
  it('answers a page with no body (a frameset) with an empty tree rather than null (found by tests/fuzz)', () => {
    const root = sanitizeImportedHtml('<div id="31"><frameset onload=alert(31)>//</div>');
    expect(root.childNodes).toHaveLength(0);
    expect(htmlToBlocks(root)).toEqual([]);
  });

  it('keeps text, marks and http links, and drops scripts, handlers and other addresses', () => {
    const root = sanitizeImportedHtml('<p onclick="alert(1)">Bakı <b>görüş</b> <a href="javascript:alert(1)">x</a> <a href="https://www.itu.int/">ITU</a><script>alert(1)</script></p>');
    expect(htmlToBlocks(root)).toEqual([
      {
        type: 'paragraph',
        children: [{ text: 'Bakı ' }, { text: 'görüş', bold: true }, { text: ' x ' }, { type: 'link', url: 'https://www.itu.int/', children: [{ text: 'ITU' }] }, { text: '' }],
      },
    ]);
  });
});
