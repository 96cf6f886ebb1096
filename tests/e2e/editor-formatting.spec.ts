import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

interface Section {
  sectionId: string;
  children: unknown[];
}

async function savedSection(app: BriefingPage, library: { query<Row>(sql: string): Row[] }, sectionId: string): Promise<unknown[]> {
  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const body = JSON.parse(row?.body_json ?? '[]') as Section[];
  return body.find((section) => section.sectionId === sectionId)?.children ?? [];
}

test('shortcuts and toolbar buttons format text, with pressed states and shortcut tooltips', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('title', 'Bold (Ctrl+B)');
  await expect(toolbar.getByRole('button', { name: 'Strikethrough' })).toHaveAttribute('title', 'Strikethrough (Ctrl+Shift+X)');

  await app.section('lede').locator('.block').first().click();
  await page.keyboard.press('Control+I');
  await page.keyboard.type('İtalik');
  await page.keyboard.press('Control+I');
  await page.keyboard.press('Control+U');
  await page.keyboard.type(' altı xətli');
  await page.keyboard.press('Control+U');
  await toolbar.getByRole('button', { name: 'Strikethrough' }).click();
  await expect(toolbar.getByRole('button', { name: 'Strikethrough' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type(' silinmiş');
  await toolbar.getByRole('button', { name: 'Strikethrough' }).click();
  await page.keyboard.type(' H');
  await toolbar.getByRole('button', { name: 'Subscript' }).click();
  await page.keyboard.type('2');
  await toolbar.getByRole('button', { name: 'Subscript' }).click();
  await page.keyboard.type('O m');
  await page.keyboard.press('Control+Shift+Equal');
  await page.keyboard.type('2');

  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Equal');
  await page.keyboard.type('Quoted words');
  await toolbar.getByRole('button', { name: 'Quote' }).click();
  await expect(toolbar.getByRole('button', { name: 'Quote' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('After the break');
  await page.keyboard.press('Control+Alt+Digit2');

  expect(await savedSection(app, library, 'lede')).toEqual([
    {
      type: 'paragraph',
      children: [
        { text: 'İtalik', italic: true },
        { text: ' altı xətli', underline: true },
        { text: ' silinmiş', strikethrough: true },
        { text: ' H' },
        { text: '2', subscript: true },
        { text: 'O m' },
        { text: '2', superscript: true },
      ],
    },
    { type: 'block-quote', children: [{ text: 'Quoted words' }] },
    { type: 'page-break', children: [{ text: '' }] },
    { type: 'heading', level: 3, children: [{ text: 'After the break' }] },
  ]);
  await expect(app.section('lede').getByRole('separator', { name: 'Page break' })).toBeVisible();
});

test('markdown shortcuts and Tab make nested lists, quotes and headings', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.section('topics-discussed').locator('.block').first().click();
  await page.keyboard.type('## Mövzular');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Rəqəmsal iqtisadiyyat');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Süni intellekt');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Etika');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Связь');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. Birinci');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Sitat');

  expect(await savedSection(app, library, 'topics-discussed')).toEqual([
    { type: 'heading', level: 2, children: [{ text: 'Mövzular' }] },
    { type: 'list-item', listType: 'bulleted', indent: 0, children: [{ text: 'Rəqəmsal iqtisadiyyat' }] },
    { type: 'list-item', listType: 'bulleted', indent: 1, children: [{ text: 'Süni intellekt' }] },
    { type: 'list-item', listType: 'bulleted', indent: 2, children: [{ text: 'Etika' }] },
    { type: 'list-item', listType: 'bulleted', indent: 0, children: [{ text: 'Связь' }] },
    { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'Birinci' }] },
    { type: 'block-quote', children: [{ text: 'Sitat' }] },
  ]);
  const items = app.section('topics-discussed').locator('[data-list-type="bulleted"]');
  const indentOf = (index: number) => items.nth(index).evaluate((item) => parseFloat(getComputedStyle(item).paddingLeft));
  expect(await indentOf(2)).toBeGreaterThan(await indentOf(1));
  expect(await indentOf(1)).toBeGreaterThan(await indentOf(0));
});

test('every toolbar button is a labelled button reachable with the keyboard', async ({ page }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const buttons = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(20);
  for (let index = 0; index < count; index += 1) {
    const button = buttons.nth(index);
    expect(await button.getAttribute('aria-label'), `button ${index}`).toBeTruthy();
    expect(await button.evaluate((element) => element.tagName)).toBe('BUTTON');
  }
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  // One Tab stop for the toolbar; the arrow keys move between its buttons (the ARIA toolbar pattern).
  await toolbar.getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Underline' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Underline' })).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
});
