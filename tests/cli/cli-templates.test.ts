import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { createTestServiceHost } from '../support/test-service-host';
import { openLibrary } from '../../electron/storage/library';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-templates-'));
  library = join(folder, 'library.sqlite');
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });
const listed = async () => (JSON.parse((await cli('templates', '--json')).stdout) as { id: string; name: string }[]).map(({ name }) => name);

// What the Templates dialog does, from a script: rename, delete, and bring back a deleted template.
describe('briefing-desk templates', { timeout: 120_000 }, () => {
  it('renames, deletes and restores a saved template; refuses a built-in one and a bad combination in one sentence', async () => {
    const opened = openLibrary(library);
    const services = createServices(opened, createTestServiceHost());
    const briefing = await services.briefings.create({ templateId: 'meeting-readout', title: 'Doorstep' });
    const saved = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Doorstep', keepContent: false });
    opened.close();

    const renamed = await cli('templates', '--rename', saved.id, '--name', 'Minister’s doorstep');
    expect(renamed).toMatchObject({ code: 0, stdout: 'Renamed the template to “Minister’s doorstep”.\n' });

    const deleted = await cli('templates', '--delete', saved.id);
    expect(deleted).toMatchObject({ code: 0, stdout: `Deleted the template “Minister’s doorstep” (templates --restore ${saved.id} brings it back).\n` });
    expect(await listed()).not.toContain('Minister’s doorstep');

    const restored = await cli('templates', '--restore', saved.id);
    expect(restored).toMatchObject({ code: 0, stdout: 'Restored the template “Minister’s doorstep”.\n' });
    expect(await listed()).toContain('Minister’s doorstep');

    const again = await cli('templates', '--restore', saved.id);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`No deleted template with id “${saved.id}”.`);
    const builtIn = await cli('templates', '--delete', 'meeting-readout');
    expect(builtIn.code).not.toBe(0);
    expect(builtIn.stderr).toContain('Built-in templates cannot be deleted.');
    const both = await cli('templates', '--delete', saved.id, '--restore', saved.id);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('templates: choose one of --rename, --delete and --restore.');
    const noName = await cli('templates', '--rename', saved.id);
    expect(noName.stderr).toContain('templates: --rename needs --name NAME.');
  });
});
