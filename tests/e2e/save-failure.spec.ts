import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';
import { roomyText } from '../support/roomy-text';

test('a full disk shows "Not saved", keeps the text on screen, and saves it once there is room', async ({ page, mainProcess, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.waitUntilSaved();

  // The library cannot grow by a single page from here on: SQLite answers SQLITE_FULL, as on a full disk.
  const database = mainProcess.library.database;
  database.pragma('wal_checkpoint(TRUNCATE)');
  const pages = database.pragma('page_count', { simple: true }) as number;
  database.pragma(`max_page_count = ${pages}`);

  // More than the file's free pages can hold, stored packed too (see roomyText).
  const occasion = roomyText('Bakı');
  await app.section('occasion').locator('.block').first().click();
  await page.keyboard.insertText(occasion);

  await expect(app.saveStatus).toContainText('Not saved — The disk is full');
  // Where it is seen: a banner across the editor with the reason and what to do.
  const banner = page.getByRole('main', { name: 'Briefing' }).getByRole('alert').filter({ hasText: 'This briefing is not saved.' });
  await expect(banner).toContainText('The disk is full: the briefing could not be saved. Free some space; your text is still on screen.');
  await expect(banner.getByRole('button', { name: 'Try again now' })).toBeVisible();
  await expect(app.section('occasion')).toContainText(occasion.trim());
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: testInfo.outputPath('not-saved-1024x700.png') });
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).not.toContain('Bakı');

  // While an attempt is under way the briefing is still not saved: the banner and its button stay (they used to blink
  // away during each retry, taking the button from under the person's click). The saves are held so the attempt lasts.
  const release = mainProcess.holdSaves(page);
  await banner.getByRole('button', { name: 'Try again now' }).click();
  await expect(app.saveStatus).toContainText('Not saved — The disk is full');
  await expect(banner.getByRole('button', { name: 'Try again now' })).toBeVisible();

  // Once there is room, "Try again now" saves at once and the banner goes.
  database.pragma('max_page_count = 1073741823');
  await banner.getByRole('button', { name: 'Try again now' }).click();
  release();
  await expect(app.saveStatus).toHaveText('Saved', { timeout: 15_000 });
  await expect(banner).toHaveCount(0);
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).toContain(occasion.trim());
});
