import { ServiceError } from '../../shared/ipc/ipc-result';

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * Turns a SQLite or file-system failure into one plain sentence for the
 * person, keeping the original as the cause for the log. `action` completes
 * "… could not be <action>", e.g. "saved".
 */
export function toStorageError(error: unknown, action: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = errorCode(error) ?? '';
  const base = code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  let message: string;
  switch (base) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      message = `The disk is full: the briefing could not be ${action}. Free some space; your text is still on screen.`;
      break;
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      message = `The library is read-only or cannot be opened for writing: the briefing could not be ${action}.`;
      break;
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      message = `The library file is damaged: the briefing could not be ${action}.`;
      break;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      message = `The library is busy in another window or program: the briefing could not be ${action}. Try again.`;
      break;
    case 'SQLITE_IOERR':
      message = `The disk reported an error: the briefing could not be ${action}.`;
      break;
    default:
      message = `The library could not be used: the briefing could not be ${action}.`;
  }
  return new ServiceError('storage', message, { cause: error });
}
