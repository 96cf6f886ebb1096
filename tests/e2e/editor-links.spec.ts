import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('a link is inserted with the dialog, checked, and opened only through the desktop', async ({ page, library, serviceHost }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('lede', 'Details on ');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Insert link' });
  await dialog.getByRole('textbox', { name: 'Text to show' }).fill('the ITU site');
  await dialog.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Insert link' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A link must be a web address (https://…) or an e-mail address.');
  await dialog.getByRole('textbox', { name: 'Address' }).fill('www.itu.int');
  await dialog.getByRole('button', { name: 'Insert link' }).click();
  await expect(dialog).toHaveCount(0);

  const link = app.section('lede').getByRole('link', { name: 'the ITU site' });
  await expect(link).toHaveAttribute('href', 'https://www.itu.int');
  const url = page.url();
  await link.click();
  expect(page.url()).toBe(url);
  expect(serviceHost.openedLinks).toEqual([]);
  await link.click({ modifiers: ['Control'] });
  await expect.poll(() => serviceHost.openedLinks).toEqual(['https://www.itu.int']);
  expect(page.url()).toBe(url);

  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  expect(row?.body_json).toContain('{"type":"link","url":"https://www.itu.int","children":[{"text":"the ITU site"}]}');

  await link.click();
  await page.keyboard.press('Control+K');
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await edit.getByRole('button', { name: 'Remove link' }).click();
  await expect(app.section('lede').getByRole('link')).toHaveCount(0);
  await expect(app.section('lede')).toContainText('Details on the ITU site');
});
