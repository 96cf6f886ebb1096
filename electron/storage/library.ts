import type { Database } from 'better-sqlite3';
import { constants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { demoBriefingContent } from '../../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { AppSettingsStore } from './app-settings-store';
import type { IntegrityReport, LibraryStatus, RecoveryAction } from '../../shared/ipc/library-service';
import { sayLocalised, ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { english } from '../../shared/i18n/english';
import { BriefingStore } from './briefing-store';
import { seedDemoDirectory } from './demo-directory-seed';
import { LibraryBackups } from './library-backups';
import { copyAside, moveAside } from './library-aside';
import { closeKeepingJournal, DamagedLibraryError, defaultAutoCheckpointPages, holdsCheckpoints, integrityFindings, openLibraryDatabase, type StartCheck } from './library-database';
import { inspectJournal } from './wal-journal';
import { LibrarySearch } from './library-search';
import type { RevisionStore } from './revision-store';
import { RecentBriefingsStore } from './recent-briefings-store';
import { SettingsStore } from './settings-store';
import { TemplateStore } from './template-store';
import { toStorageError, withStorageErrors } from './storage-error';
import { checkBackupFile } from './backup-file-check';
import { partialPathBeside } from '../files/temporary-file';

export interface Library {
  readonly file: string;
  readonly database: Database;
  readonly briefings: BriefingStore;
  /** History: `library.revisions.record(briefingId, { reason, label? })` and the rest of {@link RevisionStore}. */
  readonly revisions: RevisionStore;
  readonly search: LibrarySearch;
  readonly settings: SettingsStore;
  /** The press office's settings (organisation, author, page defaults), over `settings`. */
  readonly appSettings: AppSettingsStore;
  /** The briefings opened lately, for File › Open Recent. */
  readonly recentBriefings: RecentBriefingsStore;
  readonly templates: TemplateStore;
  readonly backups: LibraryBackups;
  /** Open, or in recovery after the file was found damaged and moved aside. */
  status(): LibraryStatus;
  /** From the recovery state: restore the newest automatic backup, or start an empty library. */
  recover(action: RecoveryAction): Promise<LibraryStatus>;
  /** Replaces the library with a backup; the current file is moved aside first, never deleted. */
  restoreBackup(name: string): Promise<LibraryStatus>;
  /** The same with a backup file from anywhere (the command line's `restore FILE`). */
  restoreFromFile(path: string): Promise<LibraryStatus>;
  /** `PRAGMA quick_check` (or the slower, fuller `integrity_check` with `full`). */
  check(options?: { full?: boolean }): IntegrityReport;
  /**
   * The full check a start skipped (see `startLibrary`), run by `fullCheck`
   * off the main thread while the library is in use. Damage found leads to
   * the recovery state, as damage found on start does: the files, as they
   * are at that moment, are kept aside byte for byte and the library is
   * closed. `skipped` when the library was not open or was replaced meanwhile.
   * After an unclean shutdown the connection checkpoints again only once this
   * check has found the file sound; a check that fails to run leaves them held
   * (the -wal grows, closing keeps it, the next start checks again).
   */
  verifyInBackground(fullCheck: FullCheck): Promise<BackgroundCheckOutcome>;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Source of the timestamps; tests pass a fixed clock. */
  clock?: () => Date;
  /** Create the demo briefing if this library has never had it and is empty (the app's first start). */
  seedDemo?: boolean;
  /** See `OpenLibraryDatabaseOptions.nativeBinding`. */
  nativeBinding?: string;
}

const demoSeededKey = 'demoSeeded';

/** SQLite's `integrity_check` findings for the library file, on a connection of its own (a worker thread in the app). */
export type FullCheck = (file: string) => Promise<string[]>;
export type BackgroundCheckOutcome = 'sound' | 'damaged' | 'skipped';

/** What the window says about a library file moved aside as damaged, found on start or by the background check. */
const damagedProblem = (movedAsideTo: string) => english('recovery.movedAside', { path: movedAsideTo });

interface OpenStores {
  database: Database;
  briefings: BriefingStore;
  search: LibrarySearch;
  settings: SettingsStore;
  templates: TemplateStore;
}

function seedDemoOnce(database: Database, briefings: BriefingStore, settings: SettingsStore, seed: boolean): void {
  const write = database.transaction(() => {
    if (settings.get(demoSeededKey, z.boolean()) === true) return;
    const template = findBuiltInTemplate('meeting-readout');
    if (seed && template && briefings.count() === 0) {
      briefings.create(demoBriefingContent(template));
      seedDemoDirectory(database);
    }
    // Recorded even when the library already had briefings: the demo is for a first start only.
    settings.set(demoSeededKey, true);
  });
  // IMMEDIATE: two processes starting together must not both see "not seeded" and add two demos.
  withStorageErrors({ id: 'storage.demoCreate' }, () => write.immediate());
}

function openStores(file: string, options: OpenLibraryOptions, seedDemo: boolean | 'never', startCheck: StartCheck = 'full', holdCheckpoints = false): OpenStores {
  const database = openLibraryDatabase(file, { nativeBinding: options.nativeBinding, startCheck, holdCheckpoints });
  try {
    const templates = new TemplateStore(database, options.clock);
    const briefings = new BriefingStore(database, options.clock, (id) => templates.find(id));
    const settings = new SettingsStore(database);
    const search = new LibrarySearch(database, (id) => templates.find(id));
    if (seedDemo === 'never') seedDemoOnce(database, briefings, settings, false);
    else if (seedDemo) seedDemoOnce(database, briefings, settings, true);
    briefings.emptyExpiredTrash();
    return { database, briefings, search, settings, templates };
  } catch (error) {
    // Refused on the way in (damage met in the Trash, say): a file not checked yet is closed as it was found.
    if (holdsCheckpoints(database)) closeKeepingJournal(database, file, options.nativeBinding);
    else database.close();
    throw error;
  }
}

class LibraryHandle implements Library {
  private stores: OpenStores | undefined;
  private recovery: { problem: string; movedAsideTo: string } | undefined;
  /** Said once the library is open; see `LibraryStatus`. */
  notice: LocalisedMessage | undefined;
  /** The start ran SQLite's full `integrity_check` already: nothing is left for `verifyInBackground`. */
  fullyChecked = true;
  /**
   * Opened after an unclean shutdown without a check: the connection does not
   * checkpoint (see `OpenLibraryDatabaseOptions.holdCheckpoints`), so the
   * main file stays byte for byte as found, every save since in the -wal,
   * until `verifyInBackground` finds it sound. Closing meanwhile keeps the -wal.
   */
  private checkpointsHeld = false;
  readonly backups: LibraryBackups;
  private readonly clock: () => Date;

  constructor(
    readonly file: string,
    private readonly options: OpenLibraryOptions,
    opened: OpenStores | undefined,
    recovery?: { problem: string; movedAsideTo: string },
  ) {
    this.stores = opened;
    this.checkpointsHeld = opened ? holdsCheckpoints(opened.database) : false;
    this.recovery = recovery;
    this.clock = options.clock ?? (() => new Date());
    this.backups = new LibraryBackups(file, () => this.open().database, this.clock);
  }

  private open(): OpenStores {
    if (this.stores) return this.stores;
    throw new ServiceError('storage', this.recovery ? { id: 'library.notOpen', values: { problem: { id: 'recovery.movedAside', values: { path: this.recovery.movedAsideTo } } } } : { id: 'library.closed' });
  }

  get database(): Database {
    return this.open().database;
  }
  get briefings(): BriefingStore {
    return this.open().briefings;
  }
  get revisions(): RevisionStore {
    return this.open().briefings.revisions;
  }
  get search(): LibrarySearch {
    return this.open().search;
  }
  get settings(): SettingsStore {
    return this.open().settings;
  }
  get appSettings(): AppSettingsStore {
    return new AppSettingsStore(this.open().settings);
  }
  get recentBriefings(): RecentBriefingsStore {
    const { database, settings } = this.open();
    return new RecentBriefingsStore(database, settings);
  }
  get templates(): TemplateStore {
    return this.open().templates;
  }

  status(): LibraryStatus {
    if (this.stores || !this.recovery) return { state: 'open', file: this.file, ...(this.notice ? { notice: sayLocalised(english, this.notice), localisedNotice: this.notice } : {}) };
    return { state: 'recovery', file: this.file, ...this.recovery, latestBackup: this.backups.latestAutomatic() ?? null };
  }

  async recover(action: RecoveryAction): Promise<LibraryStatus> {
    if (!this.recovery) throw new ServiceError('invalid-argument', { id: 'library.nothingToRecover' });
    switch (action) {
      case 'restore-latest-backup': {
        const latest = this.backups.latestAutomatic();
        if (!latest) throw new ServiceError('not-found', { id: 'library.noAutomaticBackup' });
        this.replaceWith(this.backups.path(latest.name));
        break;
      }
      case 'start-empty':
        this.useStores(openStores(this.file, this.options, 'never'));
        break;
    }
    this.recovery = undefined;
    return this.status();
  }

  async restoreBackup(name: string): Promise<LibraryStatus> {
    return this.restoreFromFile(this.backups.path(name));
  }

  async restoreFromFile(source: string): Promise<LibraryStatus> {
    if (!existsSync(source)) throw new ServiceError('not-found', { id: 'library.noFile', values: { file: source } });
    // Checked before anything moves: only a sound library of a known schema replaces this one.
    const check = checkBackupFile(source);
    if (!check.ok) throw new ServiceError('invalid-argument', { id: 'library.unusableBackup', values: { file: source, reason: check.reason } });
    // A consistent file to move aside: closing checkpoints the WAL into it (or, before the check has passed, keeps it beside it).
    this.closeDatabase();
    this.stores = undefined;
    const aside = existsSync(this.file) ? moveAside(this.file, 'replaced', this.clock()) : undefined;
    try {
      this.replaceWith(source);
    } catch (error) {
      // The backup would not open: put the library back as it was.
      if (aside) {
        // What the backup's failed open left beside it belongs to that copy, not to the library put back.
        for (const suffix of ['', '-wal', '-shm']) rmSync(this.file + suffix, { force: true });
        for (const suffix of ['-wal', '-shm']) if (existsSync(aside + suffix)) renameSync(aside + suffix, this.file + suffix);
        renameSync(aside, this.file);
        this.useStores(openStores(this.file, this.options, false));
      }
      throw error;
    }
    this.recovery = undefined;
    return this.status();
  }

  /** Copies a backup into place (under a temporary name first) and opens it. */
  private replaceWith(backupFile: string): void {
    // A random name, and the copy refuses to write over anything already there (a planted link included).
    const partial = partialPathBeside(this.file);
    try {
      copyFileSync(backupFile, partial, constants.COPYFILE_EXCL);
      renameSync(partial, this.file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw toStorageError(error, { id: 'storage.backupRestore' });
    }
    this.useStores(openStores(this.file, this.options, false));
  }

  /** A file opened after its full check (a backup, an empty library): nothing held, nothing left for the background. */
  private useStores(stores: OpenStores): void {
    this.stores = stores;
    this.checkpointsHeld = false;
  }

  /** Closes the connection; before the background check has passed, without checkpointing into the main file. */
  private closeDatabase(): void {
    const database = this.stores?.database;
    if (!database?.open) return;
    if (this.checkpointsHeld) closeKeepingJournal(database, this.file, this.options.nativeBinding);
    else database.close();
  }

  check(options: { full?: boolean } = {}): IntegrityReport {
    const pragma = options.full ? 'integrity_check' : 'quick_check';
    const rows = withStorageErrors({ id: 'storage.libraryCheck' }, () => this.database.pragma(pragma) as Record<string, string>[]);
    const findings = rows.map((row) => Object.values(row)[0] ?? '').filter((line) => line !== 'ok');
    return { ok: findings.length === 0, findings };
  }

  async verifyInBackground(fullCheck: FullCheck): Promise<BackgroundCheckOutcome> {
    const checked = this.stores;
    if (!checked) return 'skipped';
    if (this.fullyChecked) return 'sound';
    const findings = await fullCheck(this.file);
    // Restored from a backup or recovered meanwhile: that file was checked when it was opened.
    if (this.stores !== checked) return 'skipped';
    this.fullyChecked = true;
    if (findings.length === 0) {
      if (this.checkpointsHeld) {
        // Found sound: the saves held in the -wal may go into the main file now, at the next commit past the threshold.
        checked.database.pragma(`wal_autocheckpoint = ${defaultAutoCheckpointPages}`);
        this.checkpointsHeld = false;
      }
      return 'sound';
    }
    const now = this.clock();
    let movedAsideTo: string;
    try {
      // Copied before the connection closes: closing checkpoints the -wal into the file, which would change what is kept.
      movedAsideTo = copyAside(this.file, now);
      this.closeDatabase();
      for (const suffix of ['-wal', '-shm', '']) rmSync(this.file + suffix, { force: true });
    } catch {
      // No room for a copy: the files themselves go aside (the -wal checkpointed into the main file unless it was held), still never deleted.
      this.closeDatabase();
      const companions = ['-wal', '-shm'].filter((suffix) => !existsSync(this.file + suffix));
      movedAsideTo = moveAside(this.file, 'damaged', now);
      // What a copy that ran out of room left beside it belongs to no file now.
      for (const suffix of companions) rmSync(movedAsideTo + suffix, { force: true });
    }
    this.stores = undefined;
    this.notice = undefined;
    this.recovery = { problem: damagedProblem(movedAsideTo), movedAsideTo };
    return 'damaged';
  }

  /** Closes the file. The stores stay in place, so a late call fails as a bug would (a closed connection), not as a storage problem. */
  close(): void {
    this.closeDatabase();
  }
}

/**
 * Opens the library file with its stores (see `openLibraryDatabase` for what
 * is refused and why). The command line and the tests come through here; it
 * throws when the file cannot be opened. With `seedDemo`, a library that has
 * never been seeded and has no briefings gets the demo briefing, once: a demo
 * moved to the Trash does not come back. Briefings more than 30 days in the
 * Trash are deleted on open.
 */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  return new LibraryHandle(file, options, openStores(file, options, options.seedDemo ?? false));
}

/**
 * An empty library file (0 bytes, nothing in its -wal) beside backups of it:
 * a library cut short by a failing disk or a sync tool, not a first start.
 * SQLite would take it for a new database and the app would start afresh
 * without a word; moved aside instead, it leads to "restore the backup".
 */
function emptiedLibrary(file: string): boolean {
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  if (!existsSync(file) || size(file) > 0 || size(`${file}-wal`) > 0) return false;
  return new LibraryBackups(file, () => {
    throw new Error('only the list of backups is read here');
  }).list().length > 0;
}

/** Whether SQLite's full check finds the file damaged; a file it cannot even read (a read-only folder, a lock) is left to the first error. */
function foundDamaged(file: string, nativeBinding: string | undefined): boolean {
  try {
    return integrityFindings(file, { nativeBinding }).length > 0;
  } catch {
    return false;
  }
}

/**
 * How the app opens its library: like {@link openLibrary}, except that a file
 * that is damaged or not a library is moved aside (never deleted) and the
 * library starts in the recovery state, so the window can say what happened
 * and offer the latest automatic backup or an empty library. A library from
 * a newer version, a read-only or full disk, or a lock still throw: moving a
 * sound file aside would only hide the person's work from them.
 *
 * No start reads every page: a cleanly closed file is read for its header,
 * schema and version only, and `verifyInBackground` runs SQLite's full check
 * while the library is in use. After an unclean shutdown (the -wal or -shm
 * left beside the file) the same holds, and until that check has passed the
 * connection does not checkpoint: the main file, which may be damaged, is
 * not written; every save goes durably into the -wal; closing keeps the
 * -wal, so the next start is unclean and checks again; damage found moves
 * the file aside with that -wal, saves made meanwhile included.
 *
 * After a crash, the last saves may live only in the -wal file. When it is
 * missing or damaged (see `inspectJournal`), SQLite opens the older state
 * without a word; here the files as found are first copied aside to
 * `library.damaged-<time>.sqlite` (with its -wal), the library opens as
 * SQLite can read it, and its status carries a notice saying so.
 */
export function startLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const now = (options.clock ?? (() => new Date()))();
  // Closing the last connection cleanly checkpoints the -wal into the file and deletes the -wal and -shm; either left
  // behind means the app (or the command line) stopped without closing, or is still running elsewhere.
  const unclean = existsSync(`${file}-wal`) || existsSync(`${file}-shm`);
  // Before SQLite opens the file: opening rewrites the -shm and the first write overwrites an unreadable -wal tail.
  const journal = existsSync(file) ? inspectJournal(file) : 'clean';
  const keptAt = journal === 'clean' ? undefined : copyAside(file, now);
  try {
    if (emptiedLibrary(file)) throw new DamagedLibraryError('storage', { id: 'library.emptyWithBackups', values: { file } });
    let stores: OpenStores;
    try {
      // No check of the pages on the way in, clean or not: after an unclean shutdown the connection holds its
      // checkpoints instead, so the main file stays as found until the check in the background has passed.
      stores = openStores(file, options, options.seedDemo ?? false, 'none', unclean);
    } catch (error) {
      // Without the full check first, damage can surface as a failed read on the way in (the Trash, the demo):
      // the full check then says whether the file is damaged, before anything else is decided.
      if (!(error instanceof DamagedLibraryError) && existsSync(file) && foundDamaged(file, options.nativeBinding)) {
        throw new DamagedLibraryError('storage', { id: 'library.damaged', values: { file } }, { cause: error });
      }
      throw error;
    }
    const library = new LibraryHandle(file, options, stores);
    library.fullyChecked = false;
    if (keptAt) {
      library.notice = { id: journal === 'missing' ? 'recovery.journalMissing' : 'recovery.journalDamaged', values: { journal: `${basename(file)}-wal`, keptAt } };
    }
    return library;
  } catch (error) {
    if (!(error instanceof DamagedLibraryError)) throw error;
    // Same name as the copy above, if one was made: the files are the same, byte for byte, as the checks only read.
    const movedAsideTo = moveAside(file, 'damaged', now);
    return new LibraryHandle(file, options, undefined, { problem: damagedProblem(movedAsideTo), movedAsideTo });
  }
}
