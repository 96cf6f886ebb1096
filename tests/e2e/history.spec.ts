import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

test.use({ seedDemo: true });

test('History shows the sample readout as the editor does and compares two versions change by change, with names and dates', async ({ page }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/Ali Asadov meets ITU Secretary-General/);
  await app.waitUntilSaved();

  const history = page.getByRole('dialog', { name: 'History' });
  const versions = history.getByRole('list', { name: 'Versions' });
  await page.getByRole('button', { name: 'History' }).click();
  await history.getByLabel('Version name').fill('As received');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(versions).toContainText('“As received”');
  await history.getByRole('button', { name: 'Close' }).click();

  // The lede drafted again from Details: field references for the date, the names and titles.
  page.once('dialog', (confirm) => void confirm.accept());
  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  await expect.poll(() => app.sectionText('lede')).toMatch(/^On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with/);
  await app.typeInSection('follow-up', ' A joint working group meets in spring.');
  await app.waitUntilSaved();

  // The word count History keeps for a version is the status bar's count.
  const statusWords = /^([\d,]+) words/.exec((await page.getByTitle('Words and characters in the whole briefing').textContent()) ?? '')?.[1];
  expect(statusWords).toBeTruthy();
  await page.getByRole('button', { name: 'History' }).click();
  await history.getByLabel('Version name').fill('Redrafted');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.getByRole('button', { name: /Redrafted/ })).toContainText(`${statusWords} words`);

  // "This version": names and dates as they were, the agreed points numbered, nothing in brackets.
  const preview = history.getByRole('article', { name: 'Version text' });
  await expect(preview).toContainText('On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General');
  await expect(preview.locator('.field-ref').first()).toHaveText('November 21, 2025');
  await expect(preview).not.toContainText('[');
  await expect(preview.locator('.revision-list-marker').filter({ hasText: /^\d+\.$/ })).toHaveText(['1.', '2.', '3.', '4.']);
  await expect(preview.getByRole('heading', { name: 'Agreed points' })).toBeVisible();

  // The version before compared with the text now: the drafted lede's names and dates, change by change.
  await versions.getByRole('button', { name: /As received/ }).click();
  await history.getByRole('tab', { name: 'Changes to now' }).click();
  const comparison = history.getByRole('article', { name: 'Changes since this version' });
  await expect(comparison).toContainText('On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with');
  await expect(comparison.locator('ins')).toContainText(['2025', 'in Baku, Azerbaijan', 'working group meets in spring.']);
  const nav = history.getByRole('group', { name: 'Comparison' });
  const count = Number(/^(\d+) changes$/.exec((await nav.getByRole('status').textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(1);
  await nav.getByRole('button', { name: 'Next change' }).click();
  await expect(nav.getByRole('status')).toHaveText(`Change 1 of ${count}`);
  await expect(comparison.locator('.revision-change-current').first()).toBeInViewport();
  await nav.getByRole('button', { name: 'Next change' }).click();
  await expect(nav.getByRole('status')).toHaveText(`Change 2 of ${count}`);
  await nav.getByRole('button', { name: 'Previous change' }).click();
  await nav.getByRole('button', { name: 'Previous change' }).click();
  await expect(nav.getByRole('status')).toHaveText(`Change ${count} of ${count}`);
  await page.screenshot({ path: testInfo.outputPath('history-compare-now.png') });

  // Any two versions: "As received" with "Redrafted" shows the same changes; "Redrafted" with the text now, none.
  const compareWith = history.getByLabel('Compare with');
  await compareWith.selectOption((await compareWith.locator('option', { hasText: 'Redrafted' }).getAttribute('value')) ?? '');
  await expect(nav.getByRole('status')).toHaveText(`${count} changes`);
  await expect(comparison).toContainText('Ali Asadov');
  await versions.getByRole('button', { name: /Redrafted/ }).click();
  await compareWith.selectOption('now');
  await expect(nav.getByRole('status')).toHaveText('No changes: this version is the same as the current text.');
  await page.screenshot({ path: testInfo.outputPath('history-compare-versions.png') });

  // A change to Details only: listed as its own, old → new, and the text said to be the same.
  await history.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('complementary', { name: 'Details' }).getByLabel('Source credited').fill('AZERTAC');
  await app.waitUntilSaved();
  await page.getByRole('button', { name: 'History' }).click();
  await versions.getByRole('button', { name: /Redrafted/ }).click();
  await history.getByRole('tab', { name: 'Changes to now' }).click();
  await expect(nav.getByRole('status')).toHaveText('The text is the same; only Details changed.');
  const details = history.getByRole('region', { name: '1 change to Details' });
  await expect(details.locator('dt')).toHaveText(['Source credited']);
  await expect(details.locator('del')).toHaveText('Report (news agency)');
  await expect(details.locator('ins')).toHaveText('AZERTAC');
  await page.screenshot({ path: testInfo.outputPath('history-compare-details.png') });
});
