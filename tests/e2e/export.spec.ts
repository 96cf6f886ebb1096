import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowingText, pdfFonts, pdfText } from '../support/pdf-tools';
import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

const demoTitle = 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin';

test.describe('export of the demo readout', () => {
  test.use({ seedDemo: true });

  test('exports a PDF and a DOCX that carry the whole readout', async ({ page, serviceHost }, testInfo) => {
    const app = new BriefingPage(page);
    await app.open();
    await app.openFromLibrary(/Ali Asadov meets ITU/);
    await app.waitUntilSaved();

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
    // A draft is marked DRAFT unless the person says otherwise.
    await expect(dialog.getByRole('checkbox', { name: 'Mark as DRAFT' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Include the participants table' })).toBeChecked();
    await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });
    await dialog.getByRole('button', { name: 'Export…' }).click();

    const pdfPath = join(serviceHost.exportFolder ?? '', `${demoTitle}.pdf`);
    await expect(page.getByText(`Exported to ${pdfPath} (2 pages,`)).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toHaveCount(0);
    // After the export: the file opened, or shown in its folder, by the desktop (only that file).
    const exported = page.locator('.banner').filter({ hasText: 'Exported to' });
    await exported.getByRole('button', { name: 'Open' }).click();
    await exported.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => serviceHost.shownInFolder).toEqual([pdfPath]);
    expect(serviceHost.openedFiles).toEqual([pdfPath]);
    await page.screenshot({ path: testInfo.outputPath('exported-notice.png') });
    const text = pdfText(pdfPath);
    expect(text).toContain('FOR IMMEDIATE RELEASE');
    expect(text).toContain('DRAFT');
    expect(flowingText(text)).toContain(
      'On November 21, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General of the International Telecommunication Union (ITU) Doreen Bogdan-Martin.',
    );
    const rows = pdfText(pdfPath, { layout: true });
    expect(rows).toMatch(/Ali Asadov\s+Prime Minister\s+Republic of Azerbaijan\s+Host/u);
    for (const point of ['1. Prospects for cooperation', '2. Applying ITU expertise', '3. More Azerbaijani specialists', '4. Extending Azerbaijan']) {
      expect(rows).toContain(point);
    }
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(pdfFonts(pdfPath).every((font) => font.embedded)).toBe(true);

    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('radio', { name: 'Word document (DOCX)' }).check();
    await dialog.getByRole('checkbox', { name: 'Mark as DRAFT' }).uncheck();
    await dialog.getByLabel('Page size').selectOption('Letter');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const docxPath = join(serviceHost.exportFolder ?? '', `${demoTitle}.docx`);
    await expect(page.getByText(`Exported to ${docxPath} (`)).toBeVisible();
    // The save dialog opened in the folder of the previous export.
    expect(serviceHost.saveDialogs.map((asked) => asked.lastFolder)).toEqual([undefined, serviceHost.exportFolder]);
    expect(serviceHost.exported.map((exported) => exported.format)).toEqual(['pdf', 'docx']);

    const parts = unzipSync(readFileSync(docxPath));
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(document.match(/<w:pStyle w:val="ListNumber"\/>/gu)).toHaveLength(4);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(document).not.toContain('DRAFT');
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d+\.xml$/u.test(name))?.[1];
    expect(strFromU8(footer ?? new Uint8Array())).toContain('NUMPAGES');
    expect(readdirSync(serviceHost.exportFolder ?? '').sort()).toEqual([`${demoTitle}.docx`, `${demoTitle}.pdf`]);
  });

  test('shows a print preview of the real PDF, page by page, without writing a file', async ({ page, serviceHost }, testInfo) => {
    const app = new BriefingPage(page);
    await app.open();
    await app.openFromLibrary(/Ali Asadov meets ITU/);
    await app.waitUntilSaved();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Print preview' }).click();
    const preview = dialog.getByRole('region', { name: 'Print preview' });
    await expect(preview.getByRole('status')).toHaveText('Page 1 of 2', { timeout: 30_000 });
    const canvas = preview.getByRole('img', { name: 'Page 1 of 2' });
    await expect(canvas).toHaveAttribute('data-rendered-page', '1');
    // Drawn, not blank: the page has ink on it (the masthead, the DRAFT mark, the text).
    const inked = () => canvas.evaluate((element: HTMLCanvasElement) => {
      const pixels = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let index = 0; index < pixels.length; index += 4) if ((pixels[index] ?? 255) < 128) dark += 1;
      return dark;
    });
    expect(await inked()).toBeGreaterThan(1000);
    await page.screenshot({ path: testInfo.outputPath('print-preview-page-1.png') });
    await preview.getByRole('button', { name: 'Next page' }).click();
    await expect(preview.getByRole('status')).toHaveText('Page 2 of 2');
    await expect(preview.getByRole('img', { name: 'Page 2 of 2' })).toHaveAttribute('data-rendered-page', '2');
    await expect(preview.getByRole('button', { name: 'Next page' })).toBeDisabled();
    // Another page size is another preview, asked for again.
    await dialog.getByLabel('Page size').selectOption('Letter');
    await expect(preview).toHaveCount(0);
    expect(serviceHost.saveDialogs).toEqual([]);
    expect(readdirSync(serviceHost.exportFolder ?? '')).toEqual([]);
  });

  test('copies the readout as formatted text', async ({ page, serviceHost }) => {
    const app = new BriefingPage(page);
    await app.open();
    await app.openFromLibrary(/Ali Asadov meets ITU/);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Copy as formatted text' }).click();
    await expect(page.getByText('Copied. Paste it into an e-mail')).toBeVisible();
    // The main process writes the clipboard (Electron's clipboard in the app), one copy with both forms.
    expect(serviceHost.clipboard).toHaveLength(1);
    const [clipboard = { html: '', text: '' }] = serviceHost.clipboard;
    expect(clipboard.html).toContain('<h2>Agreed points</h2><ol><li>Prospects for cooperation');
    expect(clipboard.text).toContain('AGREED POINTS\n1. Prospects for cooperation');
  });
});

test('lists what is missing first, and exports anyway when asked', async ({ page, serviceHost }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('lede', 'The sides met.');
  await app.waitUntilSaved();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const problems = dialog.getByRole('list', { name: 'Problems found' });
  await expect(problems).toContainText('Meeting date is required.');
  await expect(problems).toContainText('Host: a name is required.');
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await dialog.getByRole('radio', { name: 'Plain text' }).check();
  await expect(dialog.getByLabel('Page size')).toBeDisabled();

  // Cancelling the save dialog writes nothing and leaves the export dialog open.
  serviceHost.exportFolder = null;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeEnabled();
  expect(serviceHost.saveDialogs).toHaveLength(1);
  expect(serviceHost.exported).toEqual([]);

  const folder = join(test.info().outputDir, 'exports');
  mkdirSync(folder, { recursive: true });
  serviceHost.exportFolder = folder;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported to ${join(folder, 'Meeting readout.txt')}`)).toBeVisible();
  expect(readFileSync(join(folder, 'Meeting readout.txt'), 'utf8')).toContain('Meeting readout\n\nThe sides met.');
});

test.describe('export with the press office settings', () => {
  test.use({ seedDemo: true });

  test('the organisation name from Settings heads the PDF on every page, on the page size chosen there', async ({ page, serviceHost }) => {
    const app = new BriefingPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Name on exported documents').fill('Nazirlər Kabinetinin Mətbuat Xidməti');
    await settings.getByLabel('Page size').selectOption('Letter');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings).toBeHidden();

    await app.openFromLibrary(/Ali Asadov meets ITU/);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByLabel('Page size')).toHaveValue('Letter');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const pdfPath = join(serviceHost.exportFolder ?? '', `${demoTitle}.pdf`);
    await expect(page.getByText(`Exported to ${pdfPath}`)).toBeVisible({ timeout: 30_000 });

    const pages = pdfText(pdfPath).split('\f').filter((text) => text.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(text).toContain('Nazirlər Kabinetinin Mətbuat Xidməti');
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/u);
  });
});
