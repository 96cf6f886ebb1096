import { emitAppEvent, expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

// Several windows over one library: each page of the browser context stands for a window, served by the same
// services, and hears of every change as the app's windows do (`briefing-changed`).
test.use({ seedDemo: true });

const demoTitle = 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin';

test('a briefing opened in a second window follows what the first window saves, and the revision check catches edits in both', async ({
  page,
  context,
  serviceHost,
  mainProcess,
}) => {
  const first = new BriefingPage(page);
  await first.open();
  await first.openFromLibrary(/Ali Asadov meets ITU/);
  await expect(page).toHaveTitle(`${demoTitle} — Briefing Desk`);

  // Briefing › Open in New Window: the shell is asked for a window showing this briefing …
  await emitAppEvent(page, 'menu-command-invoked', { command: 'open-in-new-window' });
  await expect.poll(() => serviceHost.openedWindows.length).toBe(1);
  const briefingId = serviceHost.openedWindows[0] ?? '';
  expect(serviceHost.shownBriefings).toContain(briefingId);

  // … and that window opens on it.
  const secondPage = await context.newPage();
  await secondPage.goto(`/index.html?briefing=${briefingId}`);
  const second = new BriefingPage(secondPage);
  await expect(second.title).toHaveValue(demoTitle);

  // Typed in the first window: once saved, the idle second window shows it.
  await first.typeInSection('follow-up', ' Bakıda növbəti görüş.');
  await first.waitUntilSaved();
  await expect(second.section('follow-up')).toContainText('Bakıda növbəti görüş.');
  await expect(second.saveStatus).toHaveText('Saved');

  // Typed in both before either saved: the second window's save is held back (as a slow disk would hold it) while
  // the first saves at once (Ctrl+S). The second window keeps its edit and is stopped at the revision check instead
  // of taking the first window's version; its text stays on screen. Holding the save, not a long autosave wait, keeps
  // this independent of how fast typing and autosave are (autosave waits at most half a second).
  // The first window's saves are held too until the second has typed, so the second cannot take its version first.
  const releaseFirst = mainProcess.holdSaves(page);
  const releaseSecond = mainProcess.holdSaves(secondPage);
  await first.typeInSection('follow-up', ' First window.');
  await second.typeInSection('follow-up', ' Second window.');
  releaseFirst();
  await page.keyboard.press('Control+s');
  await first.waitUntilSaved();
  releaseSecond();
  await expect(secondPage.getByRole('alert').filter({ hasText: 'Not saved.' })).toBeVisible();
  await expect(second.section('follow-up')).toContainText('Bakıda növbəti görüş. Second window.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('shift+click in the library opens a briefing in a window of its own', async ({ page, serviceHost }) => {
  const app = new BriefingPage(page);
  await app.open();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Ali Asadov meets ITU/ })
    .click({ modifiers: ['Shift'] });
  await expect.poll(() => serviceHost.openedWindows.length).toBe(1);
  // This window stays as it was.
  await expect(page.getByRole('main', { name: 'Welcome' })).toBeVisible();
});

test('File › Open Recent and the welcome screen open what was opened lately; a trashed briefing leaves the list', async ({ page, serviceHost }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/Ali Asadov meets ITU/);
  await app.newBriefing('Press release');
  await app.title.fill('WSIS+20 press release');
  await app.waitUntilSaved();
  // The rename reached File › Open Recent too.
  await expect.poll(() => serviceHost.recentBriefingLists.at(-1)?.map((briefing) => briefing.title)).toEqual(['WSIS+20 press release', demoTitle]);

  // The menu's entry (its click sends this to the window used last).
  const demoId = serviceHost.recentBriefingLists.at(-1)?.find((briefing) => briefing.title === demoTitle)?.id ?? '';
  await emitAppEvent(page, 'open-briefing-requested', { briefingId: demoId });
  await expect(app.title).toHaveValue(demoTitle);
  // Switching saved the press release's title first, and the menu shows it.
  await expect.poll(() => serviceHost.recentBriefingLists.at(-1)?.map((briefing) => briefing.title)).toEqual([demoTitle, 'WSIS+20 press release']);

  // A new window starts on the welcome screen with the same list.
  await page.reload();
  const recent = page.getByRole('region', { name: 'Recent' });
  await expect(recent.getByRole('button')).toHaveText([demoTitle, 'WSIS+20 press release']);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /WSIS\+20/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('welcome-recent.png') });
  await recent.getByRole('button', { name: 'WSIS+20 press release' }).click();
  await expect(app.title).toHaveValue('WSIS+20 press release');

  page.once('dialog', (confirm) => void confirm.accept());
  await emitAppEvent(page, 'menu-command-invoked', { command: 'move-to-trash' });
  await expect(page.getByRole('main', { name: 'Welcome' })).toBeVisible();
  await expect(recent.getByRole('button')).toHaveText([demoTitle]);
  await expect(page).toHaveTitle('Briefing Desk');
  // Moved here, so no word about another window.
  await expect(page.getByText('in another window')).toHaveCount(0);
});

test('a briefing moved to the Trash in another window closes here, with a word about where it went', async ({ page, context }) => {
  const first = new BriefingPage(page);
  await first.open();
  await first.openFromLibrary(/Ali Asadov meets ITU/);

  const secondPage = await context.newPage();
  const second = new BriefingPage(secondPage);
  await second.open();
  await second.openFromLibrary(/Ali Asadov meets ITU/);
  secondPage.once('dialog', (confirm) => void confirm.accept());
  await secondPage.getByRole('button', { name: 'Move to Trash' }).click();

  await expect(page.getByRole('main', { name: 'Welcome' })).toBeVisible();
  await expect(page.getByText('moved to the Trash in another window')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('No briefings yet');
});
