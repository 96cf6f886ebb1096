import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import { channelName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary } from '../storage/library';
import { createServices } from './create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';

// History, search, Trash, backups and files through the real invoker: what the window and a command line call.
describe('library services through the IPC invoker', () => {
  const folder = testLibraryFolder();

  async function setup() {
    const library = openLibrary(folder.path());
    const invoke = createIpcInvoker(createServices(library, createTestServiceHost()), { log: () => undefined });
    const call = async <T>(service: string, method: string, ...args: unknown[]): Promise<T> => {
      const result = (await invoke(channelName(service, method), args)) as IpcResult<T>;
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value;
    };
    const briefing = await call<Briefing>('briefings', 'create', { templateId: 'meeting-readout', title: 'Görüş in Bakı' });
    return { library, invoke, call, briefing };
  }

  it('searches, saves a named version, duplicates, exports and imports', async () => {
    const { library, call, briefing } = await setup();
    expect(await call('briefings', 'search', { text: 'baki' })).toMatchObject({ total: 1, hits: [{ id: briefing.id }] });
    expect(await call('history', 'saveVersion', { briefingId: briefing.id, label: 'First draft' })).toMatchObject({ reason: 'manual', label: 'First draft' });
    expect(await call('history', 'list', briefing.id)).toHaveLength(1);
    expect(await call('briefings', 'duplicate', briefing.id)).toMatchObject({ title: 'Copy of Görüş in Bakı' });
    const file = await call<{ contents: string }>('briefings', 'exportFile', briefing.id);
    expect(await call('briefings', 'importFile', file.contents)).toMatchObject({ title: 'Görüş in Bakı' });
    expect(await call('briefings', 'search', { text: 'gorus' })).toMatchObject({ total: 3 });
    expect(await call('library', 'check')).toEqual({ ok: true, findings: [] });
    expect(await call('library', 'status')).toEqual({ state: 'open', file: folder.path() });
    library.close();
  });

  it('refuses bad arguments with a clear error and no change', async () => {
    const { library, invoke, briefing } = await setup();
    expect(await invoke(channelName('briefings', 'search'), [{ sort: 'random' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await invoke(channelName('history', 'saveVersion'), [{ briefingId: briefing.id, label: '   ' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await invoke(channelName('library', 'restoreBackup'), ['../library.sqlite'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await invoke(channelName('briefings', 'importFile'), ['{"format":"x"}'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: 'This file is not a Briefing Desk briefing (.briefing.json).' },
    });
    expect(await invoke(channelName('library', 'recover'), ['start-empty'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(library.briefings.count()).toBe(1);
    library.close();
  });
});
