import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FontFaceCss } from '../../shared/document/export/print-html';

/** The families the print HTML uses, from the `@fontsource` packages the app ships. */
const families = ['noto-serif', 'noto-sans'] as const;
const weights = ['400', '700'] as const;
/** Latin with Latin Extended (ə ğ ı İ ş ç ö ü) and Cyrillic: the languages press officers write in. */
const subsets = new Set(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);

const fontFaceRule = /\/\* (?<name>[a-z0-9-]+) \*\/\s*@font-face\s*\{(?<body>[^}]*)\}/gu;

async function familyCss(fontsourceFolder: string, family: string): Promise<string> {
  const rules: string[] = [];
  for (const weight of weights) {
    for (const style of ['', '-italic']) {
      const folder = join(fontsourceFolder, family);
      const css = await readFile(join(folder, `${weight}${style}.css`), 'utf8');
      for (const match of css.matchAll(fontFaceRule)) {
        const { name = '', body = '' } = match.groups ?? {};
        const subset = name.slice(family.length + 1).replace(/-\d+-(normal|italic)$/u, '');
        if (!subsets.has(subset)) continue;
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/u.exec(body)?.[1];
        if (!file) continue;
        const data = (await readFile(join(folder, 'files', file))).toString('base64');
        // Only the woff2 source, inlined: nothing is fetched when the HTML prints.
        const inlined = body.replace(/src:[^;]+;/u, `src: url(data:font/woff2;base64,${data}) format('woff2');`).replace(/font-display:[^;]+;/u, '');
        rules.push(`@font-face {${inlined}}`);
      }
    }
  }
  if (rules.length === 0) throw new Error(`No font files found for ${family} in ${fontsourceFolder}.`);
  return rules.join('\n');
}

/**
 * Reads the bundled Noto Serif and Noto Sans files (regular, bold, italic,
 * bold italic) and returns them as `@font-face` rules with `data:` URLs for
 * the print HTML. `fontsourceFolder` is `node_modules/@fontsource` of the app.
 * The result never changes while the app runs, so callers keep it.
 */
export async function loadPrintFonts(fontsourceFolder: string): Promise<FontFaceCss> {
  const css = await Promise.all(families.map((family) => familyCss(fontsourceFolder, family)));
  return css.join('\n');
}
