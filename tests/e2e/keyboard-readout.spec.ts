import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { pdfText } from '../support/pdf-tools';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

/** The keyboard, and nothing else, with every key press counted (a typed character is one press). */
class CountedKeyboard {
  presses = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.presses++;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.presses += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Presses a key until the control, or something inside it, has the keyboard; fails past `most` presses. */
  async pressUntil(key: string, target: Locator, most: number): Promise<void> {
    const trail: string[] = [];
    for (let presses = 1; presses <= most; presses++) {
      await this.press(key);
      // The control itself, or anywhere inside it (a pane).
      if (await target.evaluate((element) => element.contains(document.activeElement))) return;
      trail.push(await this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.slice(0, 30) ?? ''));
    }
    // Where the keyboard went instead, so a failure says which control is in the way.
    throw new Error(`${key} ${most} times did not reach ${target.toString()}: ${trail.join(' → ')}`);
  }
}

test("the day's readout without the mouse: template, title, details, participants, text, review and a PDF, in a few hundred keys", async ({ page, serviceHost, library }) => {
  // Some 300 keys typed one by one: a hang guard, not a time assertion.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 820 });
  const app = new BriefingPage(page);
  await app.open();
  const keys = new CountedKeyboard(page);

  // New briefing from the Meeting readout template: F6 to the library, whose first control is "New briefing".
  await keys.press('F6');
  await expect(page.getByRole('button', { name: 'New briefing' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Meeting readout' })).toBeFocused();
  await keys.press('Enter');
  await expect(app.title).toBeFocused();
  const title = 'Prime Minister meets ITU Secretary-General';
  await keys.type(title);

  // Participants: from the title, Tab reaches Add participant; each new row's name box has the keyboard.
  const participants = page.getByRole('region', { name: /Participants/ });
  const add = participants.getByRole('button', { name: 'Add participant' });
  await keys.pressUntil('Tab', add, 10);
  const people = [
    ['Ali Asadov', 'Prime Minister', 'Republic of Azerbaijan'],
    ['Doreen Bogdan-Martin', 'Secretary-General', 'International Telecommunication Union'],
    ['Rashad Nabiyev', 'Minister', 'Azerbaijan'],
  ] as const;
  for (const [index, person] of people.entries()) {
    await keys.press('Enter');
    await expect(participants.getByRole('textbox', { name: `Name, row ${index + 1}` })).toBeFocused();
    for (const [field, value] of person.entries()) {
      if (field > 0) await keys.press('Tab');
      await keys.type(value);
    }
    await keys.pressUntil('Tab', add, 8);
  }

  // The details: F6 goes on to the Details panel; Tab through its fields.
  const details = page.getByRole('complementary', { name: 'Details' });
  await keys.press('F6');
  await expect(details.locator(':focus')).toHaveCount(1);
  await keys.pressUntil('Tab', details.getByLabel('Meeting date'), 6);
  await keys.type('11212025');
  await keys.pressUntil('Tab', details.getByLabel('Location'), 6);
  await keys.type('Baku, Azerbaijan');
  for (const [who, [name]] of [
    ['Host', people[0]],
    ['Guest', people[1]],
  ] as const) {
    await keys.pressUntil('Tab', details.getByRole('textbox', { name: `${who}: Name` }), 8);
    await keys.type(name);
  }

  // The lede: Shift+F6 back to the page, where the keyboard was (Add participant); Tab to the lede's "Draft from details".
  await keys.press('Shift+F6');
  await expect(add).toBeFocused();
  await keys.pressUntil('Tab', app.section('lede').getByRole('button', { name: 'Draft from details' }), 6);
  await keys.press('Enter');
  await expect.poll(() => app.sectionText('lede')).toContain('Doreen Bogdan-Martin');

  // Send for review: F6 (details, then library) to the library, then Tab on past its foot into the workflow row.
  // It names what is missing, each a link to its section: the agreed points are typed there.
  const workflow = page.getByRole('region', { name: 'Workflow' });
  const sendForReview = workflow.getByRole('button', { name: 'Send for review' });
  await keys.pressUntil('F6', page.getByRole('button', { name: 'New briefing' }), 3);
  await keys.pressUntil('Tab', sendForReview, 30);
  await keys.press('Enter');
  // A person reads the refusal before going on.
  await expect(workflow.getByRole('alert')).toContainText('Agreed points');
  await keys.pressUntil('Tab', workflow.getByRole('button', { name: 'Agreed points' }), 4);
  await keys.press('Enter');
  await expect(app.editor).toBeFocused();
  const point = 'The sides agreed to open an ITU centre in Baku.';
  await keys.type(point);
  await expect.poll(() => app.sectionText('agreed-points')).toContain(point);
  await keys.pressUntil('F6', page.getByRole('navigation', { name: 'Library' }), 3);
  await keys.pressUntil('Tab', sendForReview, 30);
  await keys.press('Enter');
  await expect(workflow).toContainText('In review');
  // The step's button has gone with the step: the keyboard is on the next step's, not back at the start of the page.
  await expect(workflow.getByRole('button', { name: 'Approve' })).toBeFocused();

  // Export as PDF through the dialog; closing it gives the keyboard back to Export….
  const exportButton = workflow.getByRole('button', { name: 'Export…' });
  await keys.pressUntil('Shift+Tab', exportButton, 12);
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
  await keys.pressUntil('Tab', dialog.getByRole('button', { name: 'Export…' }), 20);
  await keys.press('Enter');
  const pdfPath = join(serviceHost.exportFolder ?? '', `${title}.pdf`);
  await expect(page.getByText(`Exported to ${pdfPath}`)).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  const text = pdfText(pdfPath);
  expect(text).toContain(title);
  expect(text).toContain('Doreen Bogdan-Martin');
  expect(text).toContain(point);
  const [stored] = library.query<{ status: string; participants_json: string; fields_json: string }>('SELECT status, participants_json, fields_json FROM briefings');
  expect(stored?.status).toBe('in-review');
  expect((JSON.parse(stored?.participants_json ?? '[]') as { name: string }[]).map(({ name }) => name)).toEqual(people.map(([name]) => name));
  expect(JSON.parse(stored?.fields_json ?? '{}')).toMatchObject({ meetingDate: '2025-11-21', location: 'Baku, Azerbaijan' });

  console.log(`The readout took ${keys.presses} key presses.`);
  expect(keys.presses).toBeLessThan(400);
});
