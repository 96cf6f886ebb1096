import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

test.use({ seedDemo: true });

test('a reviewer suggests an insertion and a deletion, the author accepts one and rejects the other, and approval waits for both', async ({ page, library }) => {
  test.setTimeout(60_000);
  const app = new BriefingPage(page);
  await app.open();
  // Suggestions are signed with the name from Settings.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Rəşad Quliyev');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await app.openFromLibrary(/Ali Asadov meets/);

  // Word's Track Changes shortcut turns Suggesting on; the button shows it.
  const section = app.section('topics-discussed');
  const line = section.locator('.block').first();
  await line.click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');
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
