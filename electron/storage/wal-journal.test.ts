import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { inspectJournal, journalState } from './wal-journal';

interface Journal {
  wal: Buffer;
  shm: Buffer;
}

describe('journalState', () => {
  const folder = testLibraryFolder();

  /**
   * Real -wal and -shm bytes as a crashed process leaves them: taken while
   * the writing connection is still open (closing would checkpoint them
   * away). One snapshot after each of `transactions` committed transactions.
   */
  function journals(transactions: number, file = folder.path()): Journal[] {
    const database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('wal_autocheckpoint = 0');
    database.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    database.pragma('wal_checkpoint(TRUNCATE)');
    const snapshots: Journal[] = [];
    for (let index = 0; index < transactions; index += 1) {
      database.prepare('INSERT INTO notes (text) VALUES (?)').run(`Bakı görüşü ${index} ${'x'.repeat(5000)}`);
      snapshots.push({ wal: readFileSync(`${file}-wal`), shm: readFileSync(`${file}-shm`) });
    }
    database.close();
    return snapshots;
  }
  const flipped = (bytes: Buffer, offset: number) => {
    const copy = Buffer.from(bytes);
    copy[offset] = (copy[offset] ?? 0) ^ 0x10;
    return copy;
  };

  it('is clean with no journal, or with one SQLite will read back whole', () => {
    const [, last] = journals(2);
    if (!last) throw new Error('no journal');
    expect(journalState(undefined, undefined)).toBe('clean');
    expect(journalState(last.wal, last.shm)).toBe('clean');
    expect(journalState(last.wal, undefined)).toBe('clean');
    expect(journalState(Buffer.alloc(0), undefined)).toBe('clean');
  });

  it('is missing when the index lists committed saves but the log is gone, empty or another one', () => {
    const [, last] = journals(2);
    const [other] = journals(1, folder.path('other.sqlite'));
    if (!last || !other) throw new Error('no journal');
    expect(journalState(undefined, last.shm)).toBe('missing');
    expect(journalState(Buffer.alloc(0), last.shm)).toBe('missing');
    expect(journalState(other.wal, last.shm)).toBe('missing');
  });

  it('is damaged when SQLite would stop reading before a committed save', () => {
    const [first, last] = journals(3);
    if (!first || !last) throw new Error('no journal');
    // A bit flipped in the first transaction's page: the later commits are still there, unreadable to SQLite.
    expect(journalState(flipped(last.wal, first.wal.byteLength - 1000), last.shm)).toBe('damaged');
    expect(journalState(flipped(last.wal, first.wal.byteLength - 1000), undefined)).toBe('damaged');
    // The log's own header: SQLite ignores the whole log.
    expect(journalState(flipped(last.wal, 12), last.shm)).toBe('damaged');
    expect(journalState(flipped(last.wal, 12), undefined)).toBe('damaged');
    // Cut short inside the last transaction, which the index says was committed.
    expect(journalState(last.wal.subarray(0, last.wal.byteLength - 100), last.shm)).toBe('damaged');
  });

  it('is clean when only a save that never committed is unreadable', () => {
    const [first, last] = journals(2);
    if (!first || !last) throw new Error('no journal');
    // The second transaction cut short, with the index as it was before it committed: a save that never returned.
    expect(journalState(last.wal.subarray(0, last.wal.byteLength - 100), first.shm)).toBe('clean');
    expect(journalState(last.wal.subarray(0, last.wal.byteLength - 100), undefined)).toBe('clean');
  });

  it('ignores an index that is not one, or whose saves are all in the main file already', () => {
    const [last] = journals(1);
    if (!last) throw new Error('no journal');
    expect(journalState(undefined, randomBytes(32_768))).toBe('clean');
    expect(journalState(undefined, flipped(last.shm, 17))).toBe('clean');

    const file = folder.path('checkpointed.sqlite');
    const database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
    database.pragma('wal_checkpoint(PASSIVE)');
    const shm = readFileSync(`${file}-shm`);
    database.close();
    expect(journalState(undefined, shm)).toBe('clean');
  });

  it('reads the files beside a library', () => {
    const [last] = journals(1);
    if (!last) throw new Error('no journal');
    const file = folder.path('library.sqlite');
    expect(inspectJournal(file)).toBe('clean');
    writeFileSync(`${file}-shm`, last.shm);
    expect(inspectJournal(file)).toBe('missing');
  });
});
