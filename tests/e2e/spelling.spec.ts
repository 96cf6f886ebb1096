import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('an Azerbaijani misspelling is underlined, corrected from the keyboard menu, and a word added to the dictionary stays accepted after a reload', async ({
  page,
  library,
}, testInfo) => {
  // Two sessions of one briefing (typing, a reload), each loading the dictionary in its worker: longer than one edit.
  test.setTimeout(90_000);
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await page.getByRole('complementary', { name: 'Details' }).getByLabel('Language').selectOption('az');

  await app.typeInSection('lede', 'Tərəflər gorusme keçirib və Xankəndidə Qarabağlılarla danışıqlar aparıb');
  const lede = app.section('lede');
  const underlined = lede.locator('.spelling-error');
  await expect(underlined.filter({ hasText: 'gorusme' })).toBeVisible();
  await expect(underlined.filter({ hasText: 'Tərəflər' })).toHaveCount(0);

  // The caret inside the word, then Shift+F10: the word's menu, with the right word first.
  await lede.getByText('gorusme').click();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Spelling: gorusme' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toHaveText('görüşmə');
  await expect(menu.getByRole('menuitem', { name: 'Add to dictionary' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Ignore' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('spelling-menu.png') });
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(lede).toContainText('Tərəflər görüşmə keçirib');
  await expect(underlined.filter({ hasText: 'görüşmə' })).toHaveCount(0);

  // A word the dictionary lacks, added to the personal dictionary from the right-click menu.
  const unknown = underlined.filter({ hasText: 'Qarabağlılarla' });
  await expect(unknown).toBeVisible();
  await unknown.click({ button: 'right' });
  await page.getByRole('menu', { name: 'Spelling: Qarabağlılarla' }).getByRole('menuitem', { name: 'Add to dictionary' }).click();
  await expect(underlined.filter({ hasText: 'Qarabağlılarla' })).toHaveCount(0);
  await app.waitUntilSaved();
  expect(library.query<{ word: string }>('SELECT word FROM personal_dictionary')).toEqual([{ word: 'Qarabağlılarla' }]);

  await page.reload();
  await app.openFromLibrary(/Meeting readout/);
  await expect(app.section('lede')).toContainText('Qarabağlılarla');
  // Checked again after the reload: another word is still flagged, the added one is not.
  await expect(app.section('lede').locator('.spelling-error').first()).toBeVisible();
  await expect(app.section('lede').locator('.spelling-error').filter({ hasText: 'Qarabağlılarla' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('spelling-after-reload.png') });

  // Settings › Personal dictionary lists the word; removing it there takes effect in the open text at once.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const words = settings.getByRole('list', { name: 'Words in the personal dictionary' });
  await expect(words.getByRole('listitem')).toHaveText([/Qarabağlılarla/u]);
  await words.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('personal-dictionary.png') });
  await settings.getByRole('button', { name: 'Remove “Qarabağlılarla” from the dictionary' }).click();
  await expect(settings.getByText('No words yet.')).toBeVisible();
  expect(library.query<{ word: string }>('SELECT word FROM personal_dictionary')).toEqual([]);
  await settings.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.section('lede').locator('.spelling-error').filter({ hasText: 'Qarabağlılarla' })).toBeVisible();
});
