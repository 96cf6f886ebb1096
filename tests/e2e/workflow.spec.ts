import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

test.use({ seedDemo: true });

test('a briefing goes through review and approval, is read-only when signed off, and reopens with a reason', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/Ali Asadov meets/);
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await expect(workflow).toContainText('Draft');

  await workflow.getByRole('button', { name: 'Send for review' }).click();
  await expect(workflow).toContainText('In review');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow).toContainText('Signed off: the text, details and participants are read-only.');

  // Signed off: nothing on screen takes a change.
  // Slate drops the textbox role from a read-only editor, so it is found by its label.
  const body = page.locator('[aria-label="Briefing text"]');
  await expect(body).toHaveAttribute('contenteditable', 'false');
  await expect(app.title).toHaveAttribute('readonly', '');
  await expect(workflow.getByRole('button', { name: 'Mark as released' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('approved.png') });

  await workflow.getByRole('button', { name: 'Reopen for editing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reopen for editing?' });
  await expect(dialog.getByRole('button', { name: 'Reopen for editing' })).toBeDisabled();
  await dialog.getByLabel(/Why does it go back to draft/).fill('Nazirin yeni sitatı əlavə olunmalıdır');
  await dialog.getByRole('button', { name: 'Reopen for editing' }).click();
  await expect(workflow).toContainText('Draft');
  await expect(body).toHaveAttribute('contenteditable', 'true');

  const [stored] = library.query<{ status: string }>('SELECT status FROM briefings');
  expect(stored?.status).toBe('draft');
  const labels = library.query<{ label: string }>("SELECT label FROM revisions WHERE reason = 'status' ORDER BY id").map((row) => row.label);
  expect(labels).toEqual(['In review', 'Approved', 'Draft: Nazirin yeni sitatı əlavə olunmalıdır']);
});

test('a readout with details missing and empty sections is not sent for review, and says what to fill in', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await workflow.getByRole('button', { name: 'Send for review' }).click();
  await expect(workflow.getByRole('alert')).toContainText('The status was not changed: Meeting date, Location, Host, Guest');
  await expect(workflow.getByRole('alert')).toContainText('must be filled in before it goes for review.');
  await expect(workflow).toContainText('Draft');
  const statuses = library.query<{ status: string }>("SELECT status FROM briefings WHERE title <> 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin'");
  expect(statuses.map((row) => row.status)).toEqual(['draft']);

  // Each thing to fill in is a link to its place: a detail's field, a section's text.
  const missing = workflow.getByRole('list', { name: 'Still to fill in' });
  await expect(missing.getByRole('button', { name: 'Meeting date' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('review-gate-links.png') });
  await missing.getByRole('button', { name: 'Location' }).click();
  await expect(page.getByRole('complementary', { name: 'Details' }).getByLabel('Location')).toBeFocused();
  await missing.getByRole('button', { name: 'Lede' }).click();
  await page.keyboard.type('The sides met.');
  await expect.poll(() => app.sectionText('lede')).toBe('The sides met.');
});
