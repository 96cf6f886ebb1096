import type { Request } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { contentSecurityPolicy } from '../../electron/main/window-options';
import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

// Electron security checklist, item 1 ("only load secure content"): the app
// loads nothing from outside itself. In the app the session's request filter
// cancels anything else (lock-down-session.ts); here the page runs in a plain
// Chromium with no such filter, so what it asks for is what it would ask for.

const webPage = readFileSync(new URL('../fixtures/paste/web-page.html', import.meta.url), 'utf8');

test.describe('a whole working session', () => {
  test.use({ seedDemo: true });

  test('asks for nothing outside the app: library, search, editing, a pasted web page, PDF export, settings', async ({ page, context, serviceHost, baseURL }) => {
    const appOrigin = new URL(baseURL ?? '').origin;
    const requests: Request[] = [];
    const sockets: string[] = [];
    context.on('request', (request) => requests.push(request));
    page.on('websocket', (socket) => sockets.push(socket.url()));

    const app = new BriefingPage(page);
    await app.open();
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('searchbox', { name: 'Search the library' }).fill('ITU');
    await expect(library.getByRole('button', { name: /Ali Asadov meets ITU/ })).toBeVisible();
    await app.openFromLibrary(/Ali Asadov meets ITU/);

    await app.typeInSection('follow-up', ' A working group meets in spring.');
    // A web page brings a tracking image and remote styles; the paste keeps its text and fetches none of it.
    await app.section('follow-up').locator('.block').last().click();
    await app.paste({ 'text/html': webPage, 'text/plain': 'fallback' });
    await app.waitUntilSaved();

    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByText(`Exported to ${serviceHost.exportFolder ?? ''}`)).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Name on exported documents').fill('Press Office');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings).toBeHidden();

    // The page carries the app's policy, the same one the app:// protocol sends as a header.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', contentSecurityPolicy('meta'));

    // The recorder saw the page load its own script, styles and fonts: it records, so its silence below means something.
    const paths = requests.map((request) => new URL(request.url()).pathname);
    expect(paths.some((path) => path.endsWith('.js'))).toBe(true);
    expect(paths.some((path) => path.endsWith('.css'))).toBe(true);
    expect(paths.some((path) => path.endsWith('.woff2'))).toBe(true);
    expect(requests.filter((request) => new URL(request.url()).origin !== appOrigin).map((request) => request.url())).toEqual([]);
    expect(sockets).toEqual([]);
  });
});

/**
 * Every absolute URL the built renderer contains that is not an address it
 * loads, and why. Anything else found in dist/renderer fails the test; so
 * does an entry nothing matches any more, so the list stays true.
 */
const harmlessUrls: { pattern: RegExp; why: string }[] = [
  { pattern: /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace)$/, why: 'XML namespace names (React, DOMPurify, the SVG icon): identifiers, never fetched' },
  { pattern: /^https:\/\/formatjs\.github\.io\/docs\/[-\w/#]+$/, why: 'FormatJS (react-intl) names its documentation in the text of developer warnings and errors; nothing opens it' },
  { pattern: /^https:\/\/github\.com\/date-fns\/date-fns\/blob\/master\/docs\/unicodeTokens\.md$/, why: "date-fns names its documentation in the text of a format error; nothing opens it" },
  { pattern: /^https:\/\/react\.dev\/errors\/$/, why: 'React puts this address in the text of a production error message; nothing opens it' },
  { pattern: /^https?:\/\/json-schema\.org\/draft[-/\w.]*schema#?$/, why: "zod's JSON Schema export names the draft in `$schema`; an identifier, never fetched" },
  { pattern: /^http:\/\/\[\$\{e\}\]$/, why: "zod checks an IPv6 address by parsing it inside a URL with the URL parser; no request" },
  { pattern: /^https:\/\/\$\{t\}$/, why: 'the link dialog turns "www.example.org" into a https link in the briefing, opened only through shell.openLink after a question' },
  { pattern: /^https:\/\/…$/, why: 'the link dialog\'s placeholder and error text, "https://…"' },
  { pattern: /^https:\/\/foo\.bar$/, why: "pdf.js (print preview) parses a PDF's link targets against a dummy base with the URL parser; no request" },
  { pattern: /^http:\/\/example\.com$/, why: 'pdf.js (print preview) checks whether a destination string is a URL with a dummy base; no request' },
  { pattern: /^http:\/\/\$\{e\}$/, why: 'pdf.js (print preview) adds a protocol to a "www." link target inside a PDF it draws; the preview follows no links' },
];

const urlPattern = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\,;]*/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]));
}

test('the built renderer names no remote origin, and every address in it is explained', () => {
  const root = join(process.cwd(), 'dist', 'renderer');
  // Source maps are left out of the installers (build/electron-builder.config.mjs); fonts and images are binary.
  const textFiles = filesUnder(root).filter((file) => ['.html', '.js', '.css', '.svg', '.json'].includes(extname(file)));
  expect(textFiles.map((file) => extname(file))).toEqual(expect.arrayContaining(['.html', '.js', '.css']));

  const unexplained: string[] = [];
  const used = new Set<RegExp>();
  for (const file of textFiles) {
    for (const url of readFileSync(file, 'utf8').match(urlPattern) ?? []) {
      const entry = harmlessUrls.find(({ pattern }) => pattern.test(url));
      if (entry) used.add(entry.pattern);
      else unexplained.push(`${relative(root, file)}: ${url}`);
    }
  }
  expect(unexplained).toEqual([]);
  expect(harmlessUrls.filter(({ pattern }) => !used.has(pattern)).map(({ why }) => why)).toEqual([]);

  // What the page loads by itself: script and style tags, icons and CSS url(): all inside the app.
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const css = textFiles.filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8')).join('\n');
  const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g), ...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1] ?? '');
  expect(references.length).toBeGreaterThan(3);
  expect(references.filter((reference) => !/^(\.\/|\.\.\/|assets\/|data:)/.test(reference) && !/^[\w-]+\.[a-z0-9]+$/.test(reference))).toEqual([]);
});
