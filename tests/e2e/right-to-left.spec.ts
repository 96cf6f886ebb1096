import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

interface StoredBriefing {
  language: string;
  body_json: string;
}

test('an Arabic readout is written right to left: the page, its lists and quotes, the participants; Latin names stay readable', async ({ page, library }, testInfo) => {
  // A whole readout written and then measured in one go: more steps than the default 30 s allow for on a busy machine.
  test.setTimeout(60_000);
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Language').selectOption('ar');
  const pageElement = page.locator('article.page');
  await expect(pageElement).toHaveAttribute('dir', 'rtl');
  await expect(pageElement).toHaveAttribute('lang', 'ar');

  await app.title.fill('وزير الخارجية جيهون بايراموف يلتقي نظيره العُماني في مسقط');
  await app.section('lede').locator('.block').first().click();
  // The first words key by key; the rest as an input method commits it (typing 300 letters one by one takes minutes under load).
  await page.keyboard.type('التقى وزير ');
  await page.keyboard.insertText('خارجية جمهورية أذربيجان جيهون بايراموف في مسقط وزيرَ خارجية سلطنة عُمان السيد بدر بن حمد البوسعيدي.');
  await app.section('topics-discussed').locator('.block').first().click();
  await page.keyboard.type('- آفاق ');
  await page.keyboard.insertText('التعاون في مجالات الاقتصاد والتجارة والطاقة؛');
  await page.keyboard.press('Enter');
  await page.keyboard.type('التنسيق ');
  await page.keyboard.insertText('في إطار منظمة التعاون الإسلامي (OIC).');
  await app.section('key-messages').locator('.block').first().click();
  await page.keyboard.type('> «نولي ');
  await page.keyboard.insertText('أهمية كبيرة لتعزيز علاقاتنا مع سلطنة عُمان في جميع المجالات»، قال الوزير بايراموف.');

  const participants = page.getByRole('region', { name: /Participants/ });
  await participants.getByRole('button', { name: 'Add participant' }).click();
  await participants.getByRole('textbox', { name: 'Name, row 1' }).fill('بدر بن حمد البوسعيدي');
  await participants.getByRole('button', { name: 'Add participant' }).click();
  await participants.getByRole('textbox', { name: 'Name, row 2' }).fill('Elnur Məmmədov');
  await app.waitUntilSaved();

  // Every part of the document runs from the right: the text, the list and the quote.
  const direction = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);
  expect(await direction('[aria-label="Briefing text"]')).toBe('rtl');
  expect(await direction('[data-section-id="topics-discussed"] .block-list-item')).toBe('rtl');
  expect(await direction('[data-section-id="key-messages"] .block-quote')).toBe('rtl');
  // The bullet stands at the right of its item, the quote's rule on its right.
  const item = page.locator('[data-section-id="topics-discussed"] .block-list-item').first();
  const marker = await item.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const before = getComputedStyle(element, '::before');
    return { right: before.right, paddingRight: getComputedStyle(element).paddingRight, width: box.width };
  });
  expect(marker.right).toBe('0px');
  expect(Number.parseFloat(marker.paddingRight)).toBeGreaterThan(20);
  const quote = await page.locator('[data-section-id="key-messages"] .block-quote').evaluate((element) => getComputedStyle(element).borderRightWidth);
  expect(quote).toBe('3px');
  // The lede's first word is at the right edge of the text.
  const lede = app.section('lede').locator('.block').first();
  const [ledeBox, firstWordRight] = await lede.evaluate((element) => {
    const range = document.createRange();
    const text = element.querySelector('[data-slate-string]')?.firstChild ?? element;
    range.setStart(text, 0);
    range.setEnd(text, 5);
    return [element.getBoundingClientRect().right, range.getBoundingClientRect().right];
  });
  expect(Math.abs(ledeBox - firstWordRight)).toBeLessThan(4);

  // The participants' fields run from the right; each name box takes the direction of what is typed in it.
  await expect(participants.getByRole('list')).toHaveAttribute('dir', 'rtl');
  const nameBox = participants.getByRole('textbox', { name: 'Name, row 2' });
  await expect(nameBox).toHaveAttribute('dir', 'auto');
  expect(await nameBox.evaluate((element) => element.matches(':dir(ltr)'))).toBe(true);
  expect(await participants.getByRole('textbox', { name: 'Name, row 1' }).evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
  await expect(details.getByLabel('Location')).toHaveAttribute('dir', 'auto');

  await page.screenshot({ path: testInfo.outputPath('arabic-readout.png'), fullPage: true });

  const [row] = library.query<StoredBriefing>('SELECT language, body_json FROM briefings');
  expect(row?.language).toBe('ar');
  expect(row?.body_json).toContain('التقى وزير خارجية جمهورية أذربيجان');
  expect(row?.body_json).toContain('"type":"block-quote"');
});
