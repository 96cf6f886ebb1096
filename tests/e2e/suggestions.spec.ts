import { expect, test } from './app-fixture';
import type { Locator, Page } from '@playwright/test';
import { BriefingPage, wordCentre } from './briefing-page';

test.use({ seedDemo: true });

/** The sample readout open, with Rəşad Quliyev signed in as the reviewer (suggestions are signed with the name from Settings). */
async function openAsReviewer(page: Page): Promise<BriefingPage> {
  const app = new BriefingPage(page);
  await app.open();
  await app.signAs('Rəşad Quliyev');
  await app.openFromLibrary(/Ali Asadov meets/);
  return app;
}

/** The caret at the start of the block, then Word's Track Changes shortcut turns Suggesting on; the button shows it. */
async function suggestFrom(page: Page, block: Locator): Promise<void> {
  await block.click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');
}

test('a reviewer suggests an insertion and a deletion, the author accepts one and rejects the other, and approval waits for both', async ({ page, library }) => {
  test.setTimeout(60_000);
  const app = await openAsReviewer(page);
  const section = app.section('topics-discussed');
  const line = section.locator('.block').first();
  await suggestFrom(page, line);
  await page.keyboard.type('In Baku, ');
  // Delete, letter by letter, extends one deletion, as Backspace does.
  for (let letter = 0; letter < 'The '.length; letter += 1) await page.keyboard.press('Delete');

  // The words stay in place, inserted ones underlined and deleted ones struck through, each signed.
  await expect(line).toHaveText('In Baku, The participants discussed:');
  await expect(section.locator('.suggestion-insert')).toHaveText('In Baku, ');
  await expect(section.locator('.suggestion-delete')).toHaveText('The ');
  await expect(section.locator('.suggestion-delete')).toHaveAttribute('title', /^Deleted by Rəşad Quliyev, /u);
  await expect(page.locator('.status-bar')).toContainText('2 suggested changes');
  const margin = page.getByRole('complementary', { name: 'Comments' });
  const insertion = margin.getByRole('region', { name: 'Suggested change: In Baku, ' });
  const deletion = margin.getByRole('region', { name: 'Suggested change: The' });
  await expect(insertion).toContainText('Rəşad Quliyev');
  await expect(deletion).toContainText('Deleted: The');
  await page.screenshot({ path: test.info().outputPath('suggestions.png') });
  // The margin's top, with Accept all and Reject all, to look at.
  await page.locator('.editor-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
  await expect(margin.getByRole('button', { name: 'Accept all' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('suggestions-margin-top.png') });
  await app.waitUntilSaved();
  const stored = () => library.query<{ body_json: string }>("SELECT body_json FROM briefings WHERE title LIKE '%Ali Asadov meets%'")[0]?.body_json ?? '';
  expect(stored()).toContain('"kind":"delete","author":"Rəşad Quliyev"');

  // Approval waits while any suggestion is open.
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'false');
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await workflow.getByRole('button', { name: 'Send for review' }).click();
  await expect(workflow).toContainText('In review');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow.getByRole('alert')).toContainText('2 suggested changes are still open; accept or reject them before the briefing is approved.');

  // The author accepts the insertion; with the deletion still open, approval is still refused.
  await insertion.getByRole('button', { name: 'Accept' }).click();
  await expect(insertion).toHaveCount(0);
  await expect(section.locator('.suggestion-insert')).toHaveCount(0);
  await expect(line).toHaveText('In Baku, The participants discussed:');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow.getByRole('alert')).toContainText('A suggested change is still open; accept or reject it before the briefing is approved.');

  // Rejecting the deletion keeps the words; then the briefing is approved.
  await deletion.getByRole('button', { name: 'Reject' }).click();
  await expect(section.locator('.suggestion')).toHaveCount(0);
  await expect(line).toHaveText('In Baku, The participants discussed:');
  await expect(page.locator('.status-bar')).not.toContainText('suggested change');
  await app.waitUntilSaved();
  expect(stored()).not.toContain('"suggestion"');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow).toContainText('Signed off');
});

test('a reviewer suggests a paragraph break and a join; they survive a reload and the author accepts one and rejects the other', async ({ page, library }) => {
  test.setTimeout(90_000);
  const app = await openAsReviewer(page);
  const section = app.section('occasion');
  const blocks = section.locator('.block');
  await expect(blocks).toHaveCount(2);
  await suggestFrom(page, blocks.first());
  // Enter after "The sides": two paragraphs, the new paragraph mark shown as an inserted pilcrow.
  for (let letter = 0; letter < 'The sides'.length; letter += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(blocks).toHaveCount(3);
  await expect(blocks.nth(0)).toHaveText('The sides¶');
  // Backspace at the start of the last paragraph: the mark before it is suggested for deletion, the paragraphs stay apart.
  await blocks.nth(2).click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Backspace');
  await expect(blocks).toHaveCount(3);
  await expect(section.locator('.suggestion-break.suggestion-insert')).toHaveAttribute('title', /^Paragraph break inserted by Rəşad Quliyev, /u);
  await expect(section.locator('.suggestion-break.suggestion-delete')).toHaveAttribute('title', /^Paragraphs joined by Rəşad Quliyev, /u);
  await expect(page.locator('.status-bar')).toContainText('2 suggested changes');
  const margin = page.getByRole('complementary', { name: 'Comments' });
  await expect(margin.locator('.suggestion-card')).toHaveText([/Inserted: ¶/u, /Deleted: ¶/u]);
  await page.screenshot({ path: test.info().outputPath('suggested-breaks.png') });
  await app.waitUntilSaved();
  const stored = () => library.query<{ body_json: string }>("SELECT body_json FROM briefings WHERE title LIKE '%Ali Asadov meets%'")[0]?.body_json ?? '';
  expect(stored()).toMatch(/"breakSuggestion":\{"id":"[^"]+","kind":"insert","author":"Rəşad Quliyev"/u);
  expect(stored()).toMatch(/"breakSuggestion":\{"id":"[^"]+","kind":"delete","author":"Rəşad Quliyev"/u);

  // After a reload both are still there, and the author decides: the break accepted, the join rejected.
  await page.reload();
  await app.openFromLibrary(/Ali Asadov meets/);
  await expect(section.locator('.suggestion-break')).toHaveCount(2);
  await margin.locator('.suggestion-card', { hasText: 'Inserted: ¶' }).getByRole('button', { name: 'Accept' }).click();
  await margin.locator('.suggestion-card', { hasText: 'Deleted: ¶' }).getByRole('button', { name: 'Reject' }).click();
  await expect(section.locator('.suggestion-break')).toHaveCount(0);
  await expect(blocks).toHaveCount(3);
  await expect(blocks.nth(0)).toHaveText('The sides');
  await expect(blocks.nth(1)).toContainText('underlined the importance of Baku');
  await expect(blocks.nth(2)).toContainText('They noted the opening');
  await expect(page.locator('.status-bar')).not.toContainText('suggested change');
  await app.waitUntilSaved();
  expect(stored()).not.toContain('breakSuggestion');
});

test('a reviewer suggests a heading and a list; the author rejects the heading, the paragraph is back, and accepts the list', async ({ page, library }) => {
  test.setTimeout(90_000);
  const app = await openAsReviewer(page);
  const section = app.section('occasion');
  const blocks = section.locator('.block');
  await expect(blocks).toHaveCount(2);
  await suggestFrom(page, blocks.first());
  const suggesting = page.getByRole('button', { name: 'Suggesting' });
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });

  // The reviewer makes the first paragraph a heading: it shows as one, marked, with the old form kept.
  await toolbar.getByRole('button', { name: 'Heading', exact: true }).click();
  await expect(blocks.first()).toHaveClass(/block-heading-2/u);
  await expect(blocks.first()).toHaveClass(/suggestion-format/u);
  await expect(blocks.first()).toHaveAttribute('title', /^Formatted: Heading \(was Normal text\), by Rəşad Quliyev, /u);
  await expect(page.locator('.status-bar')).toContainText('1 suggested change');
  const margin = page.getByRole('complementary', { name: 'Comments' });
  const heading = margin.locator('.suggestion-card', { hasText: 'Formatted: Heading' });
  await expect(heading).toContainText('Rəşad Quliyev');
  // And the second a numbered list.
  await blocks.nth(1).click({ position: { x: 1, y: 8 } });
  await toolbar.getByRole('button', { name: 'Numbered list' }).click();
  await expect(blocks.nth(1)).toHaveClass(/block-list-item/u);
  await expect(blocks.nth(1)).toHaveClass(/suggestion-format/u);
  await expect(page.locator('.status-bar')).toContainText('2 suggested changes');
  await page.screenshot({ path: test.info().outputPath('suggested-forms.png') });
  await app.waitUntilSaved();
  const stored = () => library.query<{ body_json: string }>("SELECT body_json FROM briefings WHERE title LIKE '%Ali Asadov meets%'")[0]?.body_json ?? '';
  expect(stored()).toMatch(/"type":"heading","level":2,"formSuggestion":\{"id":"[^"]+","author":"Rəşad Quliyev","at":"[^"]+","from":\{"type":"paragraph"\}\}/u);

  // The author rejects the heading: the paragraph is back as it was; then accepts the list.
  await suggesting.click();
  await expect(suggesting).toHaveAttribute('aria-pressed', 'false');
  await heading.getByRole('button', { name: 'Reject' }).click();
  await expect(blocks.first()).toHaveClass(/block-paragraph/u);
  await expect(blocks.first()).not.toHaveClass(/suggestion-format/u);
  await expect(blocks.first()).toHaveText(/^The sides underlined/u);
  await margin.locator('.suggestion-card', { hasText: 'Formatted: Numbered list' }).getByRole('button', { name: 'Accept' }).click();
  await expect(blocks.nth(1)).toHaveClass(/block-list-item/u);
  await expect(section.locator('.suggestion-format')).toHaveCount(0);
  await expect(page.locator('.status-bar')).not.toContainText('suggested change');
  await app.waitUntilSaved();
  expect(stored()).not.toContain('formSuggestion');
  expect(stored()).toMatch(/"type":"list-item","listType":"numbered","indent":0,"children":\[\{"text":"They noted/u);
});

test('a reviewer makes two words bold in Suggesting mode; after a reload the author rejects one, which is plain again, and accepts the other', async ({ page, library }) => {
  test.setTimeout(90_000);
  const app = await openAsReviewer(page);
  const section = app.section('topics-discussed');
  const line = section.locator('.block').first();
  await expect(line).toHaveText('The participants discussed:');
  await suggestFrom(page, line);
  /** Double-clicks a word of the line, as a person selects one, and waits until the page's selection is that word. */
  const selectWord = async (word: string) => {
    await line.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await wordCentre(line, word);
    if (!box) throw new Error(`no “${word}” in the line`);
    await page.mouse.dblclick(box.x, box.y);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe(word);
  };
  // "participants" bold with Word's Ctrl+B, "discussed" with the toolbar's Bold: each a suggestion, nothing else changed.
  await selectWord('participants');
  await page.keyboard.press('Control+b');
  await expect(line.locator('strong')).toHaveText(['participants']);
  await selectWord('discussed');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).click();
  await expect(line).toHaveText('The participants discussed:');
  const marked = section.locator('.suggestion-marks');
  await expect(marked).toHaveText(['participants', 'discussed']);
  await expect(line.locator('strong')).toHaveText(['participants', 'discussed']);
  await expect(marked.first()).toHaveAttribute('title', /^Formatted: Bold, by Rəşad Quliyev, /u);
  await expect(page.locator('.status-bar')).toContainText('2 suggested changes');
  const margin = page.getByRole('complementary', { name: 'Comments' });
  const cards = margin.locator('.suggestion-card');
  await expect(cards).toHaveText([/Formatted: Bold\s*participants/u, /Formatted: Bold\s*discussed/u]);
  await expect(cards.first()).toContainText('Rəşad Quliyev');
  await page.screenshot({ path: test.info().outputPath('suggested-bold.png') });
  await app.waitUntilSaved();
  const stored = () => library.query<{ body_json: string }>("SELECT body_json FROM briefings WHERE title LIKE '%Ali Asadov meets%'")[0]?.body_json ?? '';
  expect(stored()).toMatch(/\{"text":"participants","bold":true,"formatSuggestion":\{"id":"[^"]+","author":"Rəşad Quliyev","at":"[^"]+","from":\{\}\}\}/u);

  // After a reload both are there; approval waits for them, and the author decides.
  await page.reload();
  await app.openFromLibrary(/Ali Asadov meets/);
  await expect(marked).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'false');
  await cards.filter({ hasText: 'participants' }).getByRole('button', { name: 'Reject' }).click();
  await expect(line.locator('strong')).toHaveText(['discussed']);
  await cards.filter({ hasText: 'discussed' }).getByRole('button', { name: 'Accept' }).click();
  await expect(marked).toHaveCount(0);
  await expect(line.locator('strong')).toHaveText(['discussed']);
  await expect(line).toHaveText('The participants discussed:');
  await expect(page.locator('.status-bar')).not.toContainText('suggested change');
  await app.waitUntilSaved();
  expect(stored()).not.toContain('formatSuggestion');
  expect(stored()).toContain('{"text":"The participants "},{"text":"discussed","bold":true}');
});

test('in Suggesting mode "## " and Enter on an empty list item are suggested forms, which Reject all takes back', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await openAsReviewer(page);
  const occasion = app.section('occasion').locator('.block');
  await suggestFrom(page, occasion.nth(1));
  // The Markdown shortcut the reviewer types makes a heading, kept as a suggestion; the typed "## " goes, as it does outside the mode.
  await page.keyboard.type('## ');
  await expect(occasion.nth(1)).toHaveClass(/block-heading-2/u);
  await expect(occasion.nth(1)).toHaveClass(/suggestion-format/u);
  await expect(occasion.nth(1)).toHaveText(/^They noted the opening/u);
  await expect(occasion.nth(1)).toHaveAttribute('title', /^Formatted: Heading \(was Normal text\), by Rəşad Quliyev, /u);

  // Enter at the end of the last topic makes a new item (a suggested paragraph mark); Enter on it ends the list, suggested too.
  const topics = app.section('topics-discussed').locator('.block');
  await expect(topics).toHaveCount(6);
  const last = topics.nth(5);
  await last.scrollIntoViewIfNeeded();
  const box = await last.boundingBox();
  if (!box) throw new Error('the last topic is not shown');
  await last.click({ position: { x: box.width - 2, y: box.height - 8 } });
  await page.keyboard.press('Enter');
  await expect(topics).toHaveCount(7);
  await page.keyboard.press('Enter');
  await expect(topics).toHaveCount(7);
  await expect(topics.nth(6)).toHaveClass(/block-paragraph/u);
  await expect(topics.nth(6)).toHaveClass(/suggestion-format/u);
  await expect(topics.nth(6)).toHaveAttribute('title', /^Formatted: Normal text \(was Bulleted list\), by Rəşad Quliyev, /u);
  const margin = page.getByRole('complementary', { name: 'Comments' });
  await expect(margin.locator('.suggestion-card', { hasText: 'Formatted: Heading' })).toHaveCount(1);
  await expect(margin.locator('.suggestion-card', { hasText: 'Formatted: Normal text' })).toHaveCount(1);
  await expect(page.locator('.status-bar')).toContainText('3 suggested changes');
  await page.screenshot({ path: test.info().outputPath('suggested-shortcuts.png') });

  // The author rejects them all: the paragraph is back as it was, and the list has its five topics again.
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await margin.getByRole('button', { name: 'Reject all' }).click();
  await expect(occasion.nth(1)).toHaveClass(/block-paragraph/u);
  await expect(occasion.nth(1)).toHaveText(/^They noted the opening/u);
  await expect(topics).toHaveCount(6);
  await expect(app.section('topics-discussed').locator('.suggestion-format')).toHaveCount(0);
  await expect(page.locator('.status-bar')).not.toContainText('suggested change');
});
