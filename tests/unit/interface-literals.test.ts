import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Props that carry words a person reads or hears (a screen reader reads labels and titles). */
const wordingProps = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label', 'caption', 'textLabel', 'extraLabel', 'menuLabel', 'detail']);

/** The product's name is the same in every language, and so is an example address. */
const sameInEveryLanguage = new Set(['Briefing Desk', 'BD']);
const address = /^[a-z][a-z0-9+.-]*:\/\/\S+$/u;

/** Words in the page's source that are not in a catalog: JSX text and wording props written as literals. */
function literalWording(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const words = (text: string) => /\p{L}{2}/u.test(text) && !sameInEveryLanguage.has(text.trim()) && !address.test(text.trim());
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(root, file)}:${line + 1}: ${text.trim().slice(0, 60)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && wordingProps.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && words(value.text)) report(node, value.text);
      if (value && ts.isTemplateExpression(value) && words(value.head.text + value.templateSpans.map((span) => span.literal.text).join(''))) report(node, value.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the interface’s words come from the catalogs', () => {
  const files = readdirSync(join(root, 'renderer'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx') && !name.endsWith('.test.tsx'))
    .map((name) => join(root, 'renderer', name));

  it('finds the page’s components', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no words written into a component: every label, title and text goes through t()', () => {
    expect(files.flatMap(literalWording)).toEqual([]);
  });

  it('would notice a literal label, title or text', () => {
    const probe = join(root, 'tests', 'unit', '__fixtures__', 'literal-wording.tsx.fixture');
    expect(literalWording(probe).map((line) => line.replace(/^.*?: /u, ''))).toEqual(['Save template', 'Close the dialog', '`Rename ${name}`', 'Keep the text']);
  });
});
