import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Refusals whose sentence is written into the code: `new ServiceError(code, 'text')` or a template literal,
 * which the window and the command line could only show in English. A catalog message (`{ id, values }`)
 * or a value passed along (another error's `localised`) is what the services give instead.
 */
function literalRefusals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && /ServiceError$/u.test(node.expression.getText())) {
      const message = node.arguments?.[1];
      if (message && (ts.isStringLiteral(message) || ts.isNoSubstitutionTemplateLiteral(message) || ts.isTemplateExpression(message))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(root, file)}:${line + 1}: ${message.getText().slice(0, 70)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the main process refuses in the catalogs’ words', () => {
  const files = ['electron', 'shared'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
      .map((name) => join(root, folder, name)),
  );

  it('finds the services, the stores and the command line', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('has no refusal whose sentence is written into the code', () => {
    expect(files.flatMap(literalRefusals)).toEqual([]);
  });

  it('would notice a refusal written as a string or a template', () => {
    const probe = join(root, 'tests', 'unit', '__fixtures__', 'literal-refusal.ts.fixture');
    expect(literalRefusals(probe).map((line) => line.replace(/^.*?: /u, ''))).toEqual(["'That briefing is gone.'", '`The file ${name} could not be read.`']);
  });
});
