import Database from 'better-sqlite3';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('a library locked by another program shows "Not saved", keeps the text, and saves once the lock is gone', async ({ page, library }) => {
  test.setTimeout(60_000);
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.waitUntilSaved();

  // Another program takes the write lock and keeps it.
  const other = new Database(library.file);
  other.exec('BEGIN IMMEDIATE');
  try {
    await app.typeInSection('lede', 'Typed while the library was locked: Gəncə.');
    await expect(app.saveStatus).toContainText('Not saved — The library is busy in another window or program', { timeout: 20_000 });
    await expect(app.section('lede')).toContainText('Typed while the library was locked: Gəncə.');
    expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).not.toContain('Gəncə');
  } finally {
    other.exec('COMMIT');
    other.close();
  }
  await expect(app.saveStatus).toHaveText('Saved', { timeout: 30_000 });
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).toContain('Typed while the library was locked: Gəncə.');
});
