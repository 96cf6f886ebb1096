// The process the corruption fuzz run sends its damaged libraries to, one
// path per line on stdin. For each it does what the app does on start
// (`startLibrary`), then what the window does through the IPC invoker: the
// status, and either every read of an open library, the full check the app
// runs in the background, and a first write, or the recovery path (also when
// the background check found the damage). One JSON line per library on stdout (a `FuzzReport`). Run
// in a child so that a native crash or a hang is counted, not fatal.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { createServices } from '../../electron/services/create-services';
import { createIpcInvoker } from '../../electron/ipc/ipc-invoker';
import { startLibrary } from '../../electron/storage/library';
import { integrityFindings as backgroundCheck } from '../../electron/storage/library-database';
import { briefingIdSchema, type BriefingSummary } from '../../shared/document/briefing';
import { channelName } from '../../shared/ipc/contract';
import { ServiceError, type IpcResult } from '../../shared/ipc/ipc-result';
import type { LibraryStatus } from '../../shared/ipc/library-service';
import { createTestServiceHost } from '../support/test-service-host';
import type { FuzzReport } from './fuzz-report';

function integrityFindings(file: string): string[] {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (database.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).filter((line) => line !== 'ok');
  } finally {
    database.close();
  }
}

async function examine(file: string): Promise<FuzzReport> {
  let library;
  try {
    library = startLibrary(file, { seedDemo: true, clock: () => new Date('2026-11-29T08:00:00Z') });
  } catch (error) {
    if (error instanceof ServiceError) return { outcome: 'refused', message: error.message };
    return { outcome: 'untyped', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  const untyped: string[] = [];
  const invoke = createIpcInvoker(createServices(library, createTestServiceHost(null)), {
    log: (error) => untyped.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  });
  const call = async <T>(service: string, method: string, ...args: unknown[]): Promise<IpcResult<T>> => {
    const result = (await invoke(channelName(service, method), args)) as IpcResult<T>;
    // A call this file got wrong would make every library look fine: stop the run instead.
    if (!result.ok && (result.error.code === 'invalid-argument' || result.error.code === 'unknown-method')) throw new Error(`${service}.${method}: ${result.error.message}`);
    return result;
  };
  const value = async <T>(service: string, method: string, ...args: unknown[]): Promise<T | undefined> => {
    const result = await call<T>(service, method, ...args);
    return result.ok ? result.value : undefined;
  };

  let status: LibraryStatus | undefined;
  const briefings: Record<string, string> = {};
  let unreadable = 0;
  let wrote: boolean;
  try {
    status = await value<LibraryStatus>('library', 'status');
    // Everything the window reads while the full check runs in the background (the app starts without it).
    if (status?.state === 'open') {
      for (const summary of (await value<BriefingSummary[]>('briefings', 'list', {})) ?? []) {
        // A flipped bit in a stored id: the window's call is refused with one sentence, as for any damaged briefing.
        if (!briefingIdSchema.safeParse(summary.id).success) {
          unreadable += 1;
          continue;
        }
        const briefing = await call('briefings', 'get', summary.id);
        if (briefing.ok) briefings[summary.id] = createHash('sha256').update(JSON.stringify(briefing.value)).digest('hex');
        else unreadable += 1;
        await call('history', 'list', summary.id);
      }
      for (const text of ['baki', 'ITU', 'встреча', 'əməkdaşlıq']) await call('briefings', 'search', { text });
      await call('briefings', 'search', { trashed: true });
      await call('settings', 'get');
      await call('templates', 'list');
      // The app's background check, here in this thread (the worker runs the same function); damage it finds leads to recovery.
      await library.verifyInBackground(async (checked) => backgroundCheck(checked));
      status = await value<LibraryStatus>('library', 'status');
    }
    if (status?.state === 'recovery') {
      // The recovery path the window offers: an empty library must open in place of the damaged one.
      const recovered = await value<LibraryStatus>('library', 'recover', 'start-empty');
      const count = (await value<BriefingSummary[]>('briefings', 'list', {}))?.length;
      return { outcome: 'recovery', movedAsideTo: status.movedAsideTo, recoveryWorks: recovered?.state === 'open' && count === 0, untyped };
    }
    // Found sound: a first save. A failure must be a typed error; the digests above let the parent see changed text.
    wrote = (await call('briefings', 'create', { templateId: 'blank', title: 'Written after the damage' })).ok;
  } finally {
    library.close();
  }
  const notice = status?.state === 'open' ? status.notice : undefined;
  return { outcome: notice ? 'notice' : 'open', notice, briefings, unreadable, wrote, integrity: integrityFindings(file), untyped };
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const { file } = JSON.parse(line) as { file: string };
  process.stdout.write(`${JSON.stringify(await examine(file))}\n`);
}
