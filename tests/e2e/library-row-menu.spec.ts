import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test("a library row's actions open by keyboard (Shift+F10, the Menu key); Move to Trash offers Undo, which brings the briefing back", async ({ page, library }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await page.keyboard.type('Readout: Geneva');
  await app.waitUntilSaved();

  const panel = page.getByRole('navigation', { name: 'Library' });
  const row = panel.getByRole('button', { name: /Readout: Geneva/ });
  // No permanent buttons on the row: its actions are behind "⋯".
  await expect(panel.getByRole('button', { name: 'Duplicate' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'More actions' })).toHaveCount(1);

  // The keyboard: the search box, Down to the row, Shift+F10.
  await panel.getByRole('searchbox').focus();
  await page.keyboard.press('ArrowDown');
  await expect(row).toBeFocused();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Briefing actions' });
  await expect(menu.getByRole('menuitem', { name: 'Open in New Window' })).toBeFocused();
  await expect(menu.getByRole('menuitem')).toHaveText([/Open in New Window/, /Duplicate/, /Export file/, /Move to Trash/]);
  await page.screenshot({ path: testInfo.outputPath('row-menu-1024x700.png') });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(row).toBeFocused();

  // The Menu key opens it too; End, Enter moves the open briefing to the Trash.
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Move to Trash' })).toBeFocused();
  await page.keyboard.press('Enter');
  const toast = page.getByRole('status', { name: 'Notification' });
  await expect(toast).toContainText('“Readout: Geneva” is in the Trash.');
  await expect(row).toHaveCount(0);
  await expect(app.editor).toBeHidden();
  // Moved here, not "in another window": no error.
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(library.query<{ trashed_at: string | null }>('SELECT trashed_at FROM briefings')[0]?.trashed_at).not.toBeNull();
  await page.screenshot({ path: testInfo.outputPath('trash-toast-1024x700.png') });

  // Undo: back in the library, and open again, as it was.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toBeHidden();
  await expect(row).toHaveCount(1);
  await expect(app.title).toHaveValue('Readout: Geneva');
  expect(library.query<{ trashed_at: string | null }>('SELECT trashed_at FROM briefings')[0]?.trashed_at).toBeNull();
});

test('right-click on a row opens the same menu; Duplicate opens the copy', async ({ page }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await page.keyboard.type('Talking points');
  await app.waitUntilSaved();
  const panel = page.getByRole('navigation', { name: 'Library' });
  await panel.getByRole('button', { name: /Talking points/ }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Briefing actions' }).getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(panel.getByRole('button', { name: /Talking points/ })).toHaveCount(2);
});

test("the toolbar's Move to Trash offers the same Undo", async ({ page }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await page.keyboard.type('Press conference');
  await app.waitUntilSaved();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('main', { name: 'Briefing' }).getByRole('button', { name: 'Move to Trash' }).click();
  const toast = page.getByRole('status', { name: 'Notification' });
  await expect(toast).toContainText('“Press conference” is in the Trash.');
  await expect(app.editor).toBeHidden();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(app.title).toHaveValue('Press conference');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Press conference/ })).toHaveCount(1);
});
