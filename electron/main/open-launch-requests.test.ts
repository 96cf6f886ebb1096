import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../shared/i18n/english';
import { createTranslator } from '../../shared/i18n/translator';
import { sayLocalised, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { createServices } from '../services/create-services';
import { openLibrary } from '../storage/library';
import { launchRequests } from './launch-requests';
import { openLaunchRequests } from './open-launch-requests';

// The real services over a real library: what the app does when the system opens `.briefing.json` files with it.
describe('openLaunchRequests', () => {
  const folder = testLibraryFolder();

  async function setup() {
    const library = openLibrary(folder.path(), { seedDemo: true });
    const host = createTestServiceHost();
    const services = createServices(library, host);
    const [demo] = await services.briefings.list({});
    if (!demo) throw new Error('no demo briefing');
    const file = (name: string, contents: string | Buffer) => {
      const path = folder.path(name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
      return path;
    };
    const shown: string[] = [];
    const errors: string[] = [];
    /** The same sentences as an Azerbaijani interface shows them. */
    const azerbaijani: string[] = [];
    const recentDocuments: string[] = [];
    const target = {
      services,
      showBriefing: (id: string) => shown.push(id),
      showError: (message: LocalisedMessage | string) => {
        errors.push(typeof message === 'string' ? message : sayLocalised(english, message));
        azerbaijani.push(typeof message === 'string' ? message : sayLocalised(createTranslator('az'), message));
      },
      addRecentDocument: (path: string) => recentDocuments.push(path),
    };
    return { library, host, services, demo, file, shown, errors, azerbaijani, recentDocuments, target };
  }

  it('imports a .briefing.json file the app was started with and shows it, telling every window', async () => {
    const { library, host, services, demo, file, shown, errors, recentDocuments, target } = await setup();
    const path = file('Downloads/Readout ITU.briefing.json', (await services.briefings.exportFile(demo.id)).contents);

    const id = await openLaunchRequests(launchRequests(['briefing-desk', 'Readout ITU.briefing.json'], folder.path('Downloads')), target);

    expect(errors).toEqual([]);
    expect(shown).toEqual([id]);
    expect(id).not.toBe(demo.id);
    const imported = await services.briefings.get(id ?? '');
    expect(imported.title).toBe(demo.title);
    expect(imported.body).toEqual((await services.briefings.get(demo.id)).body);
    expect(recentDocuments).toEqual([path]);
    expect(host.briefingChanges).toContainEqual({ briefingId: id, revision: imported.revision });
    library.close();
  });

  it('names each file that cannot be opened in one sentence, imports nothing of it, and goes on with the rest', async () => {
    const { library, services, demo, file, shown, errors, azerbaijani, target } = await setup();
    const good = file('good.briefing.json', (await services.briefings.exportFile(demo.id)).contents);
    const requests = [
      { kind: 'import-briefing-file', path: folder.path('gone.briefing.json') },
      { kind: 'import-briefing-file', path: file('damaged.briefing.json', '{"format": "briefing-desk/briefing", "version": 1, "briefing": {') },
      { kind: 'import-briefing-file', path: file('empty.briefing.json', '') },
      { kind: 'import-briefing-file', path: good },
      { kind: 'open-briefing', briefingId: '0b9d7c6e-1a2b-4c3d-8e9f-0a1b2c3d4e5f' },
    ] as const;

    await openLaunchRequests(requests, target);

    expect(errors).toHaveLength(4);
    expect(errors[0]).toBe('“gone.briefing.json” could not be opened: it no longer exists.');
    expect(errors[1]).toMatch(/^“damaged\.briefing\.json” could not be imported\. \S/);
    expect(errors[2]).toBe('“empty.briefing.json” is empty.');
    expect(errors[3]).toBe('That briefing is no longer in the library; it may have been deleted.');
    for (const message of errors) expect(message).not.toMatch(/undefined|Error:|\n\s+at /);
    // Each sentence is a catalog message, so the dialog says it in the interface language.
    expect(azerbaijani).toHaveLength(4);
    for (const [index, message] of azerbaijani.entries()) expect(message, errors[index]).not.toBe(errors[index]);
    expect(azerbaijani[3]).toBe('Bu brifinq artıq kitabxanada yoxdur; ola bilsin, silinib.');
    // Only the good file was added, and it is the one shown.
    const list = await services.briefings.list({});
    expect(list).toHaveLength(2);
    expect(shown).toEqual([list.find((briefing) => briefing.id !== demo.id)?.id]);
    library.close();
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO handed over at launch at once, instead of waiting for a writer for ever, and goes on', async () => {
    const { library, services, demo, file, shown, errors, target } = await setup();
    const fifo = folder.path('pipe.briefing.json');
    execFileSync('mkfifo', [fifo]);
    const good = file('good.briefing.json', (await services.briefings.exportFile(demo.id)).contents);
    // Before the check, reading the FIFO never returned: this call would not resolve and the window never appeared.
    await openLaunchRequests(
      [
        { kind: 'import-briefing-file', path: fifo },
        { kind: 'import-briefing-file', path: good },
      ],
      target,
    );
    expect(errors).toEqual(['“pipe.briefing.json” could not be opened: it is not a regular file (a device, a pipe or a socket).']);
    expect(shown).toHaveLength(1);
    library.close();
  });

  it('shows a recent briefing the jump list names', async () => {
    const { library, demo, shown, errors, target } = await setup();
    await openLaunchRequests(launchRequests([`--open-briefing=${demo.id}`], '/'), target);
    expect(shown).toEqual([demo.id]);
    expect(errors).toEqual([]);
    library.close();
  });
});
