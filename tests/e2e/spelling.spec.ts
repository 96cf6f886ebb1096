import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';
import { createServices } from '../../electron/services/create-services';

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
  const underlined = () => app.underlinedWords('lede');
  await expect.poll(underlined).toContain('gorusme');
  expect(await underlined()).not.toContain('Tərəflər');

  // Find's match and the spelling lines are two highlights over the same text: both show, and closing Find leaves the lines.
  await page.keyboard.press('Control+F');
  await page.getByRole('search', { name: 'Find and replace' }).getByRole('textbox', { name: 'Find' }).fill('keçirib');
  await expect.poll(() => app.highlighted('find-match', 'lede')).toEqual(['keçirib']);
  await expect.poll(underlined).toEqual(['gorusme', 'Xankəndidə', 'Qarabağlılarla']);
  await page.keyboard.press('Escape');
  await expect.poll(() => app.highlighted('find-match', 'lede')).toEqual([]);
  await expect.poll(underlined).toEqual(['gorusme', 'Xankəndidə', 'Qarabağlılarla']);

  // The caret inside the word, then Shift+F10: the word's menu, with the right word first.
  await app.clickWord('lede', 'gorusme');
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
  // The corrected block is checked again: the other unknown word keeps its line, the corrected one has none.
  await expect.poll(underlined).toContain('Qarabağlılarla');
  expect(await underlined()).not.toContain('görüşmə');
  expect(await underlined()).not.toContain('gorusme');

  // A word the dictionary lacks, added to the personal dictionary from the right-click menu.
  await app.clickWord('lede', 'Qarabağlılarla', { button: 'right' });
  await page.getByRole('menu', { name: 'Spelling: Qarabağlılarla' }).getByRole('menuitem', { name: 'Add to dictionary' }).click();
  await expect.poll(underlined).not.toContain('Qarabağlılarla');
  await app.waitUntilSaved();
  expect(library.query<{ word: string }>('SELECT word FROM personal_dictionary')).toEqual([{ word: 'Qarabağlılarla' }]);

  await page.reload();
  await app.openFromLibrary(/Meeting readout/);
  await expect(app.section('lede')).toContainText('Qarabağlılarla');
  // Checked again after the reload: another word is still flagged, the added one is not.
  await expect.poll(underlined).not.toEqual([]);
  expect(await underlined()).not.toContain('Qarabağlılarla');
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
  await expect.poll(underlined).toContain('Qarabağlılarla');
});

test('a long briefing is underlined where the person reads: the lines follow the scroll, not all 300 at once', async ({ page, mainProcess, serviceHost }) => {
  const services = createServices(mainProcess.library, serviceHost);
  const briefing = await services.briefings.create({ templateId: 'meeting-readout', title: 'Long readout' });
  // Every paragraph has one misspelt word, numbered so each can be found.
  const body = briefing.body.map((section, sectionIndex) => ({
    ...section,
    children: Array.from({ length: 50 }, (_, index) => ({
      type: 'paragraph' as const,
      children: [{ text: `The sides agreed on paragraph ${sectionIndex * 50 + index + 1} and recieved the draft.` }],
    })),
  }));
  await services.briefings.save({ id: briefing.id, baseRevision: briefing.revision, body });
  const paragraphs = body.length * 50;

  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/Long readout/);
  const underlined = () =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get('spelling-error') as unknown as Set<Range> | undefined;
      // Which paragraphs' words are underlined: the number in the text before each line.
      return [...(highlight ?? [])].map((range) => Number(/paragraph (\d+)/u.exec(range.startContainer.textContent ?? '')?.[1]));
    });
  await expect.poll(async () => (await underlined()).includes(1)).toBe(true);
  const first = await underlined();
  expect(first.length).toBeLessThan(paragraphs / 2);
  expect(first).not.toContain(paragraphs);

  // Scrolled to the end: the last paragraph's word is underlined, the first one's no longer carries a range.
  await page.locator('.briefing-body .block').last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await underlined()).includes(paragraphs)).toBe(true);
  expect(await underlined()).not.toContain(1);
  await expect(page.locator('.briefing-body .block').last()).toContainText('recieved');
});

test('one spelling worker serves the window: a word added to the dictionary in one briefing is accepted in the next one opened, without a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await page.getByRole('complementary', { name: 'Details' }).getByLabel('Language').selectOption('az');
  await app.typeInSection('lede', 'Qarabağlılarla gorusme keçirilib');
  await expect.poll(() => app.underlinedWords('lede')).toEqual(['Qarabağlılarla', 'gorusme']);
  await app.clickWord('lede', 'Qarabağlılarla', { button: 'right' });
  await page.getByRole('menu', { name: 'Spelling: Qarabağlılarla' }).getByRole('menuitem', { name: 'Add to dictionary' }).click();
  await expect.poll(() => app.underlinedWords('lede')).toEqual(['gorusme']);
  await app.waitUntilSaved();

  // Another briefing in the same window: its editor starts from the words as read after the addition.
  await app.newBriefing('Meeting readout');
  await page.getByRole('complementary', { name: 'Details' }).getByLabel('Language').selectOption('az');
  await app.typeInSection('lede', 'Qarabağlılarla danısıqlar aparılıb');
  await expect.poll(() => app.underlinedWords('lede')).toEqual(['danısıqlar']);
});
