import { emitAppEvent, expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';
import { roomyText } from '../support/roomy-text';

test('closing the window right after typing saves the last keystroke first', async ({ page, serviceHost, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.waitUntilSaved();

  await app.section('occasion').locator('.block').first().click();
  await page.keyboard.type('Bakıda görüş');
  // The window's close button, straight after the last key: no autosave delay has run yet.
  await emitAppEvent(page, 'close-requested', {});

  await expect.poll(() => serviceHost.closedWindows).toBe(1);
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).toContain('Bakıda görüş');
});

test('when the last changes cannot be saved, closing asks first and keeps the text on screen', async ({ page, mainProcess, serviceHost }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.waitUntilSaved();

  // As on a full disk: the library cannot grow by a single page.
  const database = mainProcess.library.database;
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.pragma(`max_page_count = ${database.pragma('page_count', { simple: true }) as number}`);

  // More than the file's free pages can hold, stored packed too (see roomyText).
  const text = roomyText('Bakı');
  await app.section('occasion').locator('.block').first().click();
  await page.keyboard.insertText(text);
  await emitAppEvent(page, 'close-requested', {});

  const dialog = page.getByRole('dialog', { name: 'Your latest changes are not saved' });
  await expect(dialog).toBeVisible();
  expect(serviceHost.closedWindows).toBe(0);

  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.section('occasion')).toContainText(text.trim());
  expect(serviceHost.closedWindows).toBe(0);

  await emitAppEvent(page, 'close-requested', {});
  await dialog.getByRole('button', { name: 'Close without saving' }).click();
  await expect.poll(() => serviceHost.closedWindows).toBe(1);
});
