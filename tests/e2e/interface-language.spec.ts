import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { createServices } from '../../electron/services/create-services';
import { importBriefingFile } from '../../electron/storage/briefing-files';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import { languageBriefing } from '../fixtures/export/language-briefings';
import { emitAppEvent, expect, test } from './app-fixture';

test.use({ seedDemo: true });

/** Where the screenshots of each language are kept for a person to look at (outside Playwright's per-run folder). */
const screenshotFolder = join(process.cwd(), 'test-results', 'interface-language');

/**
 * Interface text that does not fit its box: a control, label, heading or badge whose text is wider than the
 * element shows (cut off or spilling out), or that reaches past the right edge of the window or of its dialog.
 * Briefing titles are the person's own text and may be shortened on purpose, so they are left out.
 */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = 'button, label, legend, h1, h2, [role="tab"], .status-badge, .embargo-badge, .status-bar span, .field-label, .modal-note, select, .library-hint, .library-empty';
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (element.closest('.briefing-list-title, .page-kicker, .welcome-recent')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const text = (element.innerText || element.getAttribute('aria-label') || '').trim().slice(0, 60);
      if (element instanceof HTMLSelectElement) {
        // A closed select shows its chosen option cut to its width: measure that text in the select's own font.
        const context = document.createElement('canvas').getContext('2d');
        const style = getComputedStyle(element);
        if (context) context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const shown = element.selectedOptions[0]?.text ?? '';
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
        if (context && context.measureText(shown).width > room) found.push(`cut off: ${shown}`);
        continue;
      }
      if (element.scrollWidth > element.clientWidth + 1) found.push(`cut off: ${text}`);
      const container = element.closest('dialog') ?? document.documentElement;
      const edges = container.getBoundingClientRect();
      if (box.right > edges.right + 1 || box.left < edges.left - 1) found.push(`past the edge: ${text}`);
    }
    return found;
  });
}

async function capture(page: Page, language: string, screen: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, `${language}-${screen}.png`) });
  expect(await overflowingText(page), `${language} ${screen}: text that does not fit`).toEqual([]);
}

/** A message as the catalog of `language` words it, so the spec finds the same menu item in either language. */
function catalogText(language: 'az' | 'ru', id: string): string {
  const catalog = JSON.parse(readFileSync(join(process.cwd(), 'shared', 'i18n', 'catalogs', `${language}.json`), 'utf8')) as Record<string, string>;
  const text = catalog[id];
  if (text === undefined) throw new Error(`no ${id} in ${language}.json`);
  return text;
}

/** The open dialog's Cancel (or Close) and its main action sit side by side, not split over two rows. */
async function expectMainButtonsTogether(page: Page, context: string): Promise<void> {
  const tops = await page.locator('dialog[open] .modal-actions').last().evaluate((actions) => {
    const buttons = Array.from(actions.querySelectorAll<HTMLElement>(':scope button'));
    return buttons.slice(-2).map((button) => Math.round(button.getBoundingClientRect().top));
  });
  expect(new Set(tops).size, `${context}: Cancel and the main action on one row`).toBe(1);
}

async function chooseInterfaceLanguage(page: Page, settingsButton: string, dialogName: string, saveButton: string, language: string): Promise<void> {
  await page.getByRole('button', { name: settingsButton, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.locator('#settings-interface-language').selectOption(language);
  await dialog.getByRole('button', { name: saveButton }).click();
  await expect(dialog).toBeHidden();
}

test('switching the interface to Azerbaijani changes the library and the menus at once, and it stays after a reload', async ({ page, library }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await chooseInterfaceLanguage(page, 'Settings', 'Settings', 'Save settings', 'az');

  // No reload: the window speaks Azerbaijani as soon as Settings is saved.
  const libraryPanel = page.getByRole('navigation', { name: 'Kitabxana' });
  await expect(libraryPanel.getByRole('searchbox', { name: 'Kitabxanada axtar' })).toBeVisible();
  await expect(libraryPanel.getByRole('tab', { name: /Bütün brifinqlər/ })).toBeVisible();
  await expect(libraryPanel.getByRole('button', { name: 'Qaralama 1' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');

  // The template menu under "Yeni brifinq".
  await libraryPanel.getByRole('button', { name: 'Yeni brifinq' }).click();
  await expect(page.getByRole('menuitem', { name: 'Şablonları idarə et…' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A command from the application menu with nothing open says why, in Azerbaijani.
  await emitAppEvent(page, 'menu-command-invoked', { command: 'export' });
  await expect(libraryPanel.getByRole('alert')).toHaveText('“İxrac et…” açıq brifinqdə işləyir: əvvəlcə kitabxanadan birini açın.');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Kitabxana' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ayarlar', exact: true })).toBeVisible();
  const [stored] = library.query<{ value_json: string }>("SELECT value_json FROM settings WHERE key = 'appSettings'");
  expect(JSON.parse(stored?.value_json ?? '{}')).toMatchObject({ interfaceLanguage: 'az' });
});

test('the editor speaks Azerbaijani while the briefing keeps its own language, and going back to the system language needs no restart', async ({ page, mainProcess }) => {
  mainProcess.library.appSettings.update({ interfaceLanguage: 'az' });
  await page.goto('/');
  const libraryPanel = page.getByRole('navigation', { name: 'Kitabxana' });
  // The editor: toolbar, status bar and Details.
  await libraryPanel.getByRole('button', { name: /Prime Minister Ali Asadov/ }).click();
  const editor = page.getByRole('textbox', { name: 'Brifinqin mətni' });
  await expect(editor).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Formatlama' }).getByRole('button', { name: 'Qalın' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Detallar' })).toBeVisible();
  await expect(page.locator('.status-bar')).toContainText(/\d+ söz, [\d.]+ simvol/);
  // The briefing itself keeps its own language: its section headings are not the interface's, nor the line above
  // its title, where the kind of briefing and its date are both in the briefing's language.
  await expect(page.locator('article.page')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.page-kicker')).toHaveText('Meeting readout · November 21, 2025');

  // Back to following the system (English here), again without a restart.
  await chooseInterfaceLanguage(page, 'Ayarlar', 'Ayarlar', 'Ayarları saxla', '');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
});

test('History says in Azerbaijani which fields followed the English version, from what the library stored', async ({ page, mainProcess, serviceHost }) => {
  mainProcess.library.appSettings.update({ interfaceLanguage: 'az' });
  // A family made and edited by the real services: the English version's date and place change, and follow into the original.
  const services = createServices(mainProcess.library, serviceHost);
  const original = importBriefingFile(mainProcess.library, writeBriefingFile(languageBriefing('az'), new Date()));
  const english = await services.versions.translate({ briefingId: original.id, language: 'en' });
  await services.briefings.save({ id: english.id, baseRevision: english.revision, fields: { ...english.fields, meetingDate: '2025-11-24', location: 'Geneva' } });

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Kitabxana' }).getByRole('button', { name: /^Azərbaycan dili · / }).click();
  await page.getByRole('button', { name: 'Tarixçə', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'Tarixçə' });
  await expect(history.getByRole('list', { name: 'Versiyalar' })).toContainText('Digər dil versiyası · İngilis dili versiyasında dəyişdirilib: Görüş tarixi, Məkan');
  await expect(history).not.toContainText('changed in the');
});

test('another window follows when the interface language is saved in one', async ({ context, page }) => {
  await page.goto('/');
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await chooseInterfaceLanguage(page, 'Settings', 'Settings', 'Save settings', 'ru');
  await expect(second.getByRole('navigation', { name: 'Библиотека' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Новый брифинг' })).toBeVisible();
});

for (const language of ['az', 'ru'] as const) {
  test(`every main screen in ${language === 'az' ? 'Azerbaijani' : 'Russian'} fits: library, editor, Details, export and settings`, async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await chooseInterfaceLanguage(page, 'Settings', 'Settings', 'Save settings', language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    const libraryPanel = page.locator('nav.library');
    // The filters open, so their labels are on the picture too.
    await libraryPanel.locator('.library-search button').click();
    await capture(page, language, 'library');
    // The app's name stays on one line beside the New button.
    const appName = await page.locator('h1.app-name').evaluate((heading) => ({ height: heading.getBoundingClientRect().height, line: parseFloat(getComputedStyle(heading).fontSize) * 2 }));
    expect(appName.height, `${language}: "Briefing Desk" on one line`).toBeLessThan(appName.line);

    await libraryPanel.getByRole('button', { name: /Prime Minister Ali Asadov/ }).click();
    await expect(page.locator('.briefing-body')).toBeVisible();
    await capture(page, language, 'editor');

    await page.locator('.details-panel').scrollIntoViewIfNeeded();
    await page.locator('.details-panel').screenshot({ path: join(screenshotFolder, `${language}-details.png`) });
    expect(await overflowingText(page), `${language} details: text that does not fit`).toEqual([]);

    await emitAppEvent(page, 'menu-command-invoked', { command: 'export' });
    const exportDialog = page.locator('dialog.modal');
    await expect(exportDialog).toBeVisible();
    // The demo lacks nothing required; if it did, the list of problems comes first.
    await capture(page, language, 'export');
    await expectMainButtonsTogether(page, `${language} export`);
    await page.keyboard.press('Escape');
    await expect(exportDialog).toBeHidden();

    await emitAppEvent(page, 'menu-command-invoked', { command: 'open-settings' });
    await expect(page.locator('dialog.settings-modal')).toBeVisible();
    await capture(page, language, 'settings');
  });
}

const importFixture = fileURLToPath(new URL('../fixtures/import/meeting-readout-draft.docx', import.meta.url));

for (const language of ['az', 'ru'] as const) {
  test(`the template screens in ${language === 'az' ? 'Azerbaijani' : 'Russian'} fit and name the templates in it: New menu, Manage templates, Word import, History, Details`, async ({ page, serviceHost }) => {
    const readout = catalogText(language, 'builtInTemplate.meetingReadout.name');
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await chooseInterfaceLanguage(page, 'Settings', 'Settings', 'Save settings', language);
    const libraryPanel = page.locator('nav.library');
    const newBriefing = libraryPanel.getByRole('button', { name: catalogText(language, 'library.newBriefing') });

    // The New menu: the built-in templates by their names in the interface language.
    await newBriefing.click();
    await expect(page.getByRole('menuitem', { name: new RegExp(`^${readout}`) })).toBeVisible();
    await capture(page, language, 'new-menu');

    await page.getByRole('menuitem', { name: catalogText(language, 'library.manageTemplates') }).click();
    const manage = page.getByRole('dialog', { name: catalogText(language, 'templates.manageTitle') });
    await expect(manage).toContainText(readout);
    await capture(page, language, 'manage-templates');
    await page.keyboard.press('Escape');
    await expect(manage).toBeHidden();

    // The Word import's preview: the recognised template, the sections filled and the embargo, in the interface language.
    serviceHost.importPath = importFixture;
    await newBriefing.click();
    await page.getByRole('menuitem', { name: new RegExp(`^${catalogText(language, 'library.importDocx')}`) }).click();
    const importDialog = page.locator('dialog.import-docx-dialog');
    await expect(importDialog).toBeVisible();
    await expect(importDialog).toContainText(readout);
    await capture(page, language, 'import');
    await expectMainButtonsTogether(page, `${language} import`);
    // Each template choice's radio stands apart from its words, as the export dialog's formats do.
    const radioGaps = await importDialog.locator('.import-template label').evaluateAll((labels) =>
      labels.map((label) => {
        const words = document.createRange();
        words.selectNodeContents(label.lastChild ?? label);
        return words.getBoundingClientRect().left - (label.querySelector('input')?.getBoundingClientRect().right ?? 0);
      }),
    );
    expect(radioGaps.length).toBe(2);
    for (const gap of radioGaps) expect(gap, `${language} import: room between a radio and its label`).toBeGreaterThanOrEqual(6);
    await page.keyboard.press('Escape');
    await expect(importDialog).toBeHidden();

    await libraryPanel.getByRole('button', { name: /Prime Minister Ali Asadov/ }).click();
    await expect(page.locator('.briefing-body')).toBeVisible();
    await page.getByRole('button', { name: catalogText(language, 'briefing.history'), exact: true }).click();
    const history = page.getByRole('dialog', { name: catalogText(language, 'history.title') });
    await expect(history).toBeVisible();
    await capture(page, language, 'history');
    await page.keyboard.press('Escape');
    await expect(history).toBeHidden();

    // Details of the meeting readout, every field on the picture: a window tall enough that the panel does not scroll.
    await page.setViewportSize({ width: 1280, height: 2200 });
    await expect(page.locator('.details-panel')).toContainText(catalogText(language, 'builtInTemplate.meetingReadout.field.location'));
    await page.locator('.details-panel').screenshot({ path: join(screenshotFolder, `${language}-details-full.png`) });
    expect(await overflowingText(page), `${language} details: text that does not fit`).toEqual([]);
  });
}
