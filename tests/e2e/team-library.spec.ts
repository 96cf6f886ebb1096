import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test.beforeAll(async () => {
  cluster = await PgCluster.create();
  const admin = new pg.Client({ connectionString: cluster.superuserUrl });
  await admin.connect();
  await initServer(admin);
  await admin.end();
  leylaUrl = await cluster.addMember('leyla', 'bd_author', 'baku');
  muradUrl = await cluster.addMember('murad', 'bd_author', 'baku');
});

test.afterAll(() => cluster?.remove());

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
    murad.briefings.save({ id: mine.id, baseRevision: murad.briefings.get(mine.id).revision, title: 'Readout: talks with the ITU Secretary-General' });
    await syncOnce(replica, { url: muradUrl });
    murad.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  mainProcess.library.briefings.save({ id: mine.id, baseRevision: mainProcess.library.briefings.get(mine.id).revision, title: 'Readout: talks with Doreen Bogdan-Martin' });

  await page.reload();
  const status = page.locator('.team-status');
  await expect(status).toHaveText(/1 change waiting/u);
  await status.click();
  await team.getByRole('button', { name: 'Sync now' }).click();
  const conflict = team.locator('.team-conflict');
  await expect(conflict.getByRole('region', { name: 'My version' })).toContainText('Readout: talks with Doreen Bogdan-Martin');
  await expect(conflict.getByRole('region', { name: 'Server version (murad)' })).toContainText('Readout: talks with the ITU Secretary-General');
  await expect(conflict.locator('ins').first()).toBeVisible();
  await expect(conflict.locator('del').first()).toBeVisible();
  await expect(team.getByText(/1 conflict/u).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('team-conflict.png') });

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(conflict).toHaveCount(0);
  await team.getByRole('button', { name: 'Sync now' }).click();
  await expect(team.getByText('Synced with the server.')).toBeVisible();
  const [row] = await cluster.sql<{ title: string }>("SELECT content->>'title' AS title FROM briefing_desk.briefings WHERE id = $1", [mine.id]);
  expect(row?.title).toBe('Readout: talks with Doreen Bogdan-Martin');
});
