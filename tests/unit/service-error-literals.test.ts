import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ipcErrorCodes } from '../../shared/ipc/ipc-result';

const root = join(import.meta.dirname, '..', '..');

const isLiteral = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
  node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node));

/** The classes that are refusals: `ServiceError` and every class that extends it (`DamagedLibraryError`…), in `files`. */
function refusalClasses(files: readonly string[]): Set<string> {
  const names = new Set(['ServiceError']);
  for (const file of files) for (const [, name] of readFileSync(file, 'utf8').matchAll(/class (\w+) extends ServiceError\b/gu)) names.add(name as string);
  return names;
}

/**
 * Sentences for a person written into the code, which the window, a dialog and the command line could only show in
 * English: a refusal (`new ServiceError(code, 'text')`, or of a class extending it) whose sentence is a string or
 * template literal; an IPC error result (`{ code, message: 'text' }`) without its catalog message (`localised`); and
 * a sentence handed to a dialog (`showError('text')`). A catalog message (`{ id, values }`) or a value passed along
 * (another error's `localised`) is what the main process gives instead.
 */
function literalRefusals(file: string, classes: ReadonlySet<string> = new Set(['ServiceError'])): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(root, file)}:${line + 1}: ${text.getText().slice(0, 70)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node)) {
      const name = node.expression.getText().split('.').at(-1) ?? '';
      const message = node.arguments?.[1];
      if (classes.has(name) && isLiteral(message)) report(node, message);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const property = (key: string) => node.properties.find((member) => ts.isPropertyAssignment(member) && member.name.getText() === key);
      const code = property('code');
      const message = property('message');
      // An IPC error's code, not zod's ('custom'): `{ code: 'forbidden', message: '…' }`.
      const ipcCode = code && ts.isPropertyAssignment(code) && ts.isStringLiteral(code.initializer) && (ipcErrorCodes as readonly string[]).includes(code.initializer.text);
      if (ipcCode && message && ts.isPropertyAssignment(message) && isLiteral(message.initializer) && !property('localised')) report(node, message.initializer);
    }
    if (ts.isCallExpression(node) && /\bshowError$/u.test(node.expression.getText()) && isLiteral(node.arguments[0])) report(node, node.arguments[0]);
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
    const classes = refusalClasses(files);
    expect(classes).toContain('DamagedLibraryError');
    expect(files.flatMap((file) => literalRefusals(file, classes))).toEqual([]);
  });

  it('would notice a refusal, an error result or a dialog sentence written as a string or a template', () => {
    const probe = join(root, 'tests', 'unit', '__fixtures__', 'literal-refusal.ts.fixture');
    expect(literalRefusals(probe, refusalClasses([probe])).map((line) => line.replace(/^.*?: /u, ''))).toEqual([
      "'Briefing Desk could not open it.'",
      "'That briefing is gone.'",
      '`The file ${name} could not be read.`',
      '`The library ${name} is damaged.`',
      "'This window may not do that.'",
    ]);
  });
});
