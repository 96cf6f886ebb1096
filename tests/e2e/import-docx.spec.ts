import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitAppEvent, expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

test('a Word draft of a meeting readout becomes a structured briefing: summary first, then the sections filled', async ({ page, serviceHost, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  serviceHost.importPath = fixture('meeting-readout-draft.docx');
  await page.getByRole('button', { name: 'New briefing' }).click();
  await page.getByRole('menuitem', { name: /Import DOCX/ }).click();

  const dialog = page.getByRole('dialog', { name: 'Import Word document' });
  await expect(dialog.getByText('becomes the briefing “Minister meets the ITU Secretary-General in Baku”')).toBeVisible();
  const recognised = dialog.getByRole('region', { name: 'What was recognised' });
  await expect(recognised).toContainText('Template: Meeting readout, filling Topics discussed, Key messages, Agreed points, Follow-up and Participants');
  await expect(recognised).toContainText('2 participants');
  await expect(recognised).toContainText('Classification: Restricted');
  // The moment the briefing will store, written as the window writes its embargoes: on this computer's clock.
  const expectedMoment = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(2026, 11, 1, 10, 0)),
  );
  await expect(recognised).toContainText(`Embargoed until: ${expectedMoment} (this computer’s time)`);
  await expect(dialog.getByRole('region', { name: 'What was left out' })).toContainText('Nothing: all the text came across.');
  await expect(dialog.getByRole('radio', { name: 'Meeting readout (recognised)' })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('import-summary.png') });
  // Nothing is saved before the person says so.
  expect(library.query<{ n: number }>('SELECT count(*) AS n FROM briefings')).toEqual([{ n: 0 }]);

  await dialog.getByRole('button', { name: 'Create briefing' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.title).toHaveValue('Minister meets the ITU Secretary-General in Baku');
  expect(await app.sectionText('agreed-points')).toContain('A joint working group on spectrum policy.');
  expect(await app.sectionText('topics-discussed')).toContain('Şəki and Qəbələ pilots');
  await expect(app.section('topics-discussed').locator('.block')).toHaveCount(5);
  expect(await app.sectionText('lede')).toContain('Nazir İTB-nin Baş katibi ilə görüşüb');
  await expect(page.getByRole('region', { name: /Participants/ }).getByRole('textbox', { name: 'Name, row 1' })).toHaveValue('Rəşad Nəbiyev');
  await page.screenshot({ path: testInfo.outputPath('imported-readout.png') });
});

test('a file that is not a Word document gets one sentence from the File menu command, and nothing is created', async ({ page, serviceHost, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  const notWord = join(serviceHost.exportFolder ?? '', 'minutes.docx');
  writeFileSync(notWord, 'Plain text pretending to be a Word file.');
  serviceHost.importPath = notWord;
  await emitAppEvent(page, 'menu-command-invoked', { command: 'import-docx' });
  const dialog = page.getByRole('dialog', { name: 'Import Word document' });
  await expect(dialog.getByRole('alert')).toHaveText('This file is not a Word document (.docx); older .doc files must be saved as .docx in Word first.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(library.query<{ n: number }>('SELECT count(*) AS n FROM briefings')).toEqual([{ n: 0 }]);
});
