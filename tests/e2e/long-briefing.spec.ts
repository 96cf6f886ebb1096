import type { Page } from '@playwright/test';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';
import { createServices } from '../../electron/services/create-services';

/** 334 paragraphs in each of the meeting readout's six sections. */
const BLOCKS = 2004;

/**
 * A long briefing opens at its first screen and mounts the rest of its blocks after it (renderer/editor/progressive-mount.tsx).
 * Whatever a person does before the rest has arrived reaches the whole document.
 */
test.beforeEach(async ({ mainProcess, serviceHost }) => {
  const services = createServices(mainProcess.library, serviceHost);
  const briefing = await services.briefings.create({ templateId: 'meeting-readout', title: 'Long readout' });
  const perSection = BLOCKS / briefing.body.length;
  let number = 0;
  const body = briefing.body.map((section) => ({
    ...section,
    children: Array.from({ length: perSection }, () => {
      number += 1;
      const last = number === perSection * briefing.body.length;
      return { type: 'paragraph' as const, children: [{ text: last ? 'The sides will meet again in Gəncə.' : `Paragraph ${number}: the sides discussed cooperation.` }] };
    }),
  }));
  await services.briefings.save({ id: briefing.id, baseRevision: briefing.revision, body });
});

/** Opens the long readout and returns as soon as its first screen is there, noting whether blocks were still to come then. */
async function openAtFirstScreen(page: Page): Promise<{ pending: boolean }> {
  const app = new BriefingPage(page);
  await app.open();
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Long readout/u }).waitFor();
  return page.evaluate(async () => {
    const entry = [...document.querySelectorAll('nav[aria-label="Library"] button')].find((button) => button.textContent?.includes('Long readout'));
    if (!(entry instanceof HTMLElement)) throw new Error('no library entry');
    entry.click();
    return new Promise<{ pending: boolean }>((resolve) => {
      const check = () => {
        const editable = document.querySelector<HTMLElement>('.briefing-body');
        if (editable?.querySelector('.block')) {
          // Focused as the keyboard would find it: no click, which would mount every block at once.
          editable.focus();
          resolve({ pending: editable.querySelector('.chunk-pending') !== null });
        } else requestAnimationFrame(check);
      };
      check();
    });
  });
}

test('the first screen of a 2,000-block briefing comes before the rest, which follows without a key pressed', async ({ page }) => {
  const { pending } = await openAtFirstScreen(page);
  expect(pending).toBe(true);
  await expect(page.locator('.briefing-body .block')).toHaveCount(BLOCKS, { timeout: 30_000 });
  await expect(page.locator('.briefing-body .chunk-pending')).toHaveCount(0);
  await expect(page.locator('.briefing-body .block').last()).toHaveText('The sides will meet again in Gəncə.');
});

test('Ctrl+End pressed before the rest of a long briefing has arrived goes to its very end, and typing lands there', async ({ page, library }) => {
  const app = new BriefingPage(page);
  const { pending } = await openAtFirstScreen(page);
  expect(pending).toBe(true);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Next round: March.');
  await expect(page.locator('.briefing-body .block').last()).toHaveText('The sides will meet again in Gəncə. Next round: March.');
  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const body = JSON.parse(row?.body_json ?? '[]') as { children: { children: { text: string }[] }[] }[];
  const texts = body.flatMap((section) => section.children.map((block) => block.children.map((child) => child.text).join('')));
  expect(texts).toHaveLength(BLOCKS);
  expect(texts.at(-1)).toBe('The sides will meet again in Gəncə. Next round: March.');
  expect(texts.filter((text) => text.includes('Next round'))).toHaveLength(1);
});

test('Find before the rest of a long briefing has arrived finds and shows a word in its last block', async ({ page }) => {
  const { pending } = await openAtFirstScreen(page);
  expect(pending).toBe(true);
  await page.keyboard.press('Control+F');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await expect(find.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('Gəncə');
  await expect(find.locator('.find-count')).toHaveText('1 of 1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.briefing-body .block').last()).toBeInViewport();
  await expect.poll(() => new BriefingPage(page).highlighted('find-match-current')).toEqual(['Gəncə']);
});

test('opening a long briefing repairs it after its first screen without saving it, and Undo does not undo the repair', async ({ page, mainProcess, serviceHost, library }) => {
  // A comment mark whose thread is gone (as an older version or a hand-edited file can leave one): the editor removes it.
  const services = createServices(mainProcess.library, serviceHost);
  const [{ id } = { id: '' }] = library.query<{ id: string }>('SELECT id FROM briefings');
  const briefing = await services.briefings.get(id);
  const [first, ...rest] = briefing.body;
  if (!first) throw new Error('no section');
  const marked = { type: 'paragraph' as const, children: [{ text: 'Paragraph 1: ' }, { text: 'the sides', comments: ['thread-gone'] }, { text: ' discussed cooperation.' }] };
  await services.briefings.save({ id, baseRevision: briefing.revision, body: [{ ...first, children: [marked, ...first.children.slice(1)] }, ...rest] });
  const revision = () => library.query<{ revision: number }>('SELECT revision FROM briefings')[0]?.revision;
  const saved = revision();

  const { pending } = await openAtFirstScreen(page);
  expect(pending).toBe(true);
  await expect(page.locator('.briefing-body .block')).toHaveCount(BLOCKS, { timeout: 30_000 });
  await expect(page.locator('.briefing-body [data-comments]')).toHaveCount(0);
  // Opening is not an edit: nothing is saved (the autosave would have run 300 ms after a change).
  await page.waitForTimeout(1_000);
  expect(revision()).toBe(saved);
  // Nor is the repair something to undo: Undo right after opening changes and saves nothing.
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(1_000);
  await expect(page.locator('.briefing-body [data-comments]')).toHaveCount(0);
  expect(revision()).toBe(saved);
  // The first edit saves the repaired body.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Today: ');
  await new BriefingPage(page).waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  expect(row?.body_json).toContain('Today: Paragraph 1: the sides discussed cooperation.');
  expect(row?.body_json).not.toContain('thread-gone');
});
