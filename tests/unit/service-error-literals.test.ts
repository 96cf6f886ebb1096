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

/** What a caught error is called here. */
const caught = /^(error|err|cause|failure|reason)$/u;

/** `error.message`, `String(error)` or `error instanceof Error ? error.message : String(error)`: another error's own (English) text. */
function isErrorText(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isErrorText(node.expression);
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'message') return caught.test(node.expression.getText());
  if (ts.isCallExpression(node) && node.expression.getText() === 'String' && node.arguments.length === 1) return caught.test(node.arguments[0]?.getText() ?? '');
  if (ts.isConditionalExpression(node)) return isErrorText(node.whenTrue) || isErrorText(node.whenFalse);
  // `error.localised ?? error.message`: a refusal passed along in the catalogs' words, its text only for a plain-string one.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return !/\.localised$/u.test(node.left.getText()) && isErrorText(node.right);
  return false;
}

/**
 * A sentence of the catalogs given another error's English text as a value (`t('x', { reason: error.message })`,
 * `{ id, values: { reason: String(error) } }`): the operating system's, SQLite's, the network's or the server's
 * words would reach the person untranslated. Their codes are what the main process says instead
 * (`systemReason`, `connectionReason`, `serverRefusal`).
 */
function passedAlongText(file: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const check = (values: ts.Node | undefined) => {
    if (!values || !ts.isObjectLiteralExpression(values)) return;
    for (const member of values.properties) {
      if (ts.isPropertyAssignment(member) && isErrorText(member.initializer)) {
        const { line } = source.getLineAndCharacterOfPosition(member.getStart());
        found.push(`${relative(root, file)}:${line + 1}: ${member.getText().slice(0, 70)}`);
      }
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && /(^|\.)t$/u.test(node.expression.getText()) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) check(node.arguments[1]);
    if (ts.isObjectLiteralExpression(node)) {
      const id = node.properties.find((member) => ts.isPropertyAssignment(member) && member.name.getText() === 'id');
      const values = node.properties.find((member) => ts.isPropertyAssignment(member) && member.name.getText() === 'values');
      if (id && values && ts.isPropertyAssignment(values)) check(values.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Where another error's text still fills a sentence, and why that is right: each is a bug's text (a state the code
 * never reaches), which the person reads only in the generic sentence around it and support needs as it is.
 */
const bugTextAllowed = new Set([
  // `cli.failed`: an error with no code at all from a command, after every coded reason was said in the locale.
  'electron/cli/cli.ts',
  'electron/cli/main.ts',
  // `worker.failed`: a worker that threw (its memory cap and deadline have their own sentences).
  'electron/main/workers/request-reply-worker.ts',
]);

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

  it('passes no other error’s English text into a sentence of the catalogs, in the main process or the window', () => {
    const windowFiles = readdirSync(join(root, 'renderer'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/u.test(name) && !/\.test\.tsx?$/u.test(name) && !name.endsWith('.d.ts'))
      .map((name) => join(root, 'renderer', name));
    expect(windowFiles.length).toBeGreaterThan(100);
    expect([...files, ...windowFiles].filter((file) => !bugTextAllowed.has(relative(root, file))).flatMap((file) => passedAlongText(file))).toEqual([]);
  });

  it('would notice an error’s text given to a sentence, in a t() call or a catalog message', () => {
    const probe = join(root, 'tests', 'unit', '__fixtures__', 'passed-along-text.ts.fixture');
    expect(passedAlongText(probe).map((line) => line.replace(/^.*?: /u, ''))).toEqual([
      'reason: error.message',
      'reason: error instanceof Error ? error.message : String(error)',
      'why: String(failure)',
    ]);
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
