import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { photoWithGps, pngBomb } from '../support/test-images';
import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

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
  const photo = testInfo.outputPath('signing.jpg');
  writeFileSync(photo, await photoWithGps());
  const app = new BriefingPage(page);
  const pictureButton = await pressRelease(app);
  serviceHost.importPath = photo;
  await pictureButton.click();
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
  await expect(reloaded.getByLabel('Caption')).toHaveValue('Signing of the memorandum');
  await expect(reloaded.getByLabel('Credit')).toHaveValue('Ministry press service');

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
  await expect(figure.getByLabel('Caption')).toHaveValue('The signing ceremony in Baku');
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
  await expect(figure.getByLabel('Caption')).toHaveValue('Memorandumun imzalanma mərasimi');
  await expect(app.section('body')).toContainText('Tərəflər yazda yenidən görüşməyə razılaşıblar.');
  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const blocks = (JSON.parse(row?.body_json ?? '[]') as { children: PictureBlock[] }[]).flatMap((section) => section.children);
  expect(blocks.filter((block) => block.type === 'picture')).toHaveLength(1);
  expect(row?.body_json).not.toMatch(/file:|clip_image|[\uE010-\uE012]/u);
  expect(library.query<{ found: number }>(`SELECT count(*) AS found FROM images WHERE instr(bytes, CAST('PressCam' AS BLOB)) > 0`)).toEqual([{ found: 0 }]);
});

test('exports a web page with its pictures in a folder beside it when the dialog says so', async ({ page, serviceHost }, testInfo) => {
  const photo = testInfo.outputPath('signing.jpg');
  writeFileSync(photo, await photoWithGps());
  const app = new BriefingPage(page);
  const pictureButton = await pressRelease(app);
  serviceHost.importPath = photo;
  await pictureButton.click();
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
