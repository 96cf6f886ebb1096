import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './app-fixture';
import { BriefingPage, windowSizes } from './briefing-page';

const sizes = windowSizes;

const importFixture = fileURLToPath(new URL('../fixtures/import/meeting-readout-draft.docx', import.meta.url));

/**
 * Runs axe (WCAG 2.x A and AA plus best practices) on what is on screen and fails on any serious or critical
 * violation, naming the rule and the elements so the failure says what to fix. Saves a screenshot of the screen
 * beside the test's results, to be looked at.
 */
async function checkScreen(page: Page, testInfo: TestInfo, screen: string, size: { width: number; height: number }): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${screen}-${size.width}x${size.height}.png`) });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 6).join('\n    ')}`);
  expect.soft(serious, `${screen} at ${size.width}×${size.height}`).toEqual([]);
}

/** The page has exactly one top-level heading, naming the app or the screen. */
async function expectOneTopHeading(page: Page): Promise<void> {
  await expect(page.locator('h1:visible')).toHaveCount(1);
}

for (const size of sizes) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test.describe('with the sample briefing', () => {
      test.use({ seedDemo: true });

      // Two tests, not one: each axe run reads the whole page, and six of them in one test outlast its time on a busy machine.
      test('the library, the editor and its details have no serious accessibility violation', async ({ page }, testInfo) => {
        const app = new BriefingPage(page);
        await app.open();
        await expectOneTopHeading(page);
        await checkScreen(page, testInfo, 'library', size);

        await app.openFromLibrary(/Ali Asadov meets ITU/);
        await expectOneTopHeading(page);
        await checkScreen(page, testInfo, 'editor', size);

        // The Details panel scrolled to its end: the participants and the lower fields.
        const details = page.getByRole('complementary', { name: 'Details' });
        await details.evaluate((element) => {
          const scroller = [element, ...element.querySelectorAll('*')].find((node) => node.scrollHeight > node.clientHeight + 4 && getComputedStyle(node).overflowY !== 'visible');
          scroller?.scrollTo({ top: scroller.scrollHeight });
        });
        await checkScreen(page, testInfo, 'details', size);
      });

      test('the Export, History and Settings dialogs have no serious accessibility violation', async ({ page }, testInfo) => {
        const app = new BriefingPage(page);
        await app.open();
        await app.openFromLibrary(/Ali Asadov meets ITU/);
        await page.getByRole('button', { name: 'Export…' }).click();
        const exportDialog = page.getByRole('dialog', { name: 'Export' });
        await expect(exportDialog).toBeVisible();
        await checkScreen(page, testInfo, 'export', size);
        await page.keyboard.press('Escape');
        await expect(exportDialog).toBeHidden();

        await page.getByRole('button', { name: 'History' }).click();
        const history = page.getByRole('dialog', { name: 'History' });
        await expect(history).toBeVisible();
        await expect(history.getByRole('listitem').first()).toBeVisible();
        await checkScreen(page, testInfo, 'history', size);
        await page.keyboard.press('Escape');
        await expect(history).toBeHidden();

        await page.getByRole('button', { name: 'Settings' }).click();
        const settings = page.getByRole('dialog', { name: 'Settings' });
        await expect(settings).toBeVisible();
        await checkScreen(page, testInfo, 'settings', size);
        await page.keyboard.press('Escape');
        await expect(settings).toBeHidden();
      });
    });

    test('the import dialog has no serious accessibility violation', async ({ page, serviceHost }, testInfo) => {
      const app = new BriefingPage(page);
      await app.open();
      serviceHost.importPath = importFixture;
      await page.getByRole('button', { name: 'New briefing' }).click();
      await page.getByRole('menuitem', { name: /Import DOCX/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Import Word document' });
      await expect(dialog.getByRole('region', { name: 'What was recognised' })).toBeVisible();
      await checkScreen(page, testInfo, 'import', size);
    });

    test.describe('with a damaged library file', () => {
      test.use({ seedDemo: true, damageLibrary: true });

      test('the recovery screen has no serious accessibility violation', async ({ page }, testInfo) => {
        await page.goto('/');
        const recovery = page.getByRole('main', { name: 'Library recovery' });
        await expect(recovery.getByRole('heading', { name: 'Your library could not be opened' })).toBeVisible();
        await expectOneTopHeading(page);
        await checkScreen(page, testInfo, 'recovery', size);
      });
    });
  });
}
