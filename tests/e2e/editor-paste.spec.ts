import { readFileSync } from 'node:fs';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

async function savedBody(app: BriefingPage, library: { query<Row>(sql: string): Row[] }) {
  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  return JSON.parse(row?.body_json ?? '[]') as { sectionId: string; children: { type: string; listType?: string; indent?: number; level?: number }[] }[];
}

for (const [name, program] of [
  ['word-365-windows.html', 'Word'],
  ['google-docs.html', 'Google Docs'],
] as const) {
  test(`pasting from ${program} keeps headings, nested lists, marks and links inside the section`, async ({ page, library }, testInfo) => {
    const app = new BriefingPage(page);
    await app.open();
    await app.newBriefing('Meeting readout');
    await app.section('topics-discussed').locator('.block').first().click();
    await app.paste({ 'text/html': fixture(name), 'text/plain': 'plain fallback' });

    const topics = app.section('topics-discussed');
    await expect(topics.locator('h3')).toHaveText('Görüşün nəticələri');
    await expect(topics.locator('strong').first()).toHaveText('Prime Minister');
    // Spelling underlines may split the italic run into pieces (a name the dictionary does not know); the words are what count.
    await expect.poll(async () => (await topics.locator('em').allTextContents()).join('')).toBe('Ali Asadov');
    await expect(topics.getByRole('link', { name: 'International Telecommunication Union' })).toHaveAttribute('href', 'https://www.itu.int/');
    await expect(topics.locator('[data-list-type="bulleted"]')).toHaveCount(3);
    await expect(topics.locator('[data-list-type="numbered"]')).toHaveCount(2);
    await expect(topics.locator('[data-list-type="bulleted"][data-indent="1"]')).toHaveText('Kibertəhlükəsizlik üzrə birgə işçi qrupu');
    await expect(topics.locator('u')).toHaveText('соглашения');
    await page.screenshot({ path: testInfo.outputPath(`paste-${program}.png`) });

    const body = await savedBody(app, library);
    expect(body.map((section) => section.sectionId)).toEqual(['lede', 'occasion', 'topics-discussed', 'key-messages', 'agreed-points', 'follow-up']);
    const pasted = body.find((section) => section.sectionId === 'topics-discussed')?.children ?? [];
    expect(pasted.map((block) => [block.type, block.listType ?? block.level ?? '', block.indent ?? ''])).toEqual([
      ['heading', 2, ''],
      ['paragraph', '', ''],
      ['list-item', 'bulleted', 0],
      ['list-item', 'bulleted', 1],
      ['list-item', 'bulleted', 0],
      ['list-item', 'numbered', 0],
      ['list-item', 'numbered', 0],
      ['paragraph', '', ''],
    ]);
    expect(JSON.stringify(pasted)).not.toMatch(/style|mso|font|docs-internal/);
  });
}

test('a hostile paste leaves only its text: no script runs, no handler, image or script link gets in', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await app.section('lede').locator('.block').first().click();
  await app.paste({ 'text/html': fixture('hostile.html') });
  await expect(app.section('lede')).toContainText('Safe text stays');
  await expect(app.section('lede').locator('img, iframe, svg, script, form, object, embed')).toHaveCount(0);
  await expect(app.section('lede').locator('a')).toHaveCount(0);
  const body = JSON.stringify(await savedBody(app, library));
  for (const forbidden of ['javascript', 'data:', 'alert', 'onerror', 'evil']) expect(body).not.toContain(forbidden);
  expect(dialogs).toEqual([]);
});

test('plain text paste splits paragraphs', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.section('occasion').locator('.block').first().click();
  await app.paste({ 'text/plain': 'Birinci abzas\nВторой абзац\n\nThird' });
  const body = await savedBody(app, library);
  expect(body.find((section) => section.sectionId === 'occasion')?.children).toEqual([
    { type: 'paragraph', children: [{ text: 'Birinci abzas' }] },
    { type: 'paragraph', children: [{ text: 'Второй абзац' }] },
    { type: 'paragraph', children: [{ text: '' }] },
    { type: 'paragraph', children: [{ text: 'Third' }] },
  ]);
});
