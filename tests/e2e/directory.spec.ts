import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DirectoryStore } from '../../electron/storage/directory-store';
import { personOnDate } from '../../shared/directory/person-on-date';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { emitAppEvent, expect, test } from './app-fixture';
import { BriefingPage } from './briefing-page';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/directory/${name}`, import.meta.url));

const asadovId = '9c1f2a64-3b5d-4e7f-8a90-1b2c3d4e5f01';

// The first start's library: the demo readout and its people in the directory.
test.use({ seedDemo: true });

interface StoredPeople {
  fields_json: string;
  participants_json: string;
}

test('host and guest are picked while typing in an Azerbaijani readout, in any spelling, with their recorded forms', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Baş nazir BTİ-nin Baş katibi ilə görüşüb');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Language').selectOption('az');
  await details.getByLabel('Meeting date').fill('2025-11-21');
  await details.getByLabel('Location').fill('Bakı, Azərbaycan');

  // Any spelling finds him: an English keyboard types "esed" for Əsədov.
  await details.getByRole('textbox', { name: 'Host: Name' }).pressSequentially('esed');
  await page.getByRole('option', { name: /Əli Əsədov/ }).click();
  await expect(details.getByRole('textbox', { name: 'Host: Title' })).toHaveValue('Baş nazir');
  await expect(details.getByRole('textbox', { name: 'Host: Organisation' })).toHaveValue('Azərbaycan Respublikası');
  await details.getByRole('textbox', { name: 'Guest: Name' }).pressSequentially('bogdan');
  await page.getByRole('option', { name: /Dorin Boqdan-Martin/ }).click();
  await expect(details.getByRole('textbox', { name: 'Guest: Title' })).toHaveValue('Baş katib');

  await app.waitUntilSaved();
  const [azerbaijani] = library.query<StoredPeople>('SELECT fields_json, participants_json FROM briefings WHERE language = ? AND title LIKE ?', 'az', 'Baş nazir%');
  const host = (JSON.parse(azerbaijani?.fields_json ?? '{}') as { host: { personId?: string; forms?: unknown } }).host;
  expect(host.personId).toBe(asadovId);
  expect(host.forms).toEqual({ name: { genitive: 'Əli Əsədovun' }, organisation: { genitive: 'Azərbaycan Respublikasının' } });
  await page.screenshot({ path: testInfo.outputPath('directory-azerbaijani.png'), fullPage: true });
});

test('a participant is picked by a Cyrillic spelling in an Azerbaijani readout, and someone new goes into the directory', async ({ page, library }) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Language').selectOption('az');
  await details.getByLabel('Meeting date').fill('2025-11-21');
  const participants = page.getByRole('region', { name: /Participants/ });
  await participants.getByRole('button', { name: 'Add participant' }).click();
  await participants.getByRole('textbox', { name: 'Name, row 1' }).pressSequentially('Асад');
  await expect(page.getByRole('option', { name: /Əli Əsədov \(Али Асадов\)/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(participants.getByRole('textbox', { name: 'Name, row 1' })).toHaveValue('Əli Əsədov');
  await expect(participants.getByRole('textbox', { name: 'Title, row 1' })).toHaveValue('Baş nazir');

  // Someone new goes into the directory from the row.
  await participants.getByRole('button', { name: 'Add participant' }).click();
  await participants.getByRole('textbox', { name: 'Title, row 2' }).fill('Xarici işlər naziri');
  await participants.getByRole('textbox', { name: 'Name, row 2' }).pressSequentially('Ceyhun Bayramov');
  await page.getByRole('option', { name: 'Add “Ceyhun Bayramov” to directory' }).click();
  await expect.poll(() => library.query<{ name: string }>(`SELECT name FROM directory_person_names WHERE language = 'az' ORDER BY name`).map((row) => row.name)).toEqual([
    'Ceyhun Bayramov',
    'Dorin Boqdan-Martin',
    'Əli Əsədov',
  ]);
});

test('linked people follow when the briefing turns English, and when its meeting date moves', async ({ page, library, mainProcess }, testInfo) => {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no meeting readout template');
  const directory = new DirectoryStore(mainProcess.library.database).list();
  const asadov = directory.people.find((person) => person.id === asadovId);
  const doreen = directory.people.find((person) => person.names.en?.name === 'Doreen Bogdan-Martin');
  if (!asadov || !doreen) throw new Error('the demo people are missing');
  const inAzerbaijani = (person: typeof asadov) => personOnDate(person, directory.organisations, 'az', '2025-11-21').value;
  const content = newBriefingContent(template, 'Baş nazir BTİ-nin Baş katibi ilə görüşüb');
  mainProcess.library.briefings.create({
    ...content,
    language: 'az',
    fields: { ...content.fields, meetingDate: '2025-11-21', location: 'Bakı, Azərbaycan', host: inAzerbaijani(asadov), guest: inAzerbaijani(doreen) },
    participants: [{ id: 'r1', ...inAzerbaijani(asadov), side: 'host', role: '' }],
  });
  const app = new BriefingPage(page);
  await app.open();
  await app.openFromLibrary(/BTİ-nin Baş katibi/);
  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  await expect.poll(() => app.sectionText('lede')).toContain('Əli Əsədov');

  const details = page.getByRole('complementary', { name: 'Details' });
  const participants = page.getByRole('region', { name: /Participants/ });
  await details.getByLabel('Language').selectOption('en');
  const notice = page.getByRole('status').filter({ hasText: 'linked to the directory' });
  await expect(notice).toContainText('3 people linked to the directory read differently');
  await notice.getByRole('button', { name: 'Refresh from directory' }).click();
  await expect(details.getByRole('textbox', { name: 'Host: Name' })).toHaveValue('Ali Asadov');
  await expect(details.getByRole('textbox', { name: 'Guest: Organisation' })).toHaveValue('International Telecommunication Union');
  await expect(participants.getByRole('textbox', { name: 'Title, row 1' })).toHaveValue('Prime Minister');
  await expect(notice).toBeHidden();
  // The lede refers to the fields, so it follows them.
  await expect.poll(() => app.sectionText('lede')).toContain('Ali Asadov');
  await page.screenshot({ path: testInfo.outputPath('directory-english.png'), fullPage: true });

  // On an earlier date he held another title.
  await details.getByLabel('Meeting date').fill('2015-06-01');
  await notice.getByRole('button', { name: 'Refresh from directory' }).click();
  await expect(details.getByRole('textbox', { name: 'Host: Title' })).toHaveValue('Assistant to the President for Economic Issues');
  await app.waitUntilSaved();
  const [english] = library.query<StoredPeople>('SELECT fields_json, participants_json FROM briefings WHERE language = ? AND title LIKE ?', 'en', 'Baş nazir%');
  const stored = JSON.parse(english?.participants_json ?? '[]') as { name: string; personId?: string; forms?: unknown }[];
  expect(stored[0]).toMatchObject({ name: 'Ali Asadov', personId: asadovId });
  expect(stored[0]?.forms).toBeUndefined();
});

test('a calendar invitation becomes a readout; a recurring one dropped on the library asks which meeting', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await emitAppEvent(page, 'menu-command-invoked', { command: 'import-invite' });
  const dialog = page.getByRole('dialog', { name: 'Import calendar invitation' });
  await dialog.getByLabel('Invitation (.ics)').setInputFiles(fixture('bilateral-meeting.ics'));
  await dialog.getByLabel('Language').selectOption('ru');
  await page.screenshot({ path: testInfo.outputPath('invite-dialog.png') });
  await dialog.getByRole('button', { name: 'Create briefing' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.title).toHaveValue('Bilateral meeting with the ITU Secretary-General');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByLabel('Meeting date')).toHaveValue('2025-11-21');
  await expect(details.getByLabel('Time')).toHaveValue('15:00');
  await expect(details.getByLabel('Location')).toHaveValue('Baku, Azerbaijan');
  const participants = page.getByRole('region', { name: /Participants/ });
  await expect(participants.getByRole('textbox', { name: 'Name, row 1' })).toHaveValue('Али Асадов');
  await expect(participants.getByRole('textbox', { name: 'Title, row 2' })).toHaveValue('Генеральный секретарь');
  await expect(participants.getByRole('textbox', { name: 'Name, row 3' })).toHaveValue('Jane Smith');
  await page.screenshot({ path: testInfo.outputPath('invite-readout.png'), fullPage: true });

  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'weekly-briefing.ics', { type: 'text/calendar' }));
    return transfer;
  }, readFileSync(fixture('weekly-briefing.ics'), 'utf8'));
  await page.getByRole('navigation', { name: 'Library' }).dispatchEvent('drop', { dataTransfer });
  await expect(dialog.getByText('weekly-briefing.ics')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create briefing' }).click();
  await expect(dialog.getByRole('group', { name: /“Weekly press briefing” repeats/ })).toBeVisible();
  await dialog.getByRole('radio', { name: '2025-10-27 14:30' }).check();
  await dialog.getByRole('button', { name: 'Create briefing' }).click();
  await expect(dialog).toBeHidden();
  await expect(details.getByLabel('Meeting date')).toHaveValue('2025-10-27');
  await expect(details.getByLabel('Location')).toHaveValue('Brussels');
  expect(library.query<{ n: number }>(`SELECT count(*) AS n FROM briefings WHERE title = 'Weekly press briefing'`)).toEqual([{ n: 1 }]);
});

test('the Directory screen adds a person with a Russian name and its forms', async ({ page, library }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await emitAppEvent(page, 'menu-command-invoked', { command: 'open-directory' });
  const dialog = page.getByRole('dialog', { name: 'Directory' });
  await expect(dialog.getByRole('list', { name: 'People' })).toContainText('Ali Asadov');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await dialog.getByLabel('Names: Name (en)').fill('Jeyhun Bayramov');
  await dialog.getByLabel('Names: Name (ru)').fill('Джейхун Байрамов');
  await dialog.getByLabel('Names: Genitive (ru)').fill('Джейхуна Байрамова');
  await dialog.getByRole('button', { name: 'Add title' }).click();
  await dialog.getByLabel('Title 1 per language: Title (en)').fill('Minister of Foreign Affairs');
  await dialog.getByLabel('From').fill('2020-07-16');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved Jeyhun Bayramov.');
  await expect(dialog.getByRole('list', { name: 'People' })).toContainText('Minister of Foreign Affairs');
  await page.screenshot({ path: testInfo.outputPath('directory-screen.png') });
  expect(library.query<{ forms_json: string }>(`SELECT forms_json FROM directory_person_names WHERE name = 'Джейхун Байрамов'`)).toEqual([
    { forms_json: '{"genitive":"Джейхуна Байрамова"}' },
  ]);
});

test('the directory check flags a name spelt the English way in an Azerbaijani briefing, and one click puts it right', async ({ page }, testInfo) => {
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Language').selectOption('az');
  await app.typeInSection('occasion', 'Baş nazir Ali Asadov konfransın əhəmiyyətini qeyd edib.');
  const check = page.getByRole('region', { name: 'Directory check' });
  await expect(check).toContainText('“Ali Asadov” is written “Əli Əsədov” in this briefing’s language. (in the text)');
  await page.screenshot({ path: testInfo.outputPath('directory-check.png'), fullPage: true });
  await check.getByRole('button', { name: 'Replace with “Əli Əsədov”' }).click();
  await expect.poll(() => app.sectionText('occasion')).toBe('Baş nazir Əli Əsədov konfransın əhəmiyyətini qeyd edib.');
  await expect(check).toBeHidden();
  // One undo brings the text back as it was typed.
  await app.editor.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => app.sectionText('occasion')).toContain('Ali Asadov');
});
