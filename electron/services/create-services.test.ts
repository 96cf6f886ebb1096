import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import { channelName, contractMethods } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary } from '../storage/library';
import { createServices } from './create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';

// The handler table behind the real invoker and a real SQLite file: what the app and the e2e harness run.
describe('createServices through the IPC invoker', () => {
  const folder = testLibraryFolder();

  function setup() {
    const library = openLibrary(folder.path());
    const logged: unknown[] = [];
    const host = createTestServiceHost();
    const invoke = createIpcInvoker(createServices(library, host), { log: (error) => logged.push(error) });
    return { library, invoke, logged, host };
  }

  async function create(invoke: ReturnType<typeof setup>['invoke'], templateId = 'meeting-readout'): Promise<Briefing> {
    const result = (await invoke(channelName('briefings', 'create'), [{ templateId }])) as IpcResult<Briefing>;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('creates a briefing from a template and lists it', async () => {
    const { library, invoke } = setup();
    const briefing = await create(invoke);
    expect(briefing).toMatchObject({ templateId: 'meeting-readout', title: 'Meeting readout', revision: 1, status: 'draft' });
    expect(briefing.body.map((section) => section.sectionId)).toEqual(['lede', 'occasion', 'topics-discussed', 'key-messages', 'agreed-points', 'follow-up']);
    expect(await invoke(channelName('briefings', 'list'), [{}])).toMatchObject({ ok: true, value: [{ id: briefing.id, templateName: 'Meeting readout' }] });
    library.close();
  });

  it('implements every method of the contract', async () => {
    const { library, invoke, logged } = setup();
    for (const { channel } of contractMethods()) {
      const result = await invoke(channel, []);
      expect(result.ok || result.error.code !== 'internal', channel).toBe(true);
    }
    expect(logged).toEqual([]);
    library.close();
  });

  it('rejects a malformed body and leaves the library file byte for byte unchanged', async () => {
    const { library, invoke } = setup();
    const briefing = await create(invoke);
    library.database.pragma('wal_checkpoint(TRUNCATE)');
    const before = readFileSync(folder.path());
    const result = await invoke(channelName('briefings', 'save'), [
      { id: briefing.id, baseRevision: 1, body: [{ type: 'section', children: [{ type: 'script', children: [] }] }] },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    library.database.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(folder.path()).equals(before)).toBe(true);
    library.close();
  });

  it('answers not-found, conflict and unknown fields with their codes and plain messages', async () => {
    const { library, invoke } = setup();
    const briefing = await create(invoke);
    expect(await invoke(channelName('briefings', 'get'), [crypto.randomUUID()])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await invoke(channelName('briefings', 'save'), [{ id: briefing.id, baseRevision: 1, title: 'A' }]);
    expect(await invoke(channelName('briefings', 'save'), [{ id: briefing.id, baseRevision: 1, title: 'B' }])).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This briefing was changed in another window since you opened it.' },
    });
    expect(await invoke(channelName('briefings', 'create'), [{ templateId: 'no-such-template' }])).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'No template with id “no-such-template”.' },
    });
    expect(await invoke(channelName('briefings', 'save'), [{ id: briefing.id, baseRevision: 2, fields: { notAField: 'x' } }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: 'The template of this briefing has no field “notAField”.' },
    });
    expect(library.briefings.get(briefing.id)).toMatchObject({ title: 'A', revision: 2 });
    library.close();
  });

  it('turns a failure of the database itself into a generic internal error and logs the original', async () => {
    const { library, invoke, logged } = setup();
    library.close();
    const result = await invoke(channelName('briefings', 'list'), [{}]);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toMatch(/database connection is not open/);
  });

  it('hands an allowed link to the desktop to confirm and open, and refuses any other address before it gets there', async () => {
    const { library, invoke, host } = setup();
    expect(await invoke(channelName('shell', 'openLink'), ['https://www.itu.int/'])).toEqual({ ok: true, value: true });
    expect(await invoke(channelName('shell', 'openLink'), ['mailto:press@example.az'])).toEqual({ ok: true, value: true });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 'https://']) {
      expect(await invoke(channelName('shell', 'openLink'), [url])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(host.openedLinks).toEqual(['https://www.itu.int/', 'mailto:press@example.az']);
    await invoke(channelName('shell', 'setSpellcheckLanguage'), ['az']);
    expect(host.spellcheckLanguages).toEqual(['az']);
    library.close();
  });
});
