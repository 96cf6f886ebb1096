import type { MessageKey } from '../../shared/i18n/messages';
import type { LocalisedMessage } from '../../shared/ipc/ipc-result';

/** The `code` Node (errno names: ENOENT …) or better-sqlite3 (SQLITE_FULL …) gives an error, if any. */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** True for an operating system's errno (`EACCES`) or a SQLite result code (`SQLITE_IOERR_WRITE`): a reason, not a bug. */
export function isSystemErrorCode(code: string | undefined): code is string {
  return code !== undefined && (/^E[A-Z0-9]+$/u.test(code) || /^SQLITE_[A-Z_]+$/u.test(code));
}

/**
 * One clause per reason, as glibc, GNOME and SQLite say them, written out
 * whole so the catalog test finds each id. Extended SQLite codes
 * (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED …) share their primary code's.
 */
const reasons: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'systemReason.notFound',
  EACCES: 'systemReason.permissionDenied',
  EPERM: 'systemReason.notPermitted',
  ENOSPC: 'systemReason.noSpace',
  EDQUOT: 'systemReason.noSpace',
  EROFS: 'systemReason.readOnly',
  EBUSY: 'systemReason.busy',
  EISDIR: 'systemReason.isFolder',
  ENOTDIR: 'systemReason.notFolder',
  EEXIST: 'systemReason.exists',
  ENOTEMPTY: 'systemReason.notEmpty',
  EMFILE: 'systemReason.tooManyOpen',
  ENFILE: 'systemReason.tooManyOpen',
  ENAMETOOLONG: 'systemReason.nameTooLong',
  EIO: 'systemReason.ioError',
  EXDEV: 'systemReason.crossDevice',
  ETXTBSY: 'systemReason.textBusy',
  EFBIG: 'systemReason.tooLarge',
  ELOOP: 'systemReason.linkLoop',
  ENXIO: 'systemReason.noDevice',
  ENODEV: 'systemReason.noDevice',
  ENOMEM: 'systemReason.noMemory',
  SQLITE_FULL: 'systemReason.noSpace',
  SQLITE_READONLY: 'systemReason.readOnly',
  SQLITE_PERM: 'systemReason.permissionDenied',
  SQLITE_AUTH: 'systemReason.permissionDenied',
  SQLITE_CANTOPEN: 'systemReason.databaseNotOpened',
  SQLITE_CORRUPT: 'systemReason.databaseDamaged',
  SQLITE_NOTADB: 'systemReason.databaseDamaged',
  SQLITE_BUSY: 'systemReason.databaseLocked',
  SQLITE_LOCKED: 'systemReason.databaseLocked',
  SQLITE_PROTOCOL: 'systemReason.databaseLocked',
  SQLITE_IOERR: 'systemReason.ioError',
  SQLITE_NOMEM: 'systemReason.noMemory',
  SQLITE_TOOBIG: 'systemReason.tooBig',
  SQLITE_NOLFS: 'systemReason.tooLarge',
};

/**
 * Why the operating system (or SQLite) refused a file operation, as a catalog
 * clause that ends someone else's sentence ("The export was not saved:
 * {reason}."), from the error's code and never its English text, which stays
 * with the error as its cause for the log. A code without a clause of its own
 * is named in a generic one; an error with no code is "the system refused it".
 */
export function systemReason(error: unknown): LocalisedMessage {
  const code = systemErrorCode(error);
  if (!isSystemErrorCode(code)) return { id: 'systemReason.unknown' };
  const id = reasons[code] ?? reasons[code.replace(/^(SQLITE_[A-Z]+)_.*$/u, '$1')];
  return id ? { id } : { id: 'systemReason.other', values: { code } };
}

/**
 * The reason of a failure that came from outside the app: any errno, and a
 * SQLite code with a clause of its own. Undefined for anything else,
 * including SQLite's codes of a misuse or a constraint, which are bugs
 * (a generic sentence for the person, the English for the log).
 */
export function outsideReason(error: unknown): LocalisedMessage | undefined {
  const code = systemErrorCode(error);
  if (!isSystemErrorCode(code)) return undefined;
  const reason = systemReason(error);
  return reason.id === 'systemReason.other' && code.startsWith('SQLITE_') ? undefined : reason;
}
