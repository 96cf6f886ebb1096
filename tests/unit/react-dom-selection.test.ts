import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withoutSelectionWalkForSlate } from '../../vite.config';

// Before every commit, React DOM walks every DOM node of a focused contenteditable to record its selection; in the
// editor that is the whole briefing, on every keystroke. The renderer's build amends React DOM's test for such an
// element so that Slate's editor, which owns its selection, is left out (vite.config.ts).

const reactDom = dirname(createRequire(import.meta.url).resolve('react-dom/package.json'));
const clients = ['production', 'development'].map((build) => join(reactDom, 'cjs', `react-dom-client.${build}.js`));

type SelectionTest = (element: unknown) => unknown;

/** React DOM's `hasSelectionCapabilities` as written in `code`, made callable. */
function selectionTestIn(code: string): SelectionTest {
  const start = code.indexOf('function hasSelectionCapabilities(elem)');
  if (start < 0) throw new Error('hasSelectionCapabilities not found');
  // Its body has no braces in strings: the function ends where its braces balance.
  let depth = 0;
  let end = code.indexOf('{', start);
  do {
    if (code[end] === '{') depth += 1;
    if (code[end] === '}') depth -= 1;
    end += 1;
  } while (depth > 0 && end < code.length);
  return runInNewContext(`${code.slice(start, end)}\nhasSelectionCapabilities;`, {}) as SelectionTest;
}

const element = (nodeName: string, properties: Record<string, string>, attributes: string[] = []) => ({
  nodeName,
  ...properties,
  hasAttribute: (name: string) => attributes.includes(name),
});

describe("the renderer's React DOM", () => {
  it.each(clients)('leaves Slate’s editor out of the selection React DOM records around a commit (%s)', (file) => {
    const original = readFileSync(file, 'utf8');
    const amended = withoutSelectionWalkForSlate(original, file);
    if (amended === undefined) throw new Error(`${file} was not amended`);
    const before = selectionTestIn(original);
    const after = selectionTestIn(amended);
    const slateEditor = element('DIV', { contentEditable: 'true' }, ['data-slate-editor']);
    const otherEditable = element('DIV', { contentEditable: 'true' });
    const textField = element('INPUT', { type: 'text', contentEditable: 'inherit' });
    const textArea = element('TEXTAREA', { contentEditable: 'inherit' });
    expect([before(slateEditor), before(otherEditable), before(textField), before(textArea)].map(Boolean)).toEqual([true, true, true, true]);
    // Only Slate's editor changes: every other field keeps its selection across a commit as before.
    expect([after(slateEditor), after(otherEditable), after(textField), after(textArea)].map(Boolean)).toEqual([false, true, true, true]);
  });

  it('fails the build when React DOM no longer has the test it amends, and leaves other modules alone', () => {
    const [file] = clients;
    if (!file) throw new Error('no client');
    expect(() => withoutSelectionWalkForSlate('function hasSelectionCapabilities(elem) { return false; }', file)).toThrow(/expected once, found 0 times/);
    expect(withoutSelectionWalkForSlate('"true" === elem.contentEditable', '/project/node_modules/other/index.js')).toBeUndefined();
  });
});
