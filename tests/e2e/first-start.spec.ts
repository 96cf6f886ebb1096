import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test.use({ seedDemo: true });

test('a first start shows the demo readout, which can be moved to the Trash', async ({ page }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  const library = page.getByRole('navigation', { name: 'Library' });
  const demo = library.getByRole('button', { name: /Ali Asadov meets ITU Secretary-General/ });
  await expect(demo).toContainText('Meeting readout');
  await expect(demo).toContainText('Draft');
  await page.screenshot({ path: testInfo.outputPath('library.png') });

  await demo.click();
  await expect(app.title).toHaveValue('Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin');
  await expect(app.section('agreed-points').locator('[data-list-type="numbered"]')).toHaveCount(4);
  await expect(app.section('lede')).toContainText('Doreen Bogdan-Martin');
  await app.waitUntilSaved();
  await page.screenshot({ path: testInfo.outputPath('editor.png') });
  await app.section('agreed-points').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('agreed-points.png') });

  page.once('dialog', (confirm) => {
    expect(confirm.message()).toContain('Move “Prime Minister Ali Asadov meets');
    void confirm.accept();
  });
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(demo).toHaveCount(0);
  await expect(library).toContainText('No briefings yet');
});
