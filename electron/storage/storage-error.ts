import { ServiceError } from '../../shared/ipc/ipc-result';

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
 * did not happen, as a clause: "the briefing could not be saved".
 * A ServiceError passes through unchanged.
 */
export function toStorageError(error: unknown, action: string): ServiceError {
  if (error instanceof ServiceError) return error;
  // Extended result codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED …) share the advice of their primary code.
  const code = (errorCode(error) ?? '').replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  let message: string;
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      message = `The disk is full: ${action}. Free some space; your text is still on screen.`;
      break;
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      message = `The library is on a read-only disk or you have no permission to change it: ${action}.`;
      break;
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      message = `The library file is damaged: ${action}. It has been left as it is.`;
      break;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      message = `The library is busy in another window or program: ${action}. Try again in a moment.`;
      break;
    case 'SQLITE_IOERR':
      message = `The disk reported an error: ${action}.`;
      break;
    default:
      message = `The library reported an unexpected problem: ${action}.`;
  }
  return new ServiceError('storage', message, { cause: error });
}

/**
 * Runs one storage operation, turning a SQLite or file-system failure into
 * the plain message of {@link toStorageError}. ServiceErrors and bugs pass
 * through unchanged.
 */
export function withStorageErrors<T>(action: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error, action) : error;
  }
}
