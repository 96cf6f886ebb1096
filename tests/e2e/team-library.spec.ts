import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import pg from 'pg';
import { demoBriefingContent } from '../../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { openLibrary } from '../../electron/storage/library';
import { initServer } from '../../electron/storage/team/server-migrations';
import { teamServerAddress } from '../../electron/storage/team/team-connection';
import { teamReplicaOf } from '../../electron/storage/team/team-library';
import { syncOnce } from '../../electron/storage/team/team-sync';
import { PgCluster } from '../team/support/pg-cluster';
import { expect, test } from './app-fixture';

let cluster: PgCluster;
let leylaUrl: string;
let muradUrl: string;
let ayselUrl: string;

test.beforeAll(async () => {
  cluster = await PgCluster.create();
  const admin = new pg.Client({ connectionString: cluster.superuserUrl });
  await admin.connect();
  await initServer(admin);
  await admin.end();
  leylaUrl = await cluster.addMember('leyla', 'bd_author', 'baku');
  muradUrl = await cluster.addMember('murad', 'bd_author', 'baku');
  ayselUrl = await cluster.addMember('aysel', 'bd_reviewer', 'baku');
});

test.afterAll(() => cluster?.remove());

/** Opens the window and connects its library in Settings › Team library with this login; the dialog stays open. */
async function connectInSettings(page: Page, url: string, password: string): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Team library…' }).click();
  const team = page.getByRole('dialog', { name: 'Team library' });
  await team.getByLabel('Server address').fill(teamServerAddress(url).url);
  await team.getByLabel('Password').fill(password);
  await team.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(team.getByText('This library is now shared with the server.')).toBeVisible();
  return team;
}

test('connect in Settings › Team library, see the status line, and decide a conflict with both texts side by side', async ({ page, library, mainProcess }, testInfo) => {
  await page.goto('/');
  // One person's library looks as it always did: no status line.
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('.team-status')).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Team library…' }).click();
  const team = page.getByRole('dialog', { name: 'Team library' });
  await team.getByLabel('Server address').fill(teamServerAddress(leylaUrl).url);
  await team.getByLabel('Password').fill('wrong-password');
  await team.getByRole('button', { name: 'Test connection' }).click();
  await expect(team.getByRole('alert')).toHaveText('The team server did not accept this user name and password.');
  await team.getByLabel('Password').fill('leyla-password');
  await team.getByRole('button', { name: 'Test connection' }).click();
  await expect(team.getByText('The server answered, and its team library is ready.')).toBeVisible();
  await team.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(team.getByText('This library is now shared with the server.')).toBeVisible();
  await expect(team.getByText(/Connected · 0 changes waiting/u)).toBeVisible();
  await team.getByRole('button', { name: 'Close', exact: true }).click();
  await settings.getByRole('button', { name: 'Cancel' }).click();
  // The password is with the key store (the test host's), never in the library file.
  expect(readFileSync(library.file).toString('latin1')).not.toContain('leyla-password');

  // Leyla's briefing reaches the server; Murad, on another computer, changes it; Leyla changes it here too.
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no meeting readout template');
  const mine = mainProcess.library.briefings.create({ ...demoBriefingContent(template), title: 'Readout: talks with the ITU' });
  await syncOnce(teamReplicaOf(mainProcess.library), { url: leylaUrl });
  const folder = mkdtempSync(join(tmpdir(), 'bd-e2e-murad-'));
  try {
    const murad = openLibrary(join(folder, 'murad.sqlite'));
    const replica = teamReplicaOf(murad);
    replica.connect(teamServerAddress(muradUrl).url);
    await syncOnce(replica, { url: muradUrl });
    const theirs = murad.briefings.get(mine.id);
    murad.briefings.save({ id: mine.id, baseRevision: theirs.revision, title: 'Readout: talks with the ITU Secretary-General', fields: { ...theirs.fields, location: 'Baku Congress Centre' } });
    await syncOnce(replica, { url: muradUrl });
    murad.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const here = mainProcess.library.briefings.get(mine.id);
  mainProcess.library.briefings.save({
    id: mine.id,
    baseRevision: here.revision,
    title: 'Readout: talks with Doreen Bogdan-Martin',
    participants: [...here.participants, { id: 'p9', name: 'Rashad Nabiyev', title: 'Minister', organisation: 'Republic of Azerbaijan', side: 'host', role: '' }],
  });

  await page.reload();
  const status = page.locator('.team-status');
  await expect(status).toHaveText(/1 change waiting/u);
  await status.click();
  await team.getByRole('button', { name: 'Sync now' }).click();
  const conflict = team.locator('.team-conflict');
  // Part by part: the title, the Details field and the participants each side by side, word by word.
  const title = conflict.locator('.team-conflict-part').filter({ has: page.getByRole('heading', { name: 'Title' }) });
  await expect(title.getByRole('region', { name: 'My version' })).toContainText('Readout: talks with Doreen Bogdan-Martin');
  await expect(title.getByRole('region', { name: 'Server version (murad)' })).toContainText('Readout: talks with the ITU Secretary-General');
  await expect(title.locator('ins').first()).toBeVisible();
  await expect(title.locator('del').first()).toBeVisible();
  const location = conflict.locator('.team-conflict-part').filter({ has: page.getByRole('heading', { name: 'Details › Location' }) });
  await expect(location.locator('del')).toHaveText(['Congress Centre']);
  const participants = conflict.locator('.team-conflict-part').filter({ has: page.getByRole('heading', { name: 'Participants' }) });
  await expect(participants.locator('ins')).toContainText('Rashad Nabiyev');
  await expect(team.getByText(/1 conflict/u).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('team-conflict.png') });

  // Edit a merge: start from Murad's, keep Leyla's participants, and write the title anew.
  await conflict.getByRole('button', { name: 'Edit a merge…' }).click();
  const merge = conflict.getByRole('region', { name: 'Merged version' });
  await merge.getByRole('group', { name: 'Start from' }).getByRole('radio', { name: 'Server version (murad)' }).check();
  const mergedParticipants = merge.getByRole('group', { name: 'Participants' });
  await mergedParticipants.getByRole('radio', { name: 'My version' }).check();
  // The participants are rows to edit, started from the side chosen: change one, add one.
  const rashad = mergedParticipants.getByRole('listitem').filter({ has: page.locator('input[value="Rashad Nabiyev"]') });
  await rashad.getByRole('textbox', { name: /^Title,/u }).fill('Minister of Digital Development and Transport');
  await mergedParticipants.getByRole('button', { name: 'Add participant' }).click();
  await page.keyboard.type('Leyla Abdullayeva');
  await expect(merge.getByLabel('Merged text: Location')).toHaveValue('Baku Congress Centre');
  await merge.getByLabel('Merged text: Title').fill('Readout: Prime Minister receives Doreen Bogdan-Martin');
  await page.screenshot({ path: testInfo.outputPath('team-merge.png'), fullPage: true });
  await merge.getByRole('button', { name: 'Save merged version' }).click();
  await expect(team.getByText('Your merged version goes to the server with the next sync.')).toBeVisible();
  await expect(conflict).toHaveCount(0);
  await team.getByRole('button', { name: 'Sync now' }).click();
  await expect(team.getByText('Synced with the server.')).toBeVisible();
  const [row] = await cluster.sql<{ title: string; location: string; participants: string }>(
    "SELECT content->>'title' AS title, content->'fields'->>'location' AS location, content->>'participants' AS participants FROM briefing_desk.briefings WHERE id = $1",
    [mine.id],
  );
  expect(row).toMatchObject({ title: 'Readout: Prime Minister receives Doreen Bogdan-Martin', location: 'Baku Congress Centre' });
  expect(row?.participants).toContain('Rashad Nabiyev');
  expect(row?.participants).toContain('Minister of Digital Development and Transport');
  expect(row?.participants).toContain('Leyla Abdullayeva');
});

test('a reviewer deletes a briefing in the shared Trash for everyone, after a confirmation that says so', async ({ page, mainProcess }, testInfo) => {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no meeting readout template');
  const briefing = mainProcess.library.briefings.create({ ...demoBriefingContent(template), title: 'Readout nobody needs' });
  const team = await connectInSettings(page, ayselUrl, 'aysel-password');
  await team.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' }).click();
  expect(await cluster.sql('SELECT id FROM briefing_desk.briefings WHERE id = $1', [briefing.id])).toHaveLength(1);

  mainProcess.library.briefings.moveToTrash(briefing.id);
  await page.getByRole('tab', { name: /Trash/u }).click();
  const row = page.locator('.briefing-list-row').filter({ hasText: 'Readout nobody needs' });
  // In the row's menu, beside Restore and this computer's Delete forever.
  await row.getByRole('button', { name: 'More actions' }).click();
  const rowMenu = page.getByRole('menu', { name: 'Briefing actions' });
  for (const name of ['Restore', 'Delete forever', 'Delete for everyone']) await expect(rowMenu.getByRole('menuitem', { name })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('team-trash.png') });
  let asked = '';
  page.once('dialog', (confirm) => {
    asked = confirm.message();
    void confirm.accept();
  });
  await rowMenu.getByRole('menuitem', { name: 'Delete for everyone' }).click();
  await expect(row).toHaveCount(0);
  expect(asked).toBe('Delete “Readout nobody needs” for everyone? It is deleted for ever on the team server, and from every colleague’s library at their next sync. This cannot be undone.');
  expect(await cluster.sql('SELECT id FROM briefing_desk.briefings WHERE id = $1', [briefing.id])).toEqual([]);
  expect(await cluster.sql('SELECT deleted_by FROM briefing_desk.deleted WHERE briefing_id = $1', [briefing.id])).toEqual([{ deleted_by: 'aysel' }]);
});

test('an admin adds a person in Settings › Team library › People, moves them to another role and office, and removes them', async ({ page }, testInfo) => {
  const raufUrl = await cluster.addMember('rauf', 'bd_admin', 'baku');
  const team = await connectInSettings(page, raufUrl, 'rauf-password');
  await team.getByRole('button', { name: 'Sync now' }).click();
  await expect(team.getByText('Synced with the server.')).toBeVisible();

  const people = team.getByRole('region', { name: 'People' });
  const table = people.getByRole('table');
  await expect(table.getByRole('row', { name: /rauf \(you\)\s+Admin\s+baku/u })).toBeVisible();
  await expect(table.getByRole('row', { name: /leyla\s+Author\s+baku/u })).toBeVisible();
  // Nobody changes their own login: no buttons on it.
  await expect(table.getByRole('button', { name: 'Change rauf' })).toHaveCount(0);

  // Two different passwords: one sentence, nobody added.
  const add = people.getByRole('form', { name: 'Add a person' });
  await add.getByLabel('Login').fill('gunel');
  await add.getByRole('combobox', { name: 'Role' }).selectOption('reviewer');
  await add.getByLabel('Office').fill('ganja');
  await add.getByLabel('Password', { exact: true }).fill('Gunel drafts 2026');
  await add.getByLabel('Password again').fill('Gunel drafts 2025');
  await add.getByRole('button', { name: 'Add a person' }).click();
  await expect(people.getByRole('alert')).toHaveText('The two passwords differ; type the same password twice.');
  expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'gunel'")).toEqual([]);
  await add.getByLabel('Password again').fill('Gunel drafts 2026');
  await add.getByRole('button', { name: 'Add a person' }).click();
  await expect(people.getByRole('status')).toHaveText('gunel can now sign in.');
  await expect(table.getByRole('row', { name: /gunel\s+Reviewer\s+ganja/u })).toBeVisible();
  expect(await cluster.sql("SELECT office FROM briefing_desk.members WHERE login = 'gunel'")).toEqual([{ office: 'ganja' }]);
  await page.screenshot({ path: testInfo.outputPath('team-people.png') });

  // Moved to Baku as an author.
  await table.getByRole('button', { name: 'Change gunel' }).click();
  const edit = table.getByRole('form', { name: 'Change gunel' });
  await edit.getByRole('combobox', { name: 'Role' }).selectOption('author');
  await edit.getByRole('textbox', { name: 'Office' }).fill('baku');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(people.getByRole('status')).toHaveText('The role and office of gunel are saved.');
  await expect(table.getByRole('row', { name: /gunel\s+Author\s+baku/u })).toBeVisible();
  expect(await cluster.sql("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = 'gunel'")).toEqual([{ rolname: 'bd_author' }]);

  // Removed, after a question that says what stays.
  let asked = '';
  page.once('dialog', (confirm) => {
    asked = confirm.message();
    void confirm.accept();
  });
  await table.getByRole('button', { name: 'Remove gunel' }).click();
  await expect(people.getByRole('status')).toHaveText('gunel can no longer sign in.');
  expect(asked).toBe('Remove gunel from the team library? They can no longer sign in; what they wrote stays.');
  await expect(table.getByRole('row', { name: /gunel/u })).toHaveCount(0);
  expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'gunel'")).toEqual([]);
});
