import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('a drafted lede and {{ field references show the Details values and follow every change', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Meeting date').fill('2025-11-21');
  await details.getByLabel('Location').fill('Baku, Azerbaijan');
  await details.getByRole('textbox', { name: 'Host: Name' }).fill('Ali Asadov');
  await details.getByRole('textbox', { name: 'Host: Title' }).fill('Prime Minister');
  await details.getByRole('textbox', { name: 'Host: Organisation' }).fill('Republic of Azerbaijan');
  await details.getByRole('textbox', { name: 'Guest: Name' }).fill('Doreen Bogdan-Martin');
  await details.getByRole('textbox', { name: 'Guest: Title' }).fill('Secretary-General');
  await details.getByRole('textbox', { name: 'Guest: Organisation' }).fill('International Telecommunication Union');

  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  const lede = app.section('lede');
  await expect
    .poll(() => app.sectionText('lede'))
    .toBe(
      'On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General of the ' +
        'International Telecommunication Union Doreen Bogdan-Martin in Baku, Azerbaijan.',
    );

  // Typing {{ in running text picks a field to insert.
  await app.typeInSection('follow-up', 'The next round will be held in ');
  await page.keyboard.type('{{');
  const picker = page.getByRole('dialog', { name: 'Insert field' });
  await expect(picker.getByRole('combobox', { name: 'Field to insert' })).toBeFocused();
  await page.keyboard.type('locat');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await page.keyboard.type(' next year.');
  await expect.poll(() => app.sectionText('follow-up')).toBe('The next round will be held in Baku, Azerbaijan next year.');

  // One change in Details, every mention follows.
  await details.getByLabel('Location').fill('Geneva, Switzerland');
  await details.getByLabel('Meeting date').fill('2025-12-02');
  await expect.poll(() => app.sectionText('lede')).toMatch(/^On December 2, 2025, .* in Geneva, Switzerland\.$/);
  await expect.poll(() => app.sectionText('follow-up')).toBe('The next round will be held in Geneva, Switzerland next year.');
  await app.waitUntilSaved();
  await page.screenshot({ path: testInfo.outputPath('field-references.png') });

  // Drafting again asks before replacing what is there.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  await expect.poll(() => app.sectionText('lede')).toMatch(/^On December 2, 2025, /);

  await page.reload();
  await app.openFromLibrary(/Meeting readout/);
  await expect.poll(() => app.sectionText('follow-up')).toBe('The next round will be held in Geneva, Switzerland next year.');
  await expect(lede.locator('.field-ref')).toHaveCount(8);

  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const body = JSON.parse(row?.body_json ?? '[]') as { sectionId: string; children: { children: { type?: string; fieldId?: string }[] }[] }[];
  const followUp = body.find((section) => section.sectionId === 'follow-up');
  expect(followUp?.children[0]?.children.filter((node) => node.type === 'field-ref').map((node) => node.fieldId)).toEqual(['location']);
  // The stored text holds the reference, never a copy of the value.
  expect(row?.body_json).not.toContain('Geneva');
});
