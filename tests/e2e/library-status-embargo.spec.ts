import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newBriefingContent } from '../../shared/document/new-briefing';
import type { BriefingStatus, FieldValues } from '../../shared/document/briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { Library } from '../../electron/storage/library';
import { pdfPageTexts } from '../support/pdf-tools';
import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

const demoTitle = 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin';

/** Adds a readout titled `title` with `fields` set and walks it through the workflow to `status`, as the reviewers would have. */
function addBriefing(library: Library, title: string, status: BriefingStatus, fields: FieldValues = {}): void {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no meeting-readout template');
  const content = newBriefingContent(template, title);
  const created = library.briefings.create({ ...content, fields: { ...content.fields, ...fields } });
  const path: BriefingStatus[] = ['in-review', 'approved', 'released'];
  let revision = created.revision;
  for (const step of path.slice(0, path.indexOf(status) + 1)) {
    revision = library.briefings.changeStatus({ id: created.id, baseRevision: revision, status: step }, 'Leyla Məmmədova').revision;
  }
}

test('the library counts briefings by status under the search words, and a count is what choosing it lists', async ({ page, mainProcess }, testInfo) => {
  addBriefing(mainProcess.library, 'Readout: Geneva talks', 'draft');
  addBriefing(mainProcess.library, 'Readout: Bakı visit', 'in-review');
  addBriefing(mainProcess.library, 'Press conference in Bakı', 'in-review');
  addBriefing(mainProcess.library, 'Talking points for Bakı', 'approved');
  addBriefing(mainProcess.library, 'Readout: Paris', 'released');
  await new BriefingPage(page).open();

  const library = page.getByRole('navigation', { name: 'Library' });
  const statuses = library.getByRole('group', { name: 'Status' });
  const results = library.getByRole('list', { name: 'Briefings' }).getByRole('listitem');
  await expect(statuses.getByRole('button')).toHaveText(['All 5', 'Draft 1', 'In review 2', 'Approved 1', 'Released 1']);
  await expect(statuses).toHaveText('All 5·Draft 1·In review 2·Approved 1·Released 1');
  await expect(results).toHaveCount(5);

  // The counts follow the words: "baki" finds the three written in Bakı.
  await library.getByRole('searchbox', { name: 'Search the library' }).fill('baki');
  await expect(statuses.getByRole('button')).toHaveText(['All 3', 'In review 2', 'Approved 1']);
  await statuses.getByRole('button', { name: 'In review 2' }).click();
  await expect(results).toHaveCount(2);
  await expect(results).toContainText(['Readout: Bakı visit', 'Press conference in Bakı']);
  await expect(statuses.getByRole('button', { name: 'All 3' })).toHaveAttribute('aria-pressed', 'false');
  await expect(statuses.getByRole('button', { name: 'In review 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: testInfo.outputPath('status-counts.png') });

  await statuses.getByRole('button', { name: 'Approved 1' }).click();
  await expect(results).toHaveCount(1);
  await expect(results).toContainText(['Talking points for Bakı']);
  // Pressing the chosen status again shows every status.
  await statuses.getByRole('button', { name: 'Approved 1' }).click();
  await expect(results).toHaveCount(3);
});

test.describe('an embargoed readout', () => {
  test.use({ seedDemo: true });

  test('is marked in the library while the embargo holds, and every exported page says so until it lifts', async ({ page, mainProcess, serviceHost }, testInfo) => {
    const { library } = mainProcess;
    const [demo] = library.briefings.list();
    if (!demo) throw new Error('no demo briefing');
    const stored = library.briefings.get(demo.id);
    library.briefings.save({ id: demo.id, baseRevision: stored.revision, fields: { ...stored.fields, releaseLine: 'embargoed', embargoUntil: '2030-01-15T10:00' } });
    // An embargo that has passed is no longer anything to hold back.
    addBriefing(library, 'Readout: last year’s forum', 'released', { releaseLine: 'embargoed', embargoUntil: '2025-11-21T10:00' });

    const app = new BriefingPage(page);
    await app.open();
    const list = page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Briefings' });
    const expectedTime = await page.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(2030, 0, 15, 10, 0)),
    );
    await expect(list.getByRole('button', { name: /Ali Asadov meets/ })).toContainText(`Embargoed until ${expectedTime}`);
    await expect(list.getByRole('button', { name: /last year/ })).not.toContainText('Embargo');
    await page.screenshot({ path: testInfo.outputPath('embargo-badge.png') });

    // The editor says it too, above the text.
    await app.openFromLibrary(/Ali Asadov meets/);
    await expect(page.getByRole('region', { name: 'Workflow' }).getByRole('note')).toContainText('Embargoed until');

    const exportAs = async (format: 'PDF' | 'Word document (DOCX)', extension: string) => {
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      const anyway = dialog.getByRole('button', { name: 'Export anyway' });
      if (await anyway.isVisible()) await anyway.click();
      await dialog.getByRole('radio', { name: format }).check();
      await dialog.getByRole('button', { name: 'Export…' }).click();
      const path = join(serviceHost.exportFolder ?? '', `${demoTitle}.${extension}`);
      await expect(page.getByText(`Exported to ${path} (`)).toBeVisible({ timeout: 30_000 });
      return path;
    };

    const pages = pdfPageTexts(await exportAs('PDF', 'pdf'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, index) => expect(text.trimStart().split('\n')[0], `page ${index + 1}`).toContain('EMBARGOED UNTIL JANUARY 15, 2030 AT 10:00 AM'));
    const docx = unzipSync(readFileSync(await exportAs('Word document (DOCX)', 'docx')));
    const headers = Object.entries(docx).filter(([name]) => /^word\/header\d*\.xml$/u.test(name));
    expect(headers).toHaveLength(1);
    expect(strFromU8(headers[0]![1])).toContain('EMBARGOED UNTIL JANUARY 15, 2030 AT 10:00 AM');

    // Once the time has passed, no page says so any more.
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByLabel('Embargoed until').fill('2026-01-01T09:00');
    await app.waitUntilSaved();
    const after = pdfPageTexts(await exportAs('PDF', 'pdf'));
    after.forEach((text, index) => expect(text, `page ${index + 1}`).not.toContain('EMBARGOED'));
    expect(after[0]).toContain('FOR IMMEDIATE RELEASE');
    await expect(list.getByRole('button', { name: /Ali Asadov meets/ })).not.toContainText('Embargo');
    // Nor does the editor: the notice above the text goes with the embargo.
    await expect(page.getByRole('region', { name: 'Workflow' }).getByRole('note')).toHaveCount(0);
  });
});
