import { createServices } from '../../electron/services/create-services';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test('save a briefing as a template, start a new briefing from it, then rename and delete the template', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Talking points and Q&A');
  await app.typeInSection('key-messages', 'Baku is ready to host');
  await app.waitUntilSaved();

  await page.getByRole('button', { name: 'Save as template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('Minister’s doorstep');
  await dialog.getByLabel('Keep the text as starting content').check();
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Saved as the template “Minister’s doorstep”')).toBeVisible();

  await app.newBriefing('Minister’s doorstep');
  await expect(app.title).toHaveValue('Minister’s doorstep');
  await expect(app.section('key-messages')).toContainText('Baku is ready to host');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByLabel('Occasion')).toBeVisible();
  await app.waitUntilSaved();

  await page.getByRole('button', { name: 'New briefing' }).click();
  await page.getByRole('menuitem', { name: 'Manage templates…' }).click();
  const manage = page.getByRole('dialog', { name: 'Templates' });
  await expect(manage.getByText('Meeting readout')).toBeVisible();
  await expect(manage.getByRole('button', { name: 'Delete Meeting readout' })).toHaveCount(0);
  await manage.getByRole('button', { name: 'Rename Minister’s doorstep' }).click();
  await manage.getByLabel('New name for Minister’s doorstep').fill('Doorstep');
  await manage.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(manage.getByText('Doorstep', { exact: true })).toBeVisible();
  // Deleted at once, with Undo for ten seconds; Undo brings it back, and a second delete stays.
  await manage.getByRole('button', { name: 'Delete Doorstep' }).click();
  await expect(manage.getByText('Doorstep', { exact: true })).toHaveCount(0);
  const toast = page.getByRole('status', { name: 'Notification' }).filter({ hasText: 'Template “Doorstep” deleted.' });
  await expect(toast).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('template-deleted-toast.png') });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(manage.getByText('Doorstep', { exact: true })).toBeVisible();
  await expect(toast).toHaveCount(0);
  await manage.getByRole('button', { name: 'Delete Doorstep' }).click();
  await expect(manage.getByText('Doorstep', { exact: true })).toHaveCount(0);
  // The dialog's own Close, not the notice's.
  await manage.locator('.modal-actions').getByRole('button', { name: 'Close' }).click();

  // The briefing made from the deleted template keeps its structure and its fields.
  await page.reload();
  await app.openFromLibrary(/^Minister’s doorstep/);
  await expect(app.section('key-messages')).toContainText('Baku is ready to host');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByLabel('Occasion')).toBeVisible();
  const rows = library.query<{ name: string; deleted_at: string | null }>('SELECT name, deleted_at FROM templates');
  expect(rows).toHaveLength(1);
  expect(rows[0]?.name).toBe('Doorstep');
  expect(rows[0]?.deleted_at).not.toBeNull();
});

test('a template saved in an Azerbaijani window takes the built-in template\'s words in Azerbaijani, and keeps them', async ({ page, mainProcess, serviceHost }) => {
  mainProcess.library.appSettings.update({ interfaceLanguage: 'az' });
  await createServices(mainProcess.library, serviceHost).briefings.create({ templateId: 'meeting-readout', title: 'Həftəlik görüş', language: 'az' });
  const app = new BriefingPage(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Kitabxana' }).getByRole('button', { name: /Həftəlik görüş/ }).click();
  await page.getByRole('button', { name: 'Şablon kimi saxla…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Şablon kimi saxla' });
  await dialog.getByLabel('Şablonun adı').fill('Həftəlik görüş');
  await dialog.getByRole('button', { name: 'Şablonu saxla' }).click();
  await expect(dialog).toHaveCount(0);

  const saved = mainProcess.library.templates.list().find((template) => template.name === 'Həftəlik görüş');
  expect(saved?.description).toBe('“Görüş haqqında məlumat” əsasında');
  expect(saved?.fields.find((field) => field.id === 'meetingDate')?.label).toBe('Görüş tarixi');
  expect(saved?.fields.find((field) => field.id === 'location')?.label).toBe('Məkan');
  // The person's own from now on: an English window shows the same words.
  mainProcess.library.appSettings.update({ interfaceLanguage: 'en' });
  await page.reload();
  await app.newBriefing('Həftəlik görüş');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByLabel('Görüş tarixi')).toBeVisible();
});
