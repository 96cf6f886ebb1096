import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../shared/document/html/html-to-blocks';
import type { HtmlNode } from '../../../shared/document/html/html-node';
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

describe('sanitizeImportedHtml and <body>', () => {
  const elements = (node: HtmlNode): HtmlNode[] => Array.from(node.childNodes).flatMap((child) => [child, ...elements(child)]);

  it('returns the body’s content, never a body element or its handlers, wherever the HTML writes a <body>', () => {
    const html = [
      '<body onload="alert(1)" style="font-weight:bold"><p>Bakı</p>',
      '<svg><foreignObject><body onfocus="alert(2)"><p>inside svg</p></body></foreignObject></svg>',
      '<math><annotation-xml encoding="text/html"><body onclick="alert(3)">x</body></annotation-xml></math>',
      '<table><tr><td><body onerror="alert(4)"><p>cell</p></td><td>two</td></tr></table>',
      '<template><body onload="alert(5)"></body></template><p>end</p></body>',
    ].join('');
    const root = sanitizeImportedHtml(html);
    expect(root.nodeType).toBe(11);
    const names = elements(root).map((node) => node.nodeName.toLowerCase());
    expect(names).not.toContain('body');
    expect(names).not.toContain('svg');
    const handlers = elements(root).flatMap((node) => ['onload', 'onfocus', 'onclick', 'onerror'].map((name) => node.getAttribute?.(name) ?? null));
    expect(handlers.filter((value) => value !== null)).toEqual([]);
    const blocks = htmlToBlocks(root);
    // The body's own style is no mark on its content: only what is inside the body is returned.
    expect(blocks[0]).toEqual({ type: 'paragraph', children: [{ text: 'Bakı' }] });
    expect(JSON.stringify(blocks)).toContain('cell');
    expect(JSON.stringify(blocks)).toContain('end');
    expect(JSON.stringify(blocks)).not.toContain('alert');
  });

  it('keeps a long document whole and in order', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, index) => `<p>Paragraph ${index + 1}</p>`);
    const root = sanitizeImportedHtml(`<h1>Title</h1>${paragraphs.join('')}<ul><li>last</li></ul>`);
    const blocks = htmlToBlocks(root);
    expect(blocks).toHaveLength(3002);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ text: 'Paragraph 1' }] });
    expect(blocks[3000]).toEqual({ type: 'paragraph', children: [{ text: 'Paragraph 3000' }] });
    expect(blocks[3001]).toMatchObject({ type: 'list-item' });
  });
});
