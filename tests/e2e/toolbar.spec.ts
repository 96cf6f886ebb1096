import { test, expect } from './app-fixture';
import { BriefingPage, windowSizes } from './briefing-page';

const sizes = windowSizes;

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the formatting toolbar is one row; what does not fit is in "More"`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    const app = new BriefingPage(page);
    await app.open();
    await app.newBriefing('Meeting readout');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    const bold = toolbar.getByRole('button', { name: 'Bold' });
    await expect(bold).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`toolbar-${size.width}x${size.height}.png`) });

    // One row: the toolbar is no taller than a button and every control in it is inside the window.
    const height = (await toolbar.boundingBox())?.height ?? 0;
    expect(height).toBeLessThanOrEqual(((await bold.boundingBox())?.height ?? 0) + 4);
    const controls = toolbar.locator('button:visible, select:visible');
    for (const box of await controls.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.right).toBeLessThanOrEqual(size.width);
      expect(box.left).toBeGreaterThanOrEqual(0);
    }

    // Every command is either a button in sight or an item of "More", never both, never neither.
    const commands = ['Undo', 'Bold', 'Heading', 'Bulleted list', 'Link', 'Comment', 'Suggesting', 'Find', 'Replace', 'Insert field', 'Table', 'Picture…', 'Page break', 'Horizontal line', 'Show misspelt words', 'Check spelling'];
    const shown = [];
    for (const name of commands) if (await toolbar.getByRole('button', { name, exact: true }).isVisible()) shown.push(name);
    const more = toolbar.getByRole('button', { name: 'More', exact: true });
    if (shown.length === commands.length) {
      await expect(more).toHaveCount(0);
      return;
    }
    const menu = page.getByRole('menu', { name: 'More tools' });
    await more.click();
    await expect(menu).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`toolbar-more-${size.width}x${size.height}.png`) });
    const items = (await menu.locator('[role^="menuitem"]').allTextContents()).join('\n');
    for (const name of commands) expect(items.includes(name), name).toBe(!shown.includes(name));
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });
}

test('"More" works from the keyboard: arrow keys along the toolbar, Down in the menu, Escape back, an item acts', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Press release');
  await app.typeInSection('body', 'The memorandum was signed in Baku.');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const more = toolbar.getByRole('button', { name: 'More', exact: true });
  await expect(more).toHaveAttribute('title', 'More');

  // Bold's tooltip names its shortcut from the one table of shortcuts.
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('title', 'Bold (Ctrl+B)');
  await toolbar.getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('End');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More tools' });
  await expect(menu).toBeVisible();
  const first = menu.locator('[role^="menuitem"]:not(:disabled)').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.locator('[role^="menuitem"]:not(:disabled)').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  // Horizontal line from the menu goes into the text where the caret was.
  await app.section('body').locator('.block').last().click();
  await page.keyboard.press('End');
  await app.toolbarCommand('Horizontal line');
  await expect(app.section('body').locator('hr')).toHaveCount(1);
});
