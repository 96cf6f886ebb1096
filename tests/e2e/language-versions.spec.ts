import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import { importBriefingFile } from '../../electron/storage/briefing-files';
import { languageBriefing } from '../fixtures/export/language-briefings';
import { pdfText } from '../support/pdf-tools';
import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

// The demo directory knows Ali Asadov and Doreen Bogdan-Martin in English.
test.use({ seedDemo: true });

test('the English version of an Azerbaijani readout: made from it, told which section the source changed with the words, marked up to date, exported together', async ({ page, mainProcess, serviceHost }, testInfo) => {
  // Two versions edited, then two PDFs printed one after the other.
  test.setTimeout(120_000);
  importBriefingFile(mainProcess.library, writeBriefingFile(languageBriefing('az'), new Date()));
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/BEİ-nin Baş katibi/);

  await page.getByRole('button', { name: 'Add translation' }).click();
  await page.getByRole('menuitem', { name: /English/ }).click();
  const bar = page.getByRole('region', { name: 'Language versions' });
  await expect(bar.getByRole('button', { name: /^English · Draft · from Azerbaijani/ })).toHaveAttribute('aria-current', 'page');
  await expect(bar.getByRole('button', { name: /^Azerbaijani · Draft · original/ })).toBeVisible();
  // The library shows one readout in two languages on one row, beside the demo readout.
  const library = page.getByRole('list', { name: 'Briefings' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.getByRole('button', { name: 'English · Draft' })).toHaveAttribute('aria-current', 'true');
  await expect(library.getByRole('button', { name: 'Azerbaijani · Draft' })).toBeVisible();
  // Headings and the date in English, people from the directory in English, the Azerbaijani text as guidance only.
  await expect(app.section('occasion').locator('.section-heading-text')).toHaveText('Occasion');
  await expect(app.section('occasion').locator('.section-guidance')).toContainText('Görüşdə BEİ-nin Ümumdünya');
  expect((await app.section('occasion').locator('.block').allTextContents()).map((text) => text.replace(/\uFEFF/g, ''))).toEqual(['']);
  await expect(page.getByRole('textbox', { name: 'Host: Name' })).toHaveValue('Ali Asadov');
  await expect(page.locator('[data-written-date="meetingDate"]')).toHaveText('November 21, 2025');

  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  await expect.poll(() => app.sectionText('lede')).toMatch(/^On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with/);
  await app.typeInSection('occasion', 'The meeting underlined that the ITU conference is held in Baku.');
  await app.typeInSection('agreed-points', 'Cooperation in digital transformation.');
  await app.waitUntilSaved();

  // The source changes in one section.
  await bar.getByRole('button', { name: /^Azerbaijani/ }).click();
  await expect(bar.getByRole('button', { name: /^Azerbaijani/ })).toHaveAttribute('aria-current', 'page');
  await app.typeInSection('occasion', ' Konfrans 2025-ci ildə keçirilir.');
  await app.waitUntilSaved();
  // The original follows no one: nothing is out of date in it.
  await expect(page.locator('.source-changed')).toHaveCount(0);

  await bar.getByRole('button', { name: /^English/ }).click();
  await expect(bar.getByRole('button', { name: /^English/ })).toHaveAttribute('aria-current', 'page');
  await expect(bar.getByRole('status')).toHaveText(/Source changed in 1 section/);
  const notice = app.section('occasion').getByRole('note', { name: 'Source changed: occasion' });
  await expect(notice).toBeVisible();
  // Only the added words are marked: underlined, nothing struck through.
  await expect.poll(async () => (await notice.locator('ins').allTextContents()).join(' ').replace(/\s+/g, ' ').trim()).toBe('Konfrans 2025-ci ildə keçirilir.');
  await expect(notice.locator('del')).toHaveCount(0);
  await expect(notice.locator('.word-diff')).toContainText('Görüşdə BEİ-nin Ümumdünya');
  await expect(page.locator('.source-changed')).toHaveCount(1);
  await expect(app.section('agreed-points').locator('.source-changed')).toHaveCount(0);
  // The translation stays as it was typed.
  expect(await app.sectionText('occasion')).toBe('The meeting underlined that the ITU conference is held in Baku.');
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('source-changed.png') });

  await notice.getByRole('button', { name: 'Mark as up to date' }).click();
  await expect(page.locator('.source-changed')).toHaveCount(0);
  await expect(bar.getByRole('status')).toHaveCount(0);

  // Side by side: the Azerbaijani source, read-only, beside the English text; scrolling the text brings the same section up there.
  await bar.getByRole('button', { name: 'Side by side' }).click();
  const sourcePane = page.getByRole('complementary', { name: 'Azerbaijani source' });
  await expect(sourcePane.locator('[data-source-section-id="agreed-points"]')).toContainText('Rəqəmsal transformasiya');
  await expect(sourcePane.getByRole('textbox')).toHaveCount(0);
  // Scrolled to the end of the text: the section at the top of the text is the section at the top of the source
  // (or the source, when shorter, is scrolled to its end).
  await page.locator('.editor-scroll').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  const topSections = () =>
    page.evaluate(() => {
      const topOf = (scroller: Element | null, selector: string, attribute: string) => {
        if (!scroller) return null;
        const top = scroller.getBoundingClientRect().top;
        const section = Array.from(scroller.querySelectorAll(selector)).find((candidate) => candidate.getBoundingClientRect().bottom > top + 1);
        return section?.getAttribute(attribute) ?? null;
      };
      const pane = document.querySelector('.source-pane');
      return {
        text: topOf(document.querySelector('.editor-scroll'), '[data-section-id]', 'data-section-id'),
        source: topOf(pane, '[data-source-section-id]', 'data-source-section-id'),
        sourceScrolled: (pane?.scrollTop ?? 0) > 0,
        sourceAtEnd: pane ? pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2 : false,
      };
    });
  await expect.poll(async () => {
    // The same section at the top of both, unless the source is shorter and has scrolled as far as it goes.
    const { text, source, sourceScrolled, sourceAtEnd } = await topSections();
    return sourceScrolled && text !== null && (text === source || sourceAtEnd);
  }).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('side-by-side.png') });
  await bar.getByRole('button', { name: 'Side by side' }).click();

  // Export the family: one PDF per language, named with the language code.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('checkbox', { name: 'Every language version (AZ, EN), one file each' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(/^Exported 2 files to /)).toBeVisible({ timeout: 60_000 });
  const folder = serviceHost.exportFolder ?? '';
  const files = readdirSync(folder).filter((name) => name.endsWith('.pdf')).sort();
  expect(files).toHaveLength(2);
  expect(files[0]).toMatch(/\.az\.pdf$/);
  expect(files[1]).toMatch(/\.en\.pdf$/);
  expect(existsSync(join(folder, files[0] ?? ''))).toBe(true);
  const english = pdfText(join(folder, files[1] ?? ''));
  expect(english).toContain('The meeting underlined that the ITU conference is held in Baku.');
  expect(english).toContain('November 21, 2025');
  expect(english).not.toContain('Konfrans');
  expect(pdfText(join(folder, files[0] ?? ''))).toContain('Konfrans 2025-ci ildə keçirilir.');
});
