import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('find highlights matches across sections; replace all is one undo step', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('lede', 'The ITU and the itu met. Şəhər sehər.');
  await app.typeInSection('topics-discussed', 'ITU priorities');
  await app.typeInSection('follow-up', 'Write to ITU');
  await app.waitUntilSaved();
  const before = library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json;

  await page.keyboard.press('Control+F');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await expect(find.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('itu');
  await expect.poll(() => app.highlighted('find-match')).toEqual(['ITU', 'itu', 'ITU', 'ITU']);
  const findStatus = find.locator('.find-count');
  await expect(findStatus).toHaveText('1 of 4');
  await find.getByRole('checkbox', { name: 'Match case' }).check();
  await expect.poll(() => app.highlighted('find-match')).toEqual(['itu']);
  await find.getByRole('checkbox', { name: 'Match case' }).uncheck();
  await find.getByRole('button', { name: 'Next match' }).click();
  await find.getByRole('button', { name: 'Next match' }).click();
  await expect(findStatus).toHaveText('2 of 4');
  await expect.poll(() => app.highlighted('find-match-current')).toEqual(['itu']);

  // Diacritics matter: ş is not s.
  await find.getByRole('textbox', { name: 'Find' }).fill('şəhər');
  await expect.poll(() => app.highlighted('find-match')).toEqual(['Şəhər']);

  await page.keyboard.press('Control+H');
  await find.getByRole('textbox', { name: 'Find' }).fill('ITU');
  await find.getByRole('checkbox', { name: 'Whole word' }).check();
  await find.getByRole('textbox', { name: 'Replace with' }).fill('BİB');
  await find.getByRole('button', { name: 'Replace all' }).click();
  await expect(findStatus).toHaveText('Replaced 4 matches.');
  await expect(app.section('lede')).toContainText('The BİB and the BİB met.');
  await expect(app.section('topics-discussed')).toContainText('BİB priorities');
  await expect(app.section('follow-up')).toContainText('Write to BİB');
  await app.waitUntilSaved();

  // Replace all disabled itself (nothing left to replace), so the keyboard goes back to the Find box to close the bar.
  await find.getByRole('textbox', { name: 'Find' }).focus();
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(app.section('lede')).toContainText('The ITU and the itu met.');
  await expect(app.section('topics-discussed')).toContainText('ITU priorities');
  await expect(app.section('follow-up')).toContainText('Write to ITU');
  await app.waitUntilSaved();
  expect(library.query<{ body_json: string }>('SELECT body_json FROM briefings')[0]?.body_json).toBe(before);
});
