import type { MessageKey } from '../../shared/i18n/messages';
import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { outsideReason } from '../files/system-reason';

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * True for a failure of SQLite or the file system (full disk, no permission,
 * damaged file, lock held elsewhere), as opposed to a bug such as using a
 * closed connection. Only the former deserves a "storage" message; a bug is
 * left to surface as an internal error with its stack in the log.
 */
function isStorageFailure(error: unknown): boolean {
  if (error instanceof ServiceError) return false;
  const code = errorCode(error);
  return code !== undefined && (code.startsWith('SQLITE_') || /^E[A-Z]+$/.test(code));
}

/**
 * Turns a SQLite or file-system failure into one plain sentence for the
 * person, keeping the original as the cause for the log. `action` says what
 * did not happen, as a clause from the catalogs: "the briefing could not be
 * saved" (`storage.briefingSave`).
 * A ServiceError passes through unchanged.
 */
export function toStorageError(error: unknown, action: LocalisedMessage): ServiceError {
  if (error instanceof ServiceError) return error;
  // Extended result codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED …) share the advice of their primary code.
  const code = (errorCode(error) ?? '').replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  let message: MessageKey;
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      message = 'storage.full';
      break;
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      message = 'storage.readOnly';
      break;
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      message = 'storage.damaged';
      break;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      message = 'storage.busy';
      break;
    case 'SQLITE_IOERR':
    case 'EIO':
      message = 'storage.ioError';
      break;
    default: {
      // Any other reason of the system (too many open files, a file in use …) or SQLite (out of memory, too
      // big) is said from its code. A SQLite code with no reason a person can act on (a constraint, a
      // misuse) is "unexpected": a bug, whose English stays in the cause for the log.
      const reason = outsideReason(error);
      if (reason) return new ServiceError('storage', { id: 'storage.system', values: { action, reason } }, { cause: error });
      message = 'storage.unexpected';
    }
  }
  return new ServiceError('storage', { id: message, values: { action } }, { cause: error });
}

/**
 * Runs one storage operation, turning a SQLite or file-system failure into
 * the plain message of {@link toStorageError}. ServiceErrors and bugs pass
 * through unchanged.
 */
export function withStorageErrors<T>(action: LocalisedMessage, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error, action) : error;
  }
}
