import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { photoWithGps, pngBomb } from '../support/test-images';
import type { TestServiceHost } from '../support/test-service-host';
import { expect, test } from './app-fixture';
import { BriefingPage, wordCentre } from './briefing-page';

interface PictureBlock {
  type: string;
  hash: string;
  caption: string;
  credit: string;
  alt: string;
  layout: string;
}

/** A new press release with a line of text and the caret on an empty line below it. */
async function pressRelease(app: BriefingPage) {
  await app.open();
  await app.newBriefing('Press release');
  await app.typeInSection('body', 'The memorandum was signed in Baku.');
  await app.page.keyboard.press('Enter');
  return { click: () => app.toolbarCommand('Picture…') };
}

/** A press release with a photo (carrying GPS data) inserted from a file, as the native dialog would give it. */
async function pressReleaseWithPhoto(page: Page, serviceHost: TestServiceHost, testInfo: TestInfo): Promise<BriefingPage> {
  const photo = testInfo.outputPath('signing.jpg');
  writeFileSync(photo, await photoWithGps());
  const app = new BriefingPage(page);
  const pictureButton = await pressRelease(app);
  serviceHost.importPath = photo;
  await pictureButton.click();
  return app;
}

test('refuses an image bomb with one sentence and inserts nothing', async ({ page, library, serviceHost }, testInfo) => {
  const bomb = testInfo.outputPath('bomb.png');
  writeFileSync(bomb, pngBomb());
  const pictureButton = await pressRelease(new BriefingPage(page));
  serviceHost.importPath = bomb;
  await pictureButton.click();
  await expect(page.getByText('This picture has more than 40 megapixels, so it was not added.')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(0);
  expect(library.query<{ count: number }>('SELECT count(*) AS count FROM images')).toEqual([{ count: 0 }]);
});

test('inserts a photo from a file, gives it a caption, credit and alt text that survive a reload, and the PDF shows it', async ({ page, library, serviceHost }, testInfo) => {
  const app = await pressReleaseWithPhoto(page, serviceHost, testInfo);
  const figure = page.getByRole('figure', { name: 'Picture' });
  // No alt text yet: the picture is decoration to a screen reader until it has one.
  await expect(figure.locator('img')).toHaveAttribute('src', /^blob:/u);
  expect(serviceHost.openDialogs.at(-1)).toBe('picture');

  await figure.getByRole('button', { name: 'Half width' }).click();
  await figure.getByRole('button', { name: 'Alt text…' }).click();
  const altDialog = page.getByRole('dialog', { name: 'Alt text' });
  await altDialog.getByLabel('Describe the picture for someone who cannot see it.').fill('Two delegations sign a document at a table');
  await altDialog.getByRole('button', { name: 'Save' }).click();
  await expect(altDialog).toHaveCount(0);
  await figure.getByLabel('Caption').fill('Signing of the memorandum');
  await figure.getByLabel('Credit').fill('Ministry press service');
  await app.waitUntilSaved();
  await page.screenshot({ path: testInfo.outputPath('picture-in-editor.png') });

  await page.reload();
  await app.openFromLibrary(/Press release/);
  const reloaded = page.getByRole('figure', { name: 'Picture' });
  await expect(reloaded.getByRole('img', { name: 'Two delegations sign a document at a table' })).toHaveAttribute('src', /^blob:/u);
  await expect(reloaded.getByLabel('Caption')).toHaveText('Signing of the memorandum');
  await expect(reloaded.getByLabel('Credit')).toHaveText('Ministry press service');

  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const blocks = (JSON.parse(row?.body_json ?? '[]') as { children: PictureBlock[] }[]).flatMap((section) => section.children);
  const picture = blocks.find((block) => block.type === 'picture');
  expect(picture).toMatchObject({ caption: 'Signing of the memorandum', credit: 'Ministry press service', alt: 'Two delegations sign a document at a table', layout: 'half' });
  expect(library.query<{ count: number }>('SELECT count(*) AS count FROM images')).toEqual([{ count: 1 }]);
  // The stored copy is the stripped one: the camera's name is not in the library.
  expect(library.query<{ found: number }>(`SELECT count(*) AS found FROM images WHERE instr(bytes, CAST('PressCam' AS BLOB)) > 0`)).toEqual([{ found: 0 }]);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // The dateline and contact are not filled in: exported anyway, as a draft.
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(/^Exported to .*\.pdf/u)).toBeVisible({ timeout: 30_000 });
  const pdf = join(serviceHost.exportFolder ?? '', serviceHost.saveDialogs.at(-1)?.suggestedName ?? '');
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(images.map((line) => line.trim().split(/\s+/u).slice(3, 5))).toEqual([['800', '500']]);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, testInfo.outputPath('picture-pdf')]);
});

test('a caption is checked and searched as the text is: its misspelling underlined and fixed from the menu, F7 and Shift+F10 in the credit, Replace all takes body and caption in one undo step', async ({
  page,
  library,
  serviceHost,
}, testInfo) => {
  // The English dictionary is loaded for the first check, then Find and Replace: longer than one edit.
  test.setTimeout(90_000);
  const app = await pressReleaseWithPhoto(page, serviceHost, testInfo);
  const figure = page.getByRole('figure', { name: 'Picture' });
  const caption = figure.getByRole('textbox', { name: 'Caption' });
  const credit = figure.getByRole('textbox', { name: 'Credit' });
  // Caption and credit are text boxes to assistive technology, with their placeholders while empty.
  await expect(caption).toHaveAttribute('aria-placeholder', 'Caption');
  const axe = await new AxeBuilder({ page }).include('.block-picture').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await caption.click();
  await page.keyboard.type('Signing of the memorandum cerenomy');
  // Enter keeps a caption to one line.
  await page.keyboard.press('Enter');
  await credit.click();
  await page.keyboard.type('Ministery press service');
  await expect(caption).toHaveText('Signing of the memorandum cerenomy');

  // Underlined as in the text: CSS highlight ranges over the caption's and the credit's own words.
  const underlinedInFigure = () => app.highlighted('spelling-error').then(async (words) => {
    const inFigure = await figure.evaluate((element) => {
      const highlight = CSS.highlights.get('spelling-error');
      return highlight ? [...(highlight as unknown as Set<AbstractRange>)].filter((range): range is Range => range instanceof Range && element.contains(range.commonAncestorContainer)).map((range) => range.toString()) : [];
    });
    return words.filter((word) => inFigure.includes(word));
  });
  await expect.poll(underlinedInFigure).toEqual(['cerenomy', 'Ministery']);
  await page.screenshot({ path: testInfo.outputPath('caption-underlined.png') });

  // Right-click the word in the caption: its menu, and the suggestion replaces it there.
  const word = await wordCentre(caption, 'cerenomy');
  if (!word) throw new Error('the caption does not show its word');
  await page.mouse.click(word.x, word.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling: cerenomy' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('ceremony');
  await menu.getByRole('menuitem', { name: 'ceremony' }).click();
  await expect(caption).toHaveText('Signing of the memorandum ceremony');
  await expect.poll(underlinedInFigure).toEqual(['Ministery']);

  // F7 from the caption walks on into the credit.
  await caption.click();
  await page.keyboard.press('End');
  await page.keyboard.press('F7');
  const creditMenu = page.getByRole('menu', { name: 'Spelling: Ministery' });
  await expect(creditMenu).toBeVisible();
  // The suggestions arrive from the worker a moment after the menu opens.
  await expect(creditMenu.getByRole('menuitem').first()).toHaveText(/^Minist/u);
  const suggestion = (await creditMenu.getByRole('menuitem').first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(credit).toHaveText(`${suggestion} press service`);
  await expect.poll(underlinedInFigure).toEqual([]);
  // Nothing else to check in the body either: the walk ends and says so.
  await expect(page.getByText('The spelling check is complete.')).toBeVisible();

  // Shift+F10 with the caret in a word of the credit: the same menu, and Add to dictionary keeps the word in the library.
  await credit.click();
  await page.keyboard.press('End');
  await page.keyboard.type(', Azertac');
  await expect.poll(underlinedInFigure).toEqual(['Azertac']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Spelling: Azertac' }).getByRole('menuitem', { name: 'Add to dictionary' }).click();
  await expect.poll(underlinedInFigure).toEqual([]);
  expect(library.query<{ word: string }>('SELECT word FROM personal_dictionary')).toEqual([{ word: 'Azertac' }]);
  await expect(credit).toHaveText(`${suggestion} press service, Azertac`);
  await app.waitUntilSaved();
  const before = library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json;

  // Ctrl+F from the caption: the caption's match counts with the body's, in reading order.
  await caption.click();
  await page.keyboard.press('Control+F');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await find.getByRole('textbox', { name: 'Find' }).fill('memorandum');
  const findStatus = find.locator('.find-count');
  await expect(findStatus).toHaveText('1 of 2');
  await expect.poll(() => app.highlighted('find-match')).toEqual(['memorandum', 'memorandum']);
  await find.getByRole('button', { name: 'Next match' }).click();
  await find.getByRole('button', { name: 'Next match' }).click();
  await expect(findStatus).toHaveText('2 of 2');
  await expect.poll(() => figure.evaluate((element) => [...(CSS.highlights.get('find-match-current') as unknown as Set<Range>)].filter((range) => element.contains(range.commonAncestorContainer)).map(String))).toEqual(['memorandum']);
  await page.screenshot({ path: testInfo.outputPath('caption-find.png') });

  await page.keyboard.press('Control+H');
  await find.getByRole('textbox', { name: 'Replace with' }).fill('agreement');
  await find.getByRole('button', { name: 'Replace all' }).click();
  await expect(findStatus).toHaveText('Replaced 2 matches.');
  await expect(app.section('body')).toContainText('The agreement was signed in Baku.');
  await expect(caption).toHaveText('Signing of the agreement ceremony');
  await app.waitUntilSaved();

  await find.getByRole('textbox', { name: 'Find' }).focus();
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  // One Ctrl+Z brings both back.
  await page.keyboard.press('Control+Z');
  await expect(caption).toHaveText('Signing of the memorandum ceremony');
  await expect(app.section('body')).toContainText('The memorandum was signed in Baku.');
  await app.waitUntilSaved();
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).toBe(before);
});

/** Pastes HTML as a browser delivers it, with picture files beside it on the clipboard (Word puts its pictures' data there). */
async function pasteWithFiles(page: Page, html: string, files: { name: string; type: string; base64: string }[]) {
  await page.evaluate(
    ({ html, files }) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      transfer.setData('text/plain', 'plain fallback');
      for (const file of files) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, files },
  );
}

const pasteFixture = (name: string) => readFileSync(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

test('a pasted web page keeps its data: photo with its caption, stripped, and never asks for the remote one', async ({ page, context, library, baseURL }, testInfo) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const app = new BriefingPage(page);
  await pressRelease(app);
  await pasteWithFiles(page, pasteFixture('web-page-picture.html'), []);
  const figure = page.getByRole('figure', { name: 'Picture' });
  await expect(figure.getByRole('img', { name: 'Two delegations at a table' })).toHaveAttribute('src', /^blob:/u);
  await expect(figure.getByLabel('Caption')).toHaveText('The signing ceremony in Baku');
  await expect(page.getByText('Pictures linked from web addresses were left out: Briefing Desk never loads them. Insert them from a file instead.')).toBeVisible();
  await expect(app.section('body')).toContainText('The sides agreed to meet again in spring.');
  await app.waitUntilSaved();
  await page.screenshot({ path: testInfo.outputPath('paste-web-picture.png') });
  expect(library.query<{ count: number }>('SELECT count(*) AS count FROM images')).toEqual([{ count: 1 }]);
  expect(library.query<{ found: number }>(`SELECT count(*) AS found FROM images WHERE instr(bytes, CAST('PressCam' AS BLOB)) > 0`)).toEqual([{ found: 0 }]);
  const appOrigin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => !url.startsWith(appOrigin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test("pasting from Word takes the picture's data from the clipboard, with Word's caption", async ({ page, library }) => {
  const app = new BriefingPage(page);
  await pressRelease(app);
  const photo = Buffer.from(await photoWithGps(320, 200)).toString('base64');
  await pasteWithFiles(page, pasteFixture('word-365-picture.html'), [{ name: 'image.jpg', type: 'image/jpeg', base64: photo }]);
  const figure = page.getByRole('figure', { name: 'Picture' });
  await expect(figure.getByRole('img', { name: 'Two delegations at a table' })).toHaveAttribute('src', /^blob:/u);
  await expect(figure.getByLabel('Caption')).toHaveText('Memorandumun imzalanma mərasimi');
  await expect(app.section('body')).toContainText('Tərəflər yazda yenidən görüşməyə razılaşıblar.');
  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const blocks = (JSON.parse(row?.body_json ?? '[]') as { children: PictureBlock[] }[]).flatMap((section) => section.children);
  expect(blocks.filter((block) => block.type === 'picture')).toHaveLength(1);
  expect(row?.body_json).not.toMatch(/file:|clip_image|[\uE010-\uE012]/u);
  expect(library.query<{ found: number }>(`SELECT count(*) AS found FROM images WHERE instr(bytes, CAST('PressCam' AS BLOB)) > 0`)).toEqual([{ found: 0 }]);
});

test('exports a web page with its pictures in a folder beside it when the dialog says so', async ({ page, serviceHost }, testInfo) => {
  const app = await pressReleaseWithPhoto(page, serviceHost, testInfo);
  await expect(page.getByRole('figure', { name: 'Picture' }).locator('img')).toHaveAttribute('src', /^blob:/u);
  await app.waitUntilSaved();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await dialog.getByRole('radio', { name: 'Web page (HTML)' }).check();
  await dialog.getByRole('checkbox', { name: 'Pictures in a folder beside the file' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(/^Exported to .*\.html/u)).toBeVisible({ timeout: 30_000 });
  const name = serviceHost.saveDialogs.at(-1)?.suggestedName ?? '';
  const html = readFileSync(join(serviceHost.exportFolder ?? '', name), 'utf8');
  expect(html).not.toContain('data:image');
  const src = /<img src="([^"]+)"/u.exec(html)?.[1] ?? '';
  expect(decodeURIComponent(src)).toMatch(new RegExp(`^${name.replace(/\.html$/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}_files/picture-[0-9a-f]{16}\\.jpg$`, 'u'));
  expect(readFileSync(join(serviceHost.exportFolder ?? '', decodeURIComponent(src))).includes('PressCam')).toBe(false);
});
