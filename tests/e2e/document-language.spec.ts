import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('an Azerbaijani readout reads in Azerbaijani in Chromium, whose ICU has no Azerbaijani months: dates, headings, capitals and the lede', async ({ page }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const details = page.getByRole('complementary', { name: 'Details' });

  // This Chromium's own Intl cannot write the date; the app's formatter must.
  const chromiumIntl = await page.evaluate(() => new Intl.DateTimeFormat('az', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2025-11-21T00:00:00Z')));
  testInfo.annotations.push({ type: 'Chromium Intl for az', description: chromiumIntl });

  await details.getByLabel('Language').selectOption('az');
  await details.getByLabel('Meeting date').fill('2025-11-21');
  await details.getByLabel('Location').fill('Bakı, Azərbaycan');
  await details.getByRole('textbox', { name: 'Host: Name' }).fill('Əli Əsədov');
  await details.getByRole('textbox', { name: 'Host: Title' }).fill('Baş nazir');
  await details.getByRole('textbox', { name: 'Host: Organisation' }).fill('Azərbaycan Respublikası');
  await details.getByRole('textbox', { name: 'Guest: Name' }).fill('İrakli Kobaxidze');
  await details.getByRole('textbox', { name: 'Guest: Title' }).fill('Baş nazir');
  await details.getByRole('textbox', { name: 'Guest: Organisation' }).fill('Gürcüstan');

  // The Details panel writes the date as the editor and the exports do.
  await expect(details.locator('[data-written-date="meetingDate"]')).toHaveText('21 noyabr 2025-ci il');

  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  await expect
    .poll(() => app.sectionText('lede'))
    .toBe('2025-ci il noyabrın 21-də Azərbaycan Respublikasının Baş naziri Əli Əsədov Bakıda Gürcüstanın Baş naziri İrakli Kobaxidze ilə görüşüb.');

  // Untouched headings follow the language and are set in capitals by Azerbaijani rules; the app's own "Required" by English ones.
  const heading = app.section('agreed-points').locator('.section-heading');
  await expect(heading.locator('.section-heading-text[lang="az"]')).toHaveText('Əldə olunan razılaşmalar');
  expect(await heading.locator('.section-heading-text[lang="az"]').evaluate((element) => (element as HTMLElement).innerText)).toBe('ƏLDƏ OLUNAN RAZILAŞMALAR');
  expect(await app.section('occasion').locator('.section-heading [lang="az"]').evaluate((element) => (element as HTMLElement).innerText)).toBe('GÖRÜŞÜN SƏBƏBİ');
  expect(await heading.locator('.section-required').evaluate((element) => (element as HTMLElement).innerText)).toBe('REQUIRED');

  // Back to English: the same headings re-label.
  await details.getByLabel('Language').selectOption('en');
  await expect(heading.locator('.section-heading-text[lang="en"]')).toHaveText('Agreed points');
  await expect(details.locator('[data-written-date="meetingDate"]')).toHaveText('November 21, 2025');
  await page.screenshot({ path: testInfo.outputPath('document-language.png') });
});
