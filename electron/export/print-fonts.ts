import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FontFaceCss } from '../../shared/document/export/print-html';

/** Latin with Latin Extended (ə ğ ı İ ş ç ö ü) and Cyrillic: the languages press officers write in. */
const latinAndCyrillic = new Set(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);

/**
 * The families the print HTML uses, from the `@fontsource` packages the app
 * ships: Noto Serif and Sans, and for Arabic Noto Naskh Arabic (text) and
 * Noto Sans Arabic (headings), their Arabic letters only, so Latin text in an
 * Arabic briefing stays in Noto Serif/Sans. The Arabic ones have no italic.
 */
const families = [
  { family: 'noto-serif', subsets: latinAndCyrillic, italic: true },
  { family: 'noto-sans', subsets: latinAndCyrillic, italic: true },
  { family: 'noto-naskh-arabic', subsets: new Set(['arabic']), italic: false },
  { family: 'noto-sans-arabic', subsets: new Set(['arabic']), italic: false },
] as const;
const weights = ['400', '700'] as const;

const fontFaceRule = /\/\* (?<name>[a-z0-9-]+) \*\/\s*@font-face\s*\{(?<body>[^}]*)\}/gu;

async function familyCss(fontsourceFolder: string, printFontsFolder: string, { family, subsets, italic }: (typeof families)[number]): Promise<string> {
  const rules: string[] = [];
  for (const weight of weights) {
    for (const style of italic ? ['', '-italic'] : ['']) {
      const folder = join(fontsourceFolder, family);
      const css = await readFile(join(folder, `${weight}${style}.css`), 'utf8');
      for (const match of css.matchAll(fontFaceRule)) {
        const { name = '', body = '' } = match.groups ?? {};
        const subset = name.slice(family.length + 1).replace(/-\d+-(normal|italic)$/u, '');
        if (!subsets.has(subset)) continue;
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/u.exec(body)?.[1];
        if (!file) continue;
        // The same file rescaled to 2048 units an em (scripts/rescale-print-fonts.py): with sizes on a quarter pixel,
        // Chromium's PDF then draws a line as one run instead of moving every glyph into place.
        const data = (await readFile(join(printFontsFolder, family, file))).toString('base64');
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
 * bold italic) and the Arabic ones (regular, bold) and returns them as `@font-face` rules with `data:` URLs for
 * the print HTML. `fontsourceFolder` is `node_modules/@fontsource` of the app, whose CSS gives each file's
 * unicode range; the files themselves are the rescaled copies in the project's `print-fonts/`, beside
 * `node_modules/` (in the app, the packaged app's root).
 * The result never changes while the app runs, so callers keep it.
 */
export async function loadPrintFonts(fontsourceFolder: string, printFontsFolder: string = join(fontsourceFolder, '..', '..', 'print-fonts')): Promise<FontFaceCss> {
  const css = await Promise.all(families.map((family) => familyCss(fontsourceFolder, printFontsFolder, family)));
  return css.join('\n');
}
