import { writeFileSync } from 'node:fs';
import { emitAppEvent, expect, test } from './app-fixture';

test('settings are saved to the library and shown again next time', async ({ page, library }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Name on exported documents').fill('Azərbaycan Respublikasının Nazirlər Kabineti');
  await dialog.getByLabel('Your name').fill('Leyla Məmmədova');
  await dialog.getByLabel('Page size').selectOption('Letter');
  await dialog.getByLabel('Classification labels, one per line').fill('Açıq\nXidməti istifadə üçün\n\nMəxfi');

  const logo = testInfo.outputPath('logo.svg');
  writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1f4e8c"/></svg>');
  await dialog.getByLabel('Choose a logo file').setInputFiles(logo);
  await expect(dialog.getByRole('img', { name: 'Organisation logo' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings.png') });
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();

  const [stored] = library.query<{ value_json: string }>("SELECT value_json FROM settings WHERE key = 'appSettings'");
  expect(JSON.parse(stored?.value_json ?? '{}')).toMatchObject({
    organisationName: 'Azərbaycan Respublikasının Nazirlər Kabineti',
    authorName: 'Leyla Məmmədova',
    defaultPageSize: 'Letter',
    classificationLabels: ['Açıq', 'Xidməti istifadə üçün', 'Məxfi'],
    organisationLogo: { mediaType: 'image/svg+xml' },
  });

  // The menu's Settings… (Ctrl+,) opens the same dialog, showing what was saved.
  await page.reload();
  // The menu reaches the workspace once it is on screen (after the library's start-up check).
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await emitAppEvent(page, 'menu-command-invoked', { command: 'open-settings' });
  await expect(dialog.getByLabel('Name on exported documents')).toHaveValue('Azərbaycan Respublikasının Nazirlər Kabineti');
  await expect(dialog.getByLabel('Page size')).toHaveValue('Letter');
});

test('a logo with a script in it is refused with a reason, and nothing is saved', async ({ page, library }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const logo = testInfo.outputPath('hostile.svg');
  writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await dialog.getByLabel('Choose a logo file').setInputFiles(logo);
  await expect(dialog.getByRole('alert')).toHaveText('The SVG logo contains scripts or links to other files; save it as a plain drawing or as PNG.');
  await expect(dialog.getByRole('img', { name: 'Organisation logo' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(library.query("SELECT 1 FROM settings WHERE key = 'appSettings'")).toEqual([]);
});

test.describe('the application menu', () => {
  test.use({ seedDemo: true });

  test('File › New Briefing…, View › Library and File › Export… reach the page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
    await emitAppEvent(page, 'menu-command-invoked', { command: 'new-briefing' });
    await expect(page.getByRole('menu', { name: 'Templates' })).toBeVisible();
    await page.keyboard.press('Escape');

    await emitAppEvent(page, 'menu-command-invoked', { command: 'show-library' });
    await expect(page.getByRole('searchbox').first()).toBeFocused();

    // With no briefing open, a briefing's command says why nothing happened instead of doing nothing.
    await emitAppEvent(page, 'menu-command-invoked', { command: 'export' });
    await expect(page.getByText('“Export…” works on an open briefing: open one from the library first.')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);

    await page.getByRole('button', { name: /Ali Asadov meets ITU/ }).click();
    await emitAppEvent(page, 'menu-command-invoked', { command: 'export' });
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  });
});

test.describe('the Edit menu', () => {
  test.use({ seedDemo: true });

  test('Find… and Replace… open the find bar over the open briefing', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Ali Asadov meets ITU/ }).click();
    await emitAppEvent(page, 'menu-command-invoked', { command: 'replace' });
    await expect(page.getByRole('textbox', { name: /Replace/ })).toBeVisible();
  });
});
