import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('search finds Azerbaijani words typed without their letters, and marks them as written', async ({ page }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Görüş');
  await app.typeInSection('lede', 'Prezident İlham Əliyev Bakıda ITU-nun Baş katibini qəbul edib.');
  await app.waitUntilSaved();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Readout: Geneva');
  await app.waitUntilSaved();

  const library = page.getByRole('navigation', { name: 'Library' });
  const search = library.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('eliyev baki');
  const results = library.getByRole('list', { name: 'Briefings' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('mark')).toHaveText(['Əliyev', 'Bakıda']);
  await page.screenshot({ path: testInfo.outputPath('search.png') });

  // Keyboard: from the box into the results, Enter opens.
  await search.fill('ilham');
  await expect(results).toHaveCount(1);
  await search.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.title).toHaveValue('Görüş');
});

test('a briefing moved to the Trash can be restored, and deleted for ever only after a confirmation', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Trip to Gəncə');
  await app.waitUntilSaved();

  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  const panel = page.getByRole('navigation', { name: 'Library' });
  await expect(panel.getByRole('button', { name: /Trip to Gəncə/ })).toHaveCount(0);

  await panel.getByRole('tab', { name: 'Trash' }).click();
  const trash = panel.getByRole('list', { name: 'Trash' });
  await expect(trash).toContainText('Trip to Gəncə');
  // A Trash row carries no buttons of its own: its actions are in the row's menu, as a library row's are.
  await expect(trash.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  await expect(trash.getByRole('button', { name: 'Delete forever' })).toHaveCount(0);
  const rowMenu = page.getByRole('menu', { name: 'Briefing actions' });
  await trash.getByRole('button', { name: 'More actions' }).click();
  await expect(rowMenu.getByRole('menuitem', { name: 'Restore' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(trash).not.toContainText('Trip to Gəncə');
  await panel.getByRole('tab', { name: 'All briefings' }).click();
  await app.openFromLibrary(/Trip to Gəncə/);

  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await panel.getByRole('tab', { name: 'Trash' }).click();
  // The Trash lists its rows a moment after the tab opens: a person sees the row before reaching for it.
  await expect(trash).toContainText('Trip to Gəncə');
  // Declining the question deletes nothing.
  page.once('dialog', (confirm) => {
    expect(confirm.message()).toContain('for ever');
    void confirm.dismiss();
  });
  // By the keyboard: the arrow keys reach the row from the search box, Shift+F10 opens its menu.
  await panel.getByRole('searchbox').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+F10');
  await rowMenu.getByRole('menuitem', { name: 'Delete forever' }).press('Enter');
  await expect(trash).toContainText('Trip to Gəncə');
  page.once('dialog', (confirm) => void confirm.accept());
  // And by a right-click on the row.
  await trash.getByText('Trip to Gəncə').click({ button: 'right' });
  await rowMenu.getByRole('menuitem', { name: 'Delete forever' }).click();
  await expect(panel.getByText('The Trash is empty.')).toBeVisible();
  expect(library.query('SELECT id FROM briefings')).toEqual([]);
});

test('History restores an earlier version as a new version, after showing the word changes', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('lede', 'The sides met in Bakı.');
  await app.waitUntilSaved();

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByLabel('Version name').fill('Sent to the minister');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('list', { name: 'Versions' })).toContainText('“Sent to the minister”');
  await history.getByRole('button', { name: 'Close' }).click();

  await app.typeInSection('lede', ' They agreed on a roadmap.');
  await app.waitUntilSaved();

  await page.getByRole('button', { name: 'History' }).click();
  await history.getByRole('button', { name: /Sent to the minister/ }).click();
  await expect(history.getByRole('article', { name: 'Version text' })).toContainText('The sides met in Bakı.');
  await expect(history.getByRole('article', { name: 'Version text' })).not.toContainText('roadmap');
  await history.getByRole('tab', { name: 'Changes to now' }).click();
  await expect(history.locator('ins')).toContainText(['roadmap']);
  await page.screenshot({ path: testInfo.outputPath('history-diff.png') });
  // Restoring asks first, and Cancel changes nothing.
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toContainText('What is there now is kept in History, and the restore can be undone.');
  await page.screenshot({ path: testInfo.outputPath('history-restore-confirm.png') });
  await history.getByRole('button', { name: 'Cancel' }).click();
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await history.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(history).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Restored the version of' })).toContainText('What was there before is kept in History.');
  await page.screenshot({ path: testInfo.outputPath('history-restored.png') });

  await expect(app.section('lede')).toContainText('The sides met in Bakı.');
  await expect(app.section('lede')).not.toContainText('roadmap');
  const reasons = library.query<{ reason: string }>('SELECT reason FROM revisions ORDER BY id').map((row) => row.reason);
  expect(reasons.at(-1)).toBe('restore');
  // The text that was replaced is still in the history.
  expect(library.query<{ body_json: string }>('SELECT body_json FROM revisions').some((row) => row.body_json.includes('roadmap'))).toBe(true);
  // The restore can be undone: the text before it comes back.
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The restore was undone' })).toBeVisible();
  await expect(app.section('lede')).toContainText('They agreed on a roadmap.');
  // Editing goes on on top of it.
  await app.typeInSection('lede', ' Continued.');
  await app.waitUntilSaved();
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).toContain('roadmap. Continued.');
});

test.describe('a damaged library file', () => {
  test.use({ seedDemo: true, damageLibrary: true });

  test('is moved aside, said so in plain words, and the latest automatic backup brings the library back', async ({ page, library }, testInfo) => {
    await page.goto('/');
    const recovery = page.getByRole('main', { name: 'Library recovery' });
    await expect(recovery.getByRole('heading', { name: 'Your library could not be opened' })).toBeVisible();
    await expect(recovery).toContainText('It has been moved aside to');
    await page.screenshot({ path: testInfo.outputPath('recovery.png') });

    const aside = readdirSync(dirname(library.file)).find((name) => name.includes('.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(`${dirname(library.file)}/${aside}`, 'utf8')).toContain('Not a database any more.');

    await recovery.getByRole('button', { name: /Restore the backup of/ }).click();
    const panel = page.getByRole('navigation', { name: 'Library' });
    await expect(panel.getByRole('button', { name: /Ali Asadov/ })).toBeVisible();
  });
});

test('a briefing saved as .briefing.json comes back as a new briefing; a bad file is refused with a reason', async ({ page, library, serviceHost }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Görüş — Встреча');
  await app.typeInSection('lede', 'İlham Əliyev met the guest in Bakı.');
  await app.waitUntilSaved();

  // The main process asks where with the save dialog (the test's answers in serviceHost.exportFolder) and writes the file.
  const panel = page.getByRole('navigation', { name: 'Library' });
  await app.rowAction('Görüş — Встреча', 'Export file');
  const saved = join(serviceHost.exportFolder ?? '', 'Görüş — Встреча.briefing.json');
  await expect.poll(() => existsSync(saved)).toBe(true);
  expect(serviceHost.saveDialogs.at(-1)).toMatchObject({ suggestedName: 'Görüş — Встреча.briefing.json', format: 'briefing' });
  expect(readdirSync(serviceHost.exportFolder ?? '')).toEqual(['Görüş — Встреча.briefing.json']);

  // … and reads the file the open dialog gives.
  serviceHost.importPath = saved;
  await panel.getByRole('button', { name: 'Import briefing…' }).click();
  await expect(panel.getByRole('button', { name: /Görüş — Встреча/ })).toHaveCount(2);
  await expect(app.section('lede')).toContainText('İlham Əliyev met the guest in Bakı.');
  expect(library.query<{ reason: string }>("SELECT reason FROM revisions WHERE reason = 'import'")).toHaveLength(1);
  expect(serviceHost.openDialogs).toEqual(['briefing']);

  const notes = join(serviceHost.exportFolder ?? '', 'notes.briefing.json');
  writeFileSync(notes, '{"format": "something-else"}');
  serviceHost.importPath = notes;
  await panel.getByRole('button', { name: 'Import briefing…' }).click();
  await expect(panel.getByRole('alert')).toHaveText('“notes.briefing.json” was not imported: This file is not a Briefing Desk briefing (.briefing.json).');
  expect(library.query('SELECT id FROM briefings')).toHaveLength(2);

  serviceHost.importPath = serviceHost.exportFolder;
  await panel.getByRole('button', { name: 'Import briefing…' }).click();
  await expect(panel.getByRole('alert')).toHaveText(/could not be opened: it is a folder\.$/);
  expect(library.query('SELECT id FROM briefings')).toHaveLength(2);
});
