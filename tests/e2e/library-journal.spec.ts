import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openLibrary } from '../../electron/storage/library';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { test as appTest, expect, type LibraryFixture } from './app-fixture';

/**
 * The library as a crash leaves it, and then someone deletes its -wal: the
 * demo briefing is in the main file, a briefing saved just before the crash
 * was only in the -wal, and the -shm still lists it.
 */
const test = appTest.extend<{ library: LibraryFixture }>({
  library: async ({ library }, use) => {
    openLibrary(library.file, { seedDemo: true }).close();
    const crashing = openLibrary(library.file);
    crashing.database.pragma('wal_autocheckpoint = 0');
    const template = findBuiltInTemplate('press-release');
    if (!template) throw new Error('no press release template');
    crashing.briefings.create({ ...newBriefingContent(template), title: 'Saved just before the crash' });
    // The files as a SIGKILL leaves them: closing would checkpoint the save into the main file.
    const main = readFileSync(library.file);
    const shm = readFileSync(`${library.file}-shm`);
    crashing.close();
    writeFileSync(library.file, main);
    writeFileSync(`${library.file}-shm`, shm);
    rmSync(`${library.file}-wal`, { force: true });
    await use(library);
  },
});

test('a library whose journal was lost after a crash opens without the last save, and says so first', async ({ page, library }, testInfo) => {
  await page.goto('/');
  const notice = page.getByRole('main', { name: 'Library notice' });
  await expect(notice.getByRole('heading', { name: 'Your library is open, without its last changes' })).toBeVisible();
  await expect(notice).toContainText("the library's journal file (library.sqlite-wal) was missing");
  await page.screenshot({ path: testInfo.outputPath('journal-notice.png') });

  const kept = readdirSync(dirname(library.file)).find((name) => /^library\.damaged-.*\.sqlite$/.test(name));
  expect(kept).toBeDefined();
  await expect(notice).toContainText(join(dirname(library.file), kept ?? ''));
  expect(existsSync(join(dirname(library.file), `${kept}-shm`))).toBe(true);

  await notice.getByRole('button', { name: 'Continue to the library' }).click();
  const panel = page.getByRole('navigation', { name: 'Library' });
  await expect(panel.getByRole('button', { name: /Ali Asadov/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Saved just before the crash/ })).toHaveCount(0);
});
