import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

interface BriefingRow {
  id: string;
  title: string;
  body_json: string;
  revision: number;
}

test('a new meeting readout keeps Azerbaijani and Cyrillic text across a reload', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');

  const lede = 'On 21 November Prime Minister Əliyev ş ğ ı İ met the guest';
  const topics = 'Обсуждались цифровая экономика и Москва';
  await app.typeInSection('lede', lede);
  await app.typeInSection('topics-discussed', topics);
  await app.waitUntilSaved();

  await page.reload();
  await app.openFromLibrary(/Meeting readout/);
  await expect(app.section('lede')).toContainText(lede);
  await expect(app.section('topics-discussed')).toContainText(topics);
  await page.screenshot({ path: testInfo.outputPath('new-readout.png') });

  const [row] = library.query<BriefingRow>('SELECT id, title, body_json, revision FROM briefings');
  expect(row?.body_json).toContain(lede);
  expect(row?.body_json).toContain(topics);
});

test('bold and a numbered list made with keyboard shortcuts survive a reload', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');

  await app.section('follow-up').locator('.block').first().click();
  await page.keyboard.press('Control+Shift+Digit7');
  await page.keyboard.type('Joint working group on ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('cybersecurity');
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Visit to Geneva in spring');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dates to be agreed');
  await app.waitUntilSaved();

  await page.reload();
  await app.openFromLibrary(/Meeting readout/);
  const items = app.section('follow-up').locator('[data-list-type="numbered"]');
  await expect(items).toHaveCount(3);
  const indentOf = (index: number) => items.nth(index).evaluate((item) => parseFloat(getComputedStyle(item).paddingLeft));
  expect(await indentOf(2)).toBeGreaterThan(await indentOf(1));
  const markerOf = (index: number) => items.nth(index).evaluate((item) => getComputedStyle(item, '::before').content);
  expect(await markerOf(2)).toContain('lower-alpha');
  await expect(items.nth(0)).toHaveText('Joint working group on cybersecurity');
  await expect(items.nth(0).locator('strong')).toHaveText('cybersecurity');
  await expect(items.nth(1)).toHaveText('Visit to Geneva in spring');

  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const body = JSON.parse(row?.body_json ?? '[]') as { sectionId: string; children: unknown[] }[];
  const followUp = body.find((section) => section.sectionId === 'follow-up');
  expect(followUp?.children).toEqual([
    {
      type: 'list-item',
      listType: 'numbered',
      indent: 0,
      children: [{ text: 'Joint working group on ' }, { text: 'cybersecurity', bold: true }],
    },
    { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'Visit to Geneva in spring' }] },
    { type: 'list-item', listType: 'numbered', indent: 1, children: [{ text: 'Dates to be agreed' }] },
  ]);
  await page.screenshot({ path: testInfo.outputPath('numbered-list.png') });
});

test('a stale save shows a conflict and neither window loses its text', async ({ context, library, mainProcess }) => {
  const first = new BriefingPage(await context.newPage());
  await first.open();
  await first.newBriefing('Meeting readout');
  await first.waitUntilSaved();

  const second = new BriefingPage(await context.newPage());
  await second.open();
  await second.openFromLibrary(/Meeting readout/);

  // Typed in the first window, then in the second, whose saves are held back (as a slow disk would hold them) until
  // the first window has saved at once (Ctrl+S). A window with an edit waiting does not take the other window's
  // version, so its own save then meets the revision check — however fast typing and autosave are.
  // The first window's saves are held too until the second has typed, so the second cannot take its version first.
  const releaseFirst = mainProcess.holdSaves(first.page);
  const releaseSecond = mainProcess.holdSaves(second.page);
  await first.typeInSection('lede', 'Text from the first window');
  await second.typeInSection('occasion', 'Text from the second window');
  releaseFirst();
  await first.page.keyboard.press('Control+s');
  await first.waitUntilSaved();
  releaseSecond();

  await expect(second.saveStatus).toContainText('Not saved');
  await expect(second.page.getByRole('alert')).toContainText('changed in another window');
  await expect(second.section('occasion')).toContainText('Text from the second window');

  // The first window's save is what the library holds; the second's text is only on its screen so far.
  const stored = library.query<BriefingRow>('SELECT id, title, body_json, revision FROM briefings');
  expect(stored).toHaveLength(1);
  expect(stored[0]?.body_json).toContain('Text from the first window');
  expect(stored[0]?.body_json).not.toContain('Text from the second window');

  await second.page.getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(second.title).toHaveValue(/my version/);
  await expect(second.section('occasion')).toContainText('Text from the second window');
  await second.waitUntilSaved();

  const rows = library.query<BriefingRow>('SELECT id, title, body_json, revision FROM briefings ORDER BY created_at');
  expect(rows).toHaveLength(2);
  expect(rows[0]?.body_json).toContain('Text from the first window');
  expect(rows[1]?.title).toContain('my version');
  expect(rows[1]?.body_json).toContain('Text from the second window');
});

test('switching to another briefing right after the last keystroke saves that keystroke first', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Blank briefing');
  await app.title.fill('Second');
  await app.waitUntilSaved();
  await app.newBriefing('Meeting readout');
  await app.waitUntilSaved();

  await app.typeInSection('lede', 'Typed just before switching: Əliyev');
  // No wait for "Saved": the switch itself must flush the pending save.
  await app.openFromLibrary(/^Second/);
  await expect(app.title).toHaveValue('Second');

  const rows = library.query<{ title: string; body_json: string }>('SELECT title, body_json FROM briefings');
  expect(rows.find((row) => row.title === 'Meeting readout')?.body_json).toContain('Typed just before switching: Əliyev');
});
