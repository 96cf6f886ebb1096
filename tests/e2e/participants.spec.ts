import { test, expect } from './app-fixture';
import { BriefingPage, windowSizes } from './briefing-page';

const sizes = windowSizes;

test.use({ seedDemo: true });

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the participants editor shows every field whole, its row buttons, and no sideways scroll`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    const app = new BriefingPage(page);
    await app.open();
    await app.openFromLibrary(/Ali Asadov meets ITU/);
    const participants = page.getByRole('region', { name: /Participants/ });
    // The longest value a readout usually has in the role field, typed in so the role is measured too.
    await participants.getByRole('textbox', { name: 'Role, row 2' }).fill('Head of the ITU delegation');
    await participants.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`participants-${size.width}x${size.height}.png`) });

    for (const [row, values] of [
      [1, ['Ali Asadov', 'Prime Minister', 'Republic of Azerbaijan']],
      [2, ['Doreen Bogdan-Martin', 'Secretary-General', 'International Telecommunication Union', 'Head of the ITU delegation']],
    ] as const) {
      for (const [column, value] of ['Name', 'Title', 'Organisation', 'Role'].map((column, index) => [column, values[index]] as const)) {
        if (value === undefined) continue;
        const box = participants.getByRole('textbox', { name: `${column}, row ${row}` });
        await expect(box).toHaveValue(value);
        await expect(box).toBeVisible();
        // The whole value is on screen: the box does not scroll its own text.
        const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
        expect(scrollWidth, `${column}, row ${row}`).toBeLessThanOrEqual(clientWidth);
      }
      await expect(participants.getByRole('combobox', { name: `Side, row ${row}` })).toBeVisible();
      for (const name of [`Move up, row ${row}`, `Move down, row ${row}`]) await expect(participants.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    }
    await expect(participants.getByRole('button', { name: 'Remove Doreen Bogdan-Martin' })).toBeInViewport({ ratio: 1 });

    // Nothing of the editor is past its own edge or the window's, and nothing around it scrolls sideways.
    const cut = await participants.locator('input, select, button').evaluateAll(
      (elements, width) =>
        elements.flatMap((element) => {
          const box = element.getBoundingClientRect();
          const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
          if (box.left < -0.5 || box.right > width + 0.5) return [`${name} at ${Math.round(box.left)}–${Math.round(box.right)}, past the window`];
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const style = getComputedStyle(parent);
            if (style.overflowX === 'visible') continue;
            const frame = parent.getBoundingClientRect();
            if (parent.scrollWidth > parent.clientWidth + 1) return [`${name}: ${parent.className} scrolls sideways`];
            if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) return [`${name} cut by ${parent.className}`];
          }
          return [];
        }),
      size.width,
    );
    expect(cut).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
}

test('a row moves by the keyboard alone, is announced, and is saved in that order', async ({ page, library }) => {
  await page.setViewportSize({ width: 1280, height: 820 });
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/Ali Asadov meets ITU/);
  const participants = page.getByRole('region', { name: /Participants/ });
  const names = () => participants.getByRole('textbox', { name: /^Name, row/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

  await participants.getByRole('textbox', { name: 'Organisation, row 2' }).focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  expect(await names()).toEqual(['Doreen Bogdan-Martin', 'Ali Asadov']);
  await expect(participants.getByRole('textbox', { name: 'Organisation, row 1' })).toBeFocused();
  await expect(participants.getByRole('status')).toHaveText('Doreen Bogdan-Martin moved to row 1 of 2.');

  // From the row's buttons, by Tab and Enter: focus stays on the row that moved.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(participants.getByRole('textbox', { name: 'Name, row 1' })).toBeFocused();
  await participants.getByRole('button', { name: 'Move down, row 1' }).focus();
  await page.keyboard.press('Enter');
  expect(await names()).toEqual(['Ali Asadov', 'Doreen Bogdan-Martin']);
  await expect(participants.getByRole('button', { name: 'Move up, row 2' })).toBeFocused();
  await expect(participants.getByRole('status')).toHaveText('Doreen Bogdan-Martin moved to row 2 of 2.');
  await page.keyboard.press('Enter');
  expect(await names()).toEqual(['Doreen Bogdan-Martin', 'Ali Asadov']);
  // Alt+↓ and Alt+↑ move it too, as the shortcuts help says.
  await participants.getByRole('textbox', { name: 'Organisation, row 1' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  expect(await names()).toEqual(['Ali Asadov', 'Doreen Bogdan-Martin']);
  await expect(participants.getByRole('textbox', { name: 'Organisation, row 2' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await names()).toEqual(['Doreen Bogdan-Martin', 'Ali Asadov']);
  await app.waitUntilSaved();

  await page.reload();
  await app.openFromLibrary(/Ali Asadov meets ITU/);
  await expect(participants.getByRole('textbox', { name: 'Name, row 1' })).toHaveValue('Doreen Bogdan-Martin');
  const [stored] = library.query<{ participants_json: string }>('SELECT participants_json FROM briefings WHERE title LIKE ?', '%Ali Asadov meets ITU%');
  expect((JSON.parse(stored?.participants_json ?? '[]') as { name: string }[]).map(({ name }) => name)).toEqual(['Doreen Bogdan-Martin', 'Ali Asadov']);
});
