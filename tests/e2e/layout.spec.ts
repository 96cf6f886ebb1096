import { test, expect } from './app-fixture';
import type { Page } from '@playwright/test';
import { BriefingPage, windowSizes } from './briefing-page';

const sizes = windowSizes;

test.use({ seedDemo: true });

for (const size of sizes) {
  test(`at ${size.width}×${size.height} no control of the library, the toolbar or the workflow row runs past the window's edge`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    const app = new BriefingPage(page);
    await app.open();
    await app.openFromLibrary(/Ali Asadov meets ITU/);
    await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`layout-${size.width}x${size.height}.png`) });
    const outside = await page
      .locator('nav.library, [role="toolbar"], [role="region"][aria-label="Workflow"]')
      .locator('button:visible, input:visible, select:visible')
      .evaluateAll((elements, width) =>
        elements
          .map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent ?? '', box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > width + 0.5)
          .map(({ name, box }) => `${name} at ${Math.round(box.left)}–${Math.round(box.right)}`),
      size.width);
    expect(outside).toEqual([]);
  });
}

test('the library hides and shows again by its button and by Ctrl+\\, and stays as it was left after a restart', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/Ali Asadov meets ITU/);
  const library = page.getByRole('navigation', { name: 'Library' });
  const editorWidth = async () => (await page.locator('.editor-frame').boundingBox())?.width ?? 0;
  const wide = await editorWidth();

  await library.getByRole('button', { name: 'Hide library' }).click();
  await expect(library.getByRole('button', { name: 'New briefing' })).toBeHidden();
  const show = library.getByRole('button', { name: 'Show library' });
  await expect(show).toBeFocused();
  await expect(show).toHaveAttribute('title', 'Show library (Ctrl+\\)');
  expect(await editorWidth()).toBeGreaterThan(wide + 200);

  await page.reload();
  await expect(library.getByRole('button', { name: 'Show library' })).toBeVisible();
  await expect(library.getByRole('button', { name: 'New briefing' })).toBeHidden();

  await page.keyboard.press('Control+Backslash');
  await expect(library.getByRole('button', { name: 'New briefing' })).toBeVisible();
  await app.openFromLibrary(/Ali Asadov meets ITU/);
  // From the text too: the shortcut is the window's, and the keyboard stays where it was.
  await app.editor.focus();
  await page.keyboard.press('Control+Backslash');
  await expect(app.editor).toBeFocused();
  await expect(library.getByRole('button', { name: 'New briefing' })).toBeHidden();
});

/**
 * Every visible control of the window (library, toolbars, page, Details panel): the part of it that is on screen —
 * its box cut to the scrolling panes around it — and what is wrong with it: cut sideways by a pane or past the
 * window, cut up or down by something that does not scroll, or covering another control.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input:not([type="hidden"]), select, textarea, a[href], [role="tab"], [role="button"], [role="checkbox"], [role="switch"]';
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? (element as HTMLInputElement).value ?? '').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    const shown: { element: Element; left: number; top: number; right: number; bottom: number }[] = [];
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[contenteditable="true"]') && !element.closest('[contenteditable="false"]')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width < 1 || box.height < 1) continue;
      if (element.closest('[aria-hidden="true"], [hidden], .participants-visually-hidden')) continue;
      let { left, top, right, bottom } = box;
      let scrolledAway = false;
      for (let parent = element.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
        const parentStyle = getComputedStyle(parent);
        const frame = parent.getBoundingClientRect();
        if (parentStyle.overflowX !== 'visible' && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)) {
          problems.push(`${name(element)} is cut sideways by ${parent.className || parent.tagName}`);
        }
        if (parentStyle.overflowY === 'hidden' || parentStyle.overflowY === 'clip') {
          if (box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) problems.push(`${name(element)} is cut by ${parent.className || parent.tagName}`);
        }
        if (parentStyle.overflowY !== 'visible' || parentStyle.overflowX !== 'visible') {
          // A pane that scrolls shows a part of what it holds: only that part can cover or be covered.
          left = Math.max(left, frame.left);
          right = Math.min(right, frame.right);
          top = Math.max(top, frame.top);
          bottom = Math.min(bottom, frame.bottom);
          if (right - left < 1 || bottom - top < 1) scrolledAway = true;
        }
      }
      if (scrolledAway) continue;
      if (box.left < -0.5 || box.right > innerWidth + 0.5) problems.push(`${name(element)} runs past the window's side (${Math.round(box.left)}–${Math.round(box.right)})`);
      if (bottom > innerHeight + 0.5) problems.push(`${name(element)} runs past the window's foot`);
      shown.push({ element, left, top, right, bottom });
    }
    for (const [index, a] of shown.entries()) {
      for (const b of shown.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX > 1 && overlapY > 1) problems.push(`${name(a.element)} and ${name(b.element)} overlap`);
      }
    }
    return problems;
  });
}

for (const size of sizes) {
  test(`at ${size.width}×${size.height} with a briefing open no control covers another or is cut, and the text has room`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    const app = new BriefingPage(page);
    await app.open();
    await app.openFromLibrary(/Ali Asadov meets ITU/);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toBeVisible();
    await expect(page.getByRole('region', { name: /Participants/ })).toBeVisible();
    const textWidth = () => page.locator('.briefing-body').evaluate((element) => element.getBoundingClientRect().width);

    // At the top of the page, then with the page and the Details panel scrolled to their ends.
    expect(await layoutProblems(page)).toEqual([]);
    const withLibrary = await textWidth();
    await page.locator('.editor-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await details.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await page.screenshot({ path: testInfo.outputPath(`layout-ends-${size.width}x${size.height}.png`) });
    expect(await layoutProblems(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Hide library' }).click();
    await page.screenshot({ path: testInfo.outputPath(`layout-library-hidden-${size.width}x${size.height}.png`) });
    expect(await layoutProblems(page)).toEqual([]);
    const withoutLibrary = await textWidth();
    testInfo.annotations.push({ type: 'text width', description: `${Math.round(withLibrary)} px beside the library, ${Math.round(withoutLibrary)} px with it hidden` });
    console.log(`${size.width}×${size.height}: text ${Math.round(withLibrary)} px beside the library, ${Math.round(withoutLibrary)} px with it hidden`);
    // The measure of a readable line at 16 px (about 45–75 characters): the page never gives its text less than
    // a short line beside both panes, and a full one once the library is hidden.
    expect(withLibrary).toBeGreaterThanOrEqual(size.width <= 1024 ? 360 : 460);
    expect(withoutLibrary).toBeGreaterThanOrEqual(size.width <= 1024 ? 560 : 640);
  });
}
