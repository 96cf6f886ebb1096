import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Transforms, type Descendant } from 'slate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sanitizeImportedHtml } from '../../electron/import/docx/sanitize-imported-html';
import { sanitizePastedHtml } from '../../renderer/editor/paste/sanitize-pasted-html';
import { editorWith, p, section } from '../../renderer/editor/editor-fixtures';
import { briefingBodySchema, isAllowedLinkUrl, type BriefingBody } from '../../shared/document/briefing-body';
import { normalizeBriefingBody } from '../../shared/document/briefing-normalization';
import { htmlToBlocks } from '../../shared/document/html/html-to-blocks';
import type { HtmlNode } from '../../shared/document/html/html-node';
import { pasteAllowList } from '../../shared/document/html/paste-allow-list';
import { checkProperty, count, report, runs } from './fuzz-run';
import { hostileHtml } from './hostile-html';

const randomDocuments = runs(400);
const fixtureFolder = join(import.meta.dirname, '..', 'fixtures');

const tally = { documents: 0, corpus: 0, fixtures: 0, links: 0, blocks: 0, held: new Set<string>() };

/** DOMPurify's own test cases (tests/fixtures/dompurify/README.md); only the payloads are used. */
let corpus: { title: string; payload: string }[] = [];
beforeAll(async () => {
  const module: unknown = await import(pathToFileURL(join(fixtureFolder, 'dompurify', 'expect.mjs')).href);
  const cases = z.object({ default: z.array(z.object({ title: z.string().optional(), payload: z.string() })) }).parse(module).default;
  corpus = cases.map((entry, index) => ({ title: entry.title ?? `case ${index + 1}`, payload: entry.payload }));
});

afterAll(() => {
  const held = ['random', 'corpus', 'fixtures'].every((name) => tally.held.has(name));
  report(
    `Paste fuzz: ${count(tally.documents)} random hostile documents, ${count(tally.corpus)} DOMPurify corpus samples and ${count(tally.fixtures)} paste fixtures, ` +
      `each through the paste pipeline (DOMPurify with the allow-list, htmlToBlocks, normalisation) and the Word import's sanitiser; ${count(tally.blocks)} blocks and ${count(tally.links)} links came out; ` +
      `no script, handler, javascript:/data:/vbscript: address or style in the model: ${held ? 'held' : 'NOT shown'}`,
  );
});

/** What the sanitiser left that the allow-list does not allow, or undefined. */
function sanitisedTreeProblem(root: HtmlNode): string | undefined {
  const allowedTags = new Set<string>(pasteAllowList.tags);
  const allowedAttributes = new Set<string>(pasteAllowList.attributes);
  const visit = (node: HtmlNode, top: boolean): string | undefined => {
    if (node.nodeType === 1 && !top) {
      const element = node as unknown as Element;
      const tag = element.nodeName.toLowerCase();
      if (!allowedTags.has(tag)) return `a <${tag}> element`;
      for (const { name, value } of Array.from(element.attributes)) {
        // DOMPurify cannot remove `is` (custom elements read it at parse time) and empties it instead:
        // its own corpus expects `<b is="">`. Empty, it names no element.
        if (name === 'is' && value === '') continue;
        if (!allowedAttributes.has(name)) return `${name}="${value.slice(0, 60)}" on <${tag}>`;
        if (name === 'href' && !pasteAllowList.urlPattern.test(value)) return `href="${value.slice(0, 60)}"`;
        if ((name === 'style' || name === pasteAllowList.styleAlias) && /url\(|expression\(|\\|javascript/iu.test(value)) return `style="${value.slice(0, 60)}"`;
      }
    }
    for (const child of Array.from(node.childNodes)) {
      const problem = visit(child, false);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(root, true);
}

/**
 * What must never be in a briefing made from pasted or imported HTML: an
 * element or property the schema does not know (a script, a handler, a
 * style) — the schema is strict — and any address that is not http, https
 * or mailto. Text that reads like markup is text and is allowed.
 */
function modelProblem(body: BriefingBody): string | undefined {
  const parsed = briefingBodySchema.safeParse(body);
  if (!parsed.success) return `not a valid body: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`;
  const visit = (node: unknown): string | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    for (const [key, value] of Object.entries(node)) {
      if (/^on|^style$|^href$|^src$/iu.test(key)) return `a "${key}" property`;
      if (key === 'url') {
        if (typeof value !== 'string' || !isAllowedLinkUrl(value) || /^\s*(javascript|data|vbscript|file):/iu.test(value)) return `a link to ${String(value).slice(0, 60)}`;
        tally.links += 1;
      }
      if (key === 'type' && !['section', 'paragraph', 'heading', 'list-item', 'block-quote', 'page-break', 'horizontal-rule', 'table', 'table-row', 'table-cell', 'field-ref', 'link'].includes(String(value))) return `a ${String(value)} element`;
      const problem = visit(value);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(body);
}

/** The paste pipeline as `withPaste` runs it, then the body's normalisation; and the same HTML through the Word import's sanitiser. */
function expectSafe(html: string): void {
  const pasted = sanitizePastedHtml(html);
  expect(sanitisedTreeProblem(pasted)).toBeUndefined();
  const imported = sanitizeImportedHtml(html);
  expect(sanitisedTreeProblem(imported)).toBeUndefined();
  for (const root of [pasted, imported]) {
    const blocks = htmlToBlocks(root);
    tally.blocks += blocks.length;
    const body = normalizeBriefingBody([section('pasted', ...(blocks.length > 0 ? blocks : [p('')]))] as Descendant[]);
    expect(modelProblem(body)).toBeUndefined();
  }
}

/** The whole editor path: the clipboard's HTML through `editor.insertData` into a section, as Ctrl+V does. */
function expectSafePaste(html: string): void {
  const editor = editorWith([section('lede', p('Before ')), section('next', p('after'))]);
  Transforms.select(editor, { path: [0, 0, 0], offset: 7 });
  editor.insertData({ getData: (type: string) => (type === 'text/html' ? html : '') } as DataTransfer);
  expect(modelProblem(editor.children as BriefingBody)).toBeUndefined();
  expect(editor.children).toHaveLength(2);
}

describe('Paste and import: hostile HTML never reaches the model', () => {
  it('holds for random hostile documents', async () => {
    await checkProperty(
      'hostile HTML never reaches the model',
      hostileHtml,
      (html) => {
        expectSafe(html);
        tally.documents += 1;
      },
      randomDocuments,
    );
    tally.held.add('random');
  });

  it('holds for every sample of DOMPurify’s own test corpus', () => {
    expect(corpus.length).toBeGreaterThan(200);
    for (const { title, payload } of corpus) {
      try {
        expectSafe(payload);
        expectSafePaste(payload);
      } catch (error) {
        throw new Error(`DOMPurify sample "${title}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      tally.corpus += 1;
    }
    tally.held.add('corpus');
  });

  it('holds for the paste fixtures (Word, Google Docs, LibreOffice, a web page, the hostile sample)', () => {
    const folder = join(fixtureFolder, 'paste');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(folder, name), 'utf8');
      expectSafe(html);
      expectSafePaste(html);
      tally.fixtures += 1;
    }
    tally.held.add('fixtures');
  });
});
