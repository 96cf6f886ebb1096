import type { Locator, Page } from '@playwright/test';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

/** The contrast ratio of an element's text colour against the page's white (WCAG's relative luminance). */
async function contrastOnPage(element: Locator): Promise<number> {
  const color = await element.evaluate((node) => getComputedStyle(node).color);
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return 1.05 / (luminance + 0.05);
}

/** Presses a key until the locator has the keyboard, counting the presses; fails past `most`. */
async function pressUntilFocused(page: Page, key: string, target: Locator, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${key} ${most} times did not reach the control`);
}

test('a new briefing, its title, its text, Export and back, with the keyboard only and focus where the person expects', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new BriefingPage(page);
  await app.open();

  // F6 from nowhere goes to the library, whose first control is "New briefing".
  await page.keyboard.press('F6');
  await expect(page.getByRole('button', { name: 'New briefing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Meeting readout' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The caret is in the title, which shows the keyboard's place; the template's name is selected, so typing replaces it.
  await expect(app.title).toBeFocused();
  await expect(app.title).toHaveValue('Meeting readout');
  expect(await app.title.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.type('Meeting with the ITU');
  // Enter goes on to the text.
  await page.keyboard.press('Enter');
  await expect(app.editor).toBeFocused();
  await page.keyboard.type('The sides underlined');
  await expect(app.editor).toContainText('The sides underlined');
  await expect(app.title).toHaveValue('Meeting with the ITU');
  await page.screenshot({ path: testInfo.outputPath('title-and-text-1024x700.png') });
  // The small "Required" tag beside a heading is readable: at least 4.5:1 against the page (WCAG AA).
  expect(await contrastOnPage(page.locator('.section-required').first())).toBeGreaterThanOrEqual(4.5);

  // The toolbar's Export… is a few Shift+Tabs up from the title.
  await app.title.focus();
  const exportButton = page.getByRole('button', { name: 'Export…' });
  const presses = await pressUntilFocused(page, 'Shift+Tab', exportButton, 12);
  expect(presses).toBeLessThanOrEqual(12);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('Settings, the link dialog, the find bar and Replace all give the keyboard back; Escape closes the innermost', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new BriefingPage(page);
  await app.open();

  const settingsButton = page.getByRole('button', { name: 'Settings' });
  await settingsButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  // At 1024×700 its Save and Cancel stay in sight: a sticky footer under the scrolling form.
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Save settings' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath('settings-1024x700.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
  await expect(settingsButton).toBeFocused();

  await app.newBriefing('Meeting readout');
  await app.typeInSection('occasion', 'Baku Baku Baku');

  // Ctrl+K: the link dialog; Escape closes it and the caret is back in the text, where it was.
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('dialog', { name: 'Insert link' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Insert link' })).toBeHidden();
  await expect(app.editor).toBeFocused();
  await page.keyboard.type('!');
  await expect(app.section('occasion')).toContainText('Baku Baku Baku!');

  // Replace all keeps the keyboard in the find bar, so Escape still closes it and Ctrl+Z still undoes.
  await page.keyboard.press('Control+H');
  const findBar = page.getByRole('search', { name: 'Find and replace' });
  await expect(findBar.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('Baku');
  await findBar.getByRole('textbox', { name: 'Replace with' }).focus();
  await page.keyboard.type('Bakı');
  await findBar.getByRole('button', { name: 'Replace all' }).focus();
  await page.keyboard.press('Enter');
  await expect(findBar).toContainText('Replaced 3');
  await expect(findBar.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(findBar).toBeHidden();
  await expect(app.editor).toBeFocused();
  await expect(app.section('occasion')).toContainText('Bakı Bakı Bakı!');

  // The toast's Undo takes the one step back.
  const toast = page.getByRole('status', { name: 'Notification' });
  await expect(toast).toContainText('Replaced 3 matches.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(app.section('occasion')).toContainText('Baku Baku Baku!');
  await expect(toast).toBeHidden();
});

test('F6 and Shift+F6 cycle library, text and details; F1 lists the shortcuts and the way out of the text', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('occasion', 'Baku');

  const library = page.getByRole('navigation', { name: 'Library' });
  const details = page.getByRole('complementary', { name: 'Details' });
  const inside = (pane: Locator) => pane.evaluate((element) => element.contains(document.activeElement));

  await page.keyboard.press('F6');
  expect(await inside(details)).toBe(true);
  await page.keyboard.press('F6');
  expect(await inside(library)).toBe(true);
  // Back in the text, the caret is where it was.
  await page.keyboard.press('F6');
  await expect(app.editor).toBeFocused();
  await page.keyboard.type('!');
  await expect(app.section('occasion')).toContainText('Baku!');
  await page.keyboard.press('Shift+F6');
  expect(await inside(library)).toBe(true);
  await page.keyboard.press('Shift+F6');
  expect(await inside(details)).toBe(true);
  // Ctrl+Tab does the same from inside the text.
  await page.keyboard.press('Shift+F6');
  await expect(app.editor).toBeFocused();
  await page.keyboard.press('Control+Tab');
  expect(await inside(details)).toBe(true);

  // "?" in the text is a character; F1 opens the help from anywhere, and closing it gives the keyboard back.
  await page.keyboard.press('Shift+F6');
  await page.keyboard.type('?');
  await expect(app.section('occasion')).toContainText('Baku!?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Next pane: library, text, details\s+F6 or Ctrl\+Tab/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Leave the text for the next control\s+Esc, then Tab/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Bold\s+Ctrl\+B/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Save Now\s+Ctrl\+S/i })).toBeVisible();
  await expect(help.getByRole('row', { name: /Move the selected picture or participant up\s+Alt\+Shift\+↑ or Alt\+↑/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Widen the table column\s+Alt\+Shift\+→/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Check spelling\s+F7/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(app.editor).toBeFocused();

  // "?" outside a text field opens it too.
  await page.getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Shift+Slash');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
});

test('Escape, then Tab leaves a list item instead of indenting it', async ({ page }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('occasion', 'First');
  await page.keyboard.press('Control+Shift+8');
  const item = app.section('occasion').locator('[data-list-type="bulleted"]');
  await expect(item).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(app.editor).not.toBeFocused();
  // Tab alone in the list still indents, as in Word.
  await item.click();
  await page.keyboard.press('Tab');
  await expect(app.editor).toBeFocused();
});

test('Ctrl+H straight after a keystroke keeps the keyboard in the find bar, even when the browser runs timers late', async ({ page }) => {
  // Under load Chromium runs queued input before zero-delay timers, which is when Slate still ignores a blur
  // after placing the caret (seen once in CI). Late zero-delay timers reproduce that on an idle machine.
  await page.addInitScript(() => {
    const slow = window as unknown as { slowZeroTimers: boolean };
    const setTimeoutAsGiven = window.setTimeout.bind(window);
    slow.slowZeroTimers = false;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
      setTimeoutAsGiven(handler, slow.slowZeroTimers && !delay ? 400 : delay, ...rest)) as typeof window.setTimeout;
  });
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.typeInSection('occasion', 'Baku Baku');
  await page.evaluate(() => ((window as unknown as { slowZeroTimers: boolean }).slowZeroTimers = true));
  await page.keyboard.type('!');
  await page.keyboard.press('Control+H');
  await page.keyboard.type('Baku');
  const find = page.getByRole('search', { name: 'Find and replace' }).getByRole('textbox', { name: 'Find' });
  await expect(find).toHaveValue('Baku');
  await page.waitForTimeout(1_000); // past the late timers and Slate's next render
  await expect(find).toBeFocused();
  await expect(app.section('occasion')).toContainText('Baku Baku!');
  await expect(app.section('occasion')).not.toContainText('!Baku');
});
