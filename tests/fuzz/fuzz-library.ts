import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../electron/storage/library';
import type { Services } from '../../shared/ipc/contract';
import { sampleBriefing, sampleTemplateIds } from '../fixtures/export/sample-briefings';

export interface FuzzLibrary {
  library: Library;
  folder: string;
  /** Removes the library and its folder. */
  dispose(): void;
}

/**
 * A real library in a temporary folder with something in every table: the
 * demo, the sample meeting in every template, a briefing in the Trash, one
 * in review, history and a saved template.
 */
export function openFuzzLibrary(): FuzzLibrary {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-fuzz-'));
  const library = openLibrary(join(folder, 'library.sqlite'), { seedDemo: true, clock: () => new Date('2025-11-21T12:00:00.000Z') });
  const created = sampleTemplateIds.map((templateId) => {
    const { id: _id, revision: _revision, status: _status, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = sampleBriefing(templateId);
    return library.briefings.create(content);
  });
  const [readout, release, , , blank] = created;
  if (!readout || !release || !blank) throw new Error('the sample briefings were not created');
  library.revisions.record(readout.id, { reason: 'manual', label: 'Before the minister read it' });
  library.briefings.changeStatus({ id: release.id, baseRevision: release.revision, status: 'in-review' }, 'Leyla Məmmədova');
  library.briefings.moveToTrash(blank.id);
  library.templates.create({ ...library.templates.get(readout.templateId), id: 'user-bilateral', name: 'Bilateral readout', builtIn: false });
  return { library, folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * What the library file holds on disk, as two hashes: the main file and the
 * write-ahead log. In WAL mode a committed write lands in `-wal` first and
 * reaches the main file only at a checkpoint, so hashing the main file alone
 * would miss every write since the last checkpoint. Taken right after a
 * `wal_checkpoint(TRUNCATE)` the log is empty; any commit after that makes
 * it non-empty, and a checkpoint would then change the main file. (`-shm` is
 * an index of the log that readers update too, so it is not compared.)
 */
export interface DiskState {
  main: string;
  wal: string;
  walBytes: number;
}

function sha256(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';
}

export function diskState(library: Library): DiskState {
  const wal = `${library.file}-wal`;
  return { main: sha256(library.file), wal: sha256(wal), walBytes: existsSync(wal) ? readFileSync(wal).length : 0 };
}

/** Checkpoints the log into the main file and empties it, so `diskState` starts from a clean log. */
export function checkpoint(library: Library): void {
  library.database.pragma('wal_checkpoint(TRUNCATE)');
}

/** What a person sees of the library: every briefing (library and Trash) with its revision, and how many history entries there are. */
export function libraryContents(library: Library): { briefings: string[]; revisions: number } {
  const summaries = [...library.briefings.list({}), ...library.briefings.list({ trashed: true })];
  const briefings = summaries.map((summary) => `${summary.id}@${summary.revision}:${summary.title}`).sort();
  const revisions = summaries.reduce((total, summary) => total + library.revisions.list(summary.id).length, 0);
  return { briefings, revisions };
}

/**
 * The handler table with a counter in front of every method: the real
 * services run, and the test can tell whether a call reached them at all.
 */
export function countingServices(services: Services): { services: Services; reached: () => number } {
  let reached = 0;
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [name, service] of Object.entries(services) as [string, Record<string, unknown>][]) {
    wrapped[name] = Object.fromEntries(
      Object.entries(service).map(([method, implementation]) => [
        method,
        (...args: unknown[]) => {
          reached += 1;
          return (implementation as (...methodArgs: unknown[]) => unknown).apply(service, args);
        },
      ]),
    );
  }
  return { services: wrapped as unknown as Services, reached: () => reached };
}
