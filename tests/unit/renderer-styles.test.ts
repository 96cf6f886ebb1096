import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStylesCss, listStylesPath, maxListIndent } from '../../scripts/generate-list-styles.mjs';
import { MAX_LIST_INDENT } from '../../shared/document/briefing-body';

const root = resolve(import.meta.dirname, '../..');

function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The selectors of a stylesheet's top-level rules (at-rules such as @media left out), one entry per selector. */
function topLevelSelectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '{') {
      const prelude = text.slice(start, index).trim();
      if (depth === 0 && !prelude.startsWith('@')) {
        // Commas inside :is()/:not() belong to one selector.
        let nesting = 0;
        let from = 0;
        for (let at = 0; at < prelude.length; at += 1) {
          if (prelude[at] === '(') nesting += 1;
          else if (prelude[at] === ')') nesting -= 1;
          else if (prelude[at] === ',' && nesting === 0) {
            selectors.push(prelude.slice(from, at).replace(/\s+/g, ' ').trim());
            from = at + 1;
          }
        }
        selectors.push(prelude.slice(from).replace(/\s+/g, ' ').trim());
      }
      depth += 1;
      start = index + 1;
    } else if (character === '}') {
      depth -= 1;
      start = index + 1;
    } else if (character === ';' && depth === 0) {
      start = index + 1;
    }
  }
  return selectors;
}

describe('renderer stylesheets', () => {
  it('define each selector once, in one file', () => {
    const seen = new Map<string, string[]>();
    for (const file of stylesheets(join(root, 'renderer'))) {
      for (const selector of topLevelSelectors(readFileSync(file, 'utf8'))) {
        seen.set(selector, [...(seen.get(selector) ?? []), relative(root, file)]);
      }
    }
    const twice = [...seen].filter(([, files]) => files.length > 1).map(([selector, files]) => `${selector}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('keep the list levels as scripts/generate-list-styles.mjs writes them, one per indent the document allows', () => {
    expect(maxListIndent()).toBe(MAX_LIST_INDENT);
    expect(readFileSync(listStylesPath, 'utf8')).toBe(listStylesCss(MAX_LIST_INDENT));
    const css = listStylesCss(MAX_LIST_INDENT);
    for (let level = 0; level <= MAX_LIST_INDENT; level += 1) expect(css).toContain(`counter-reset: list-${level};`);
    expect(css).not.toContain(`list-${MAX_LIST_INDENT + 1}`);
  });

  it('finds a selector defined twice (the check above can fail)', () => {
    expect(topLevelSelectors('.a { color: red; }\n@media print { .a { color: blue; } }\n.b, :is(.a, .c) { margin: 0; }')).toEqual(['.a', '.b', ':is(.a, .c)']);
  });
});
