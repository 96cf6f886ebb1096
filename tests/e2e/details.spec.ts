import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('the Details form fills the template fields, flags what is wrong in place, and survives a reload', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const details = page.getByRole('complementary', { name: 'Details' });

  await details.getByLabel('Meeting date').fill('2025-11-21');
  await details.getByLabel('Location').fill('Bakı, Azərbaycan');
  await details.getByRole('textbox', { name: 'Host: Name' }).fill('Əli Əsədov');
  await details.getByRole('textbox', { name: 'Host: Title' }).fill('Baş nazir');
  await details.getByLabel('Language').selectOption('az');

  // A required field left empty is flagged once the person has been there.
  await details.getByRole('textbox', { name: 'Guest: Name' }).focus();
  await details.getByRole('textbox', { name: 'Guest: Title' }).focus();
  await expect(details.getByText('Guest: a name is required.')).toBeVisible();

  // An embargo in the past is refused in place.
  await details.getByLabel('Release').selectOption('embargoed');
  await details.getByLabel('Embargoed until').fill('2020-01-01T09:00');
  await expect(details.getByText('Embargoed until is in the past.')).toBeVisible();
  await app.waitUntilSaved();
  await page.screenshot({ path: testInfo.outputPath('details.png') });

  await page.reload();
  await app.openFromLibrary(/Meeting readout/);
  await expect(details.getByLabel('Meeting date')).toHaveValue('2025-11-21');
  await expect(details.getByLabel('Location')).toHaveValue('Bakı, Azərbaycan');
  await expect(details.getByRole('textbox', { name: 'Host: Name' })).toHaveValue('Əli Əsədov');
  await expect(details.getByLabel('Language')).toHaveValue('az');
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('2025');

  const [row] = library.query<{ fields_json: string; language: string; event_date: string }>('SELECT fields_json, language, event_date FROM briefings');
  expect(row?.language).toBe('az');
  expect(row?.event_date).toBe('2025-11-21');
  expect(JSON.parse(row?.fields_json ?? '{}')).toMatchObject({
    meetingDate: '2025-11-21',
    location: 'Bakı, Azərbaycan',
    host: { name: 'Əli Əsədov', title: 'Baş nazir', organisation: '' },
    releaseLine: 'embargoed',
    embargoUntil: '2020-01-01T09:00',
  });
});
