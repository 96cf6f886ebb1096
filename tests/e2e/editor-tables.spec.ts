import { readFileSync } from 'node:fs';
import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

interface Block {
  type: string;
  headerRow?: true;
  columnWidths?: number[];
  children: { children: { children: { text: string }[] }[] }[];
}

async function savedTables(app: BriefingPage, library: { query<Row>(sql: string): Row[] }): Promise<Block[]> {
  await app.waitUntilSaved();
  const [row] = library.query<{ body_json: string }>('SELECT body_json FROM briefings');
  const body = JSON.parse(row?.body_json ?? '[]') as { children: Block[] }[];
  return body.flatMap((section) => section.children).filter((block) => block.type === 'table');
}

const cellTexts = (table: Block | undefined) => table?.children.map((row) => row.children.map((cell) => cell.children.map((text) => text.text).join('')));

/** Opens a new press release and inserts a `rows` × `columns` table from the toolbar after a line of text. */
async function withInsertedTable(app: BriefingPage, rows: string, columns: string) {
  await app.open();
  await app.newBriefing('Press release');
  await app.typeInSection('body', 'İmzalanan sənədlər:');
  await app.page.keyboard.press('Enter');
  await app.toolbarCommand('Table');
  const dialog = app.page.getByRole('dialog', { name: 'Insert table' });
  await dialog.getByLabel('Number of columns').fill(columns);
  await dialog.getByLabel('Number of rows').fill(rows);
  await dialog.getByRole('button', { name: 'Insert' }).click();
  return dialog;
}

test('inserts a table from the toolbar and types across cells with Tab, a new line with Enter', async ({ page, library }) => {
  const app = new BriefingPage(page);
  const dialog = await withInsertedTable(app, '0', '2');
  await expect(dialog.getByRole('alert')).toHaveText('Enter between 1 and 100 rows and between 1 and 20 columns.');
  await dialog.getByLabel('Number of rows').fill('2');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.type('Sənəd');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tərəflər');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Memorandum');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nazirlik;');
  await page.keyboard.press('Enter');
  await page.keyboard.type('BTİ');
  // Tab in the last cell adds a row, as in Word; Shift+Tab goes back a cell, selecting its text.
  await page.keyboard.press('Tab');
  await page.keyboard.type('Сообщение');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('Memorandum');
  await page.keyboard.press('End');
  // Slate reads a caret moved by the browser from the page at most every 100 ms, and a render before that (spelling
  // marks arriving, say) puts its older selection back; a person's next keystroke comes later than that, so wait
  // until the caret has stayed at the end of the cell past Slate's reading.
  await expect
    .poll(async () => {
      const caret = () => page.evaluate(() => ({ collapsed: getSelection()?.isCollapsed, offset: getSelection()?.anchorOffset }));
      const first = await caret();
      await page.waitForTimeout(150);
      return JSON.stringify([first, await caret()]);
    })
    .toBe(JSON.stringify([{ collapsed: true, offset: 'Memorandum'.length }, { collapsed: true, offset: 'Memorandum'.length }]));
  await page.keyboard.type(' ✓');

  const [table] = await savedTables(app, library);
  expect(table?.headerRow).toBe(true);
  expect(cellTexts(table)).toEqual([
    ['Sənəd', 'Tərəflər'],
    ['Memorandum ✓', 'Nazirlik;\nBTİ'],
    ['Сообщение', ''],
  ]);
  // For a person to look at: the table as the editor shows it, with its tools.
  await page.locator('.block-table').screenshot({ path: 'test-results/export/table-in-editor.png' });
});

test('adds and removes rows and columns with the table tools, and turns the header row off', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await withInsertedTable(app, '2', '2');
  await page.keyboard.type('A');
  await page.keyboard.press('Tab');
  await page.keyboard.type('B');
  const tools = page.getByRole('toolbar', { name: 'Table' });
  await tools.getByRole('button', { name: 'Insert column to the right' }).click();
  await page.keyboard.type('New');
  await tools.getByRole('button', { name: 'Insert row below' }).click();
  await page.keyboard.type('Row');

  let [table] = await savedTables(app, library);
  expect(cellTexts(table)).toEqual([
    ['A', 'B', 'New'],
    ['', '', 'Row'],
    ['', '', ''],
  ]);
  expect(table?.columnWidths?.map((width) => width.toFixed(3))).toEqual(['0.333', '0.333', '0.333']);

  await tools.getByRole('button', { name: 'Delete row' }).click();
  await tools.getByRole('button', { name: 'Delete column' }).click();
  await tools.getByLabel('Header row').uncheck();
  [table] = await savedTables(app, library);
  expect(table?.headerRow).toBeUndefined();
  expect(cellTexts(table)).toEqual([
    ['A', 'B'],
    ['', ''],
  ]);
  expect(table?.columnWidths?.map((width) => width.toFixed(3))).toEqual(['0.500', '0.500']);
});

test('a table pasted from Word arrives as a table with its header row and column proportions', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Press release');
  await app.typeInSection('body', 'Intro');
  await app.paste({ 'text/html': fixture('word-365-table.html'), 'text/plain': 'plain fallback' });
  const [table] = await savedTables(app, library);
  expect(table?.headerRow).toBe(true);
  expect(table?.columnWidths?.map((width) => width.toFixed(2))).toEqual(['0.50', '0.30', '0.20']);
  expect(cellTexts(table)).toEqual([
    ['Sənəd', 'İmzalayan tərəflər', 'Tarix'],
    ['Anlaşma memorandumu', 'Rəqəmsal İnkişaf Nazirliyi;\nBTİ', '21.11.2025'],
    ['Соглашение о Центре ускорения', '', '21.11.2025'],
  ]);
  await expect(page.locator('.block-table th, .block-table td')).toHaveCount(9);
});

test('a column border dragged, and Widen/Narrow column from the keyboard, change the stored proportions', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await withInsertedTable(app, '2', '3');
  await page.keyboard.type('Sənəd');
  const frame = page.locator('.editor-table-frame');
  const box = (await frame.boundingBox())!;
  const border = page.getByRole('separator', { name: 'Drag to change the widths of columns 1 and 2' });
  const handle = (await border.boundingBox())!;
  // From a third of the width to about half: the first column grows by a fifth of the table, the second gives it up.
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + box.width * 0.1, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.move(handle.x + handle.width / 2 + box.width * 0.2, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.up();
  let [table] = await savedTables(app, library);
  expect(table?.columnWidths?.map((width) => Math.round(width * 100))).toEqual([53, 13, 33]);
  // The page shows the new proportions: the first cell is about half the table.
  const firstCell = (await page.locator('.editor-table-cell').first().boundingBox())!;
  expect(Math.round((firstCell.width / box.width) * 10)).toBe(5);
  await page.screenshot({ path: testInfo.outputPath('table-column-dragged.png') });

  // The caret is still in the first cell: Alt+Shift+Left narrows it by 5%, giving the width to the second column.
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  [table] = await savedTables(app, library);
  expect(table?.columnWidths?.map((width) => Math.round(width * 100))).toEqual([48, 18, 33]);
  // The table's tools do the same; Ctrl+Z takes the last change back.
  await page.getByRole('toolbar', { name: 'Table' }).getByRole('button', { name: 'Widen column (Alt+Shift+→)' }).click();
  [table] = await savedTables(app, library);
  expect(table?.columnWidths?.map((width) => Math.round(width * 100))).toEqual([53, 13, 33]);
  await page.keyboard.press('Control+z');
  [table] = await savedTables(app, library);
  expect(table?.columnWidths?.map((width) => Math.round(width * 100))).toEqual([48, 18, 33]);
  expect(cellTexts(table)?.[0]?.[0]).toBe('Sənəd');
});
