import type { Locator, Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

test.use({ seedDemo: true });

/** The sample readout open with Leyla Məmmədova signed in (comments are signed with the name from Settings), and the first line of its topics. */
async function openAsLeyla(page: Page): Promise<{ app: BriefingPage; line: Locator }> {
  const app = new BriefingPage(page);
  await app.open();
  await app.signAs('Leyla Məmmədova');
  await app.openFromLibrary(/Ali Asadov meets/);
  return { app, line: app.section('topics-discussed').locator('.block').first() };
}

/** Selects the line from the caret at its start and comments on it with Word's shortcut straight away, as a keyboard user does. */
async function commentOnLine(page: Page, text: string): Promise<{ margin: Locator; thread: Locator }> {
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+Alt+m');
  const margin = page.getByRole('complementary', { name: 'Comments' });
  await margin.getByRole('textbox', { name: 'Write a comment' }).fill(text);
  await margin.getByRole('button', { name: 'Comment', exact: true }).click();
  return { margin, thread: margin.getByRole('region', { name: 'Comment on “The participants discussed:”' }) };
}

test('a reviewer comments on the text, the thread takes a reply, approval waits until it is resolved, and it is all there after a reload', async ({ page, library }) => {
  test.setTimeout(60_000);
  const { app, line } = await openAsLeyla(page);

  // Nothing selected: the shortcut says what to do instead of adding an empty comment.
  await line.click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Control+Alt+m');
  await expect(page.getByRole('status').filter({ hasText: 'Select the text you want to comment on first.' })).toBeVisible();

  const { margin, thread } = await commentOnLine(page, 'Name the topics in the order the sides raised them.');
  await expect(thread).toContainText('Leyla Məmmədova');
  await expect(thread).toContainText('Name the topics in the order the sides raised them.');
  await expect(page.locator('.status-bar')).toContainText('1 open comment');
  await page.screenshot({ path: test.info().outputPath('comment-added.png') });
  await expect(app.section('topics-discussed').locator('.comment-anchor')).toHaveText('The participants discussed:');

  // The author answers in the thread.
  await thread.getByRole('textbox', { name: 'Write a reply' }).fill('Done: ICT first, then the knowledge economy.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread).toContainText('Done: ICT first, then the knowledge economy.');
  // Typing before the commented words leaves the comment on them.
  await line.click({ position: { x: 1, y: 8 } });
  await page.keyboard.type('In Baku, ');
  await expect(app.section('topics-discussed').locator('.comment-anchor')).toHaveText('The participants discussed:');
  await app.waitUntilSaved();
  await page.screenshot({ path: test.info().outputPath('comment-thread.png') });
  const [stored] = library.query<{ body_json: string }>("SELECT body_json FROM briefings WHERE title LIKE '%Ali Asadov meets%'");
  expect(stored?.body_json).toContain('Done: ICT first, then the knowledge economy.');

  // Approval waits for the open comment.
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await workflow.getByRole('button', { name: 'Send for review' }).click();
  await expect(workflow).toContainText('In review');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow.getByRole('alert')).toContainText('A review comment is not resolved yet; resolve or delete it before the briefing is approved.');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.locator('.status-bar')).not.toContainText('open comment');
  await expect(app.section('topics-discussed').locator('.comment-anchor')).toHaveCount(0);
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow).toContainText('Signed off');

  // After a reload the resolved thread is still there, with its reply, folded away until asked for.
  await page.reload();
  // Signed off, the text is read-only (no textbox role): the library's button opens it all the same.
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Ali Asadov meets/ }).click();
  await margin.getByRole('button', { name: 'Show 1 resolved' }).click();
  await expect(thread).toContainText('Resolved');
  await expect(thread).toContainText('Leyla Məmmədova');
  await expect(thread).toContainText('Done: ICT first, then the knowledge economy.');
});

test('a click back into the text after a reply in the margin puts the caret where it was clicked, even on a slow machine', async ({ page }) => {
  // Seen once in CI: under load the click's caret was ignored and the typing replaced the commented words,
  // which were still Slate's selection from before. A CPU slowed sixteen times brings that back in some runs only
  // (one in three when it was found, none in four later): the race is the browser's.
  test.setTimeout(90_000);
  const { line } = await openAsLeyla(page);
  await line.click({ position: { x: 1, y: 8 } });
  const { thread } = await commentOnLine(page, 'Name the topics.');
  const cpu = await page.context().newCDPSession(page);
  await cpu.send('Emulation.setCPUThrottlingRate', { rate: 16 });
  for (const reply of ['Done.', 'And checked.']) {
    await thread.getByRole('textbox', { name: 'Write a reply' }).fill(reply);
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect(thread).toContainText(reply);
    await line.click({ position: { x: 1, y: 8 } });
    await page.keyboard.type('In Baku, ');
    await expect(line).toContainText('In Baku, The participants discussed:');
    for (let i = 0; i < 'In Baku, '.length; i++) await page.keyboard.press('Backspace');
    await expect(line).toHaveText('The participants discussed:');
  }
  await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
