import { describe, expect, it } from 'vitest';
import { sayLocalised, ServiceError } from '../../shared/ipc/ipc-result';
import { createTranslator } from '../../shared/i18n/translator';
import { toStorageError, withStorageErrors } from './storage-error';

/** What better-sqlite3 and node:fs throw: an Error with a `code`. */
function failure(code: string): Error {
  return Object.assign(new Error(`low-level ${code}`), { code });
}

const action = { id: 'storage.briefingSave' } as const;

describe('toStorageError', () => {
  it.each([
    ['SQLITE_FULL', 'The disk is full: the briefing could not be saved. Free some space; your text is still on screen.'],
    ['ENOSPC', 'The disk is full: the briefing could not be saved. Free some space; your text is still on screen.'],
    ['SQLITE_READONLY', 'The library is on a read-only disk or you have no permission to change it: the briefing could not be saved.'],
    ['SQLITE_READONLY_DBMOVED', 'The library is on a read-only disk or you have no permission to change it: the briefing could not be saved.'],
    ['SQLITE_CANTOPEN', 'The library is on a read-only disk or you have no permission to change it: the briefing could not be saved.'],
    ['EACCES', 'The library is on a read-only disk or you have no permission to change it: the briefing could not be saved.'],
    ['EROFS', 'The library is on a read-only disk or you have no permission to change it: the briefing could not be saved.'],
    ['SQLITE_CORRUPT', 'The library file is damaged: the briefing could not be saved. It has been left as it is.'],
    ['SQLITE_NOTADB', 'The library file is damaged: the briefing could not be saved. It has been left as it is.'],
    ['SQLITE_BUSY', 'The library is busy in another window or program: the briefing could not be saved. Try again in a moment.'],
    ['SQLITE_IOERR_FSYNC', 'The disk reported an error: the briefing could not be saved.'],
    ['SQLITE_CONSTRAINT_CHECK', 'The library reported an unexpected problem: the briefing could not be saved.'],
    ['SQLITE_MISUSE', 'The library reported an unexpected problem: the briefing could not be saved.'],
    ['EMFILE', 'The library’s file could not be used: the briefing could not be saved (too many files are open).'],
    ['SQLITE_NOMEM', 'The library’s file could not be used: the briefing could not be saved (the computer ran out of memory).'],
    ['SQLITE_TOOBIG', 'The library’s file could not be used: the briefing could not be saved (the text or picture is too large to store).'],
    ['EWHATEVER', 'The library’s file could not be used: the briefing could not be saved (the system refused it (error EWHATEVER)).'],
  ])('gives %s a plain sentence with the storage code, keeping the original as its cause', (code, message) => {
    const original = failure(code);
    const error = toStorageError(original, action);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'storage', message, cause: original });
  });

  it('passes a ServiceError through unchanged', () => {
    const conflict = new ServiceError('conflict', 'This briefing was changed in another window since you opened it.');
    expect(toStorageError(conflict, action)).toBe(conflict);
  });
});

describe('withStorageErrors', () => {
  it('returns what the operation returns', () => {
    expect(withStorageErrors(action, () => 42)).toBe(42);
  });

  it('turns a SQLite failure into the plain sentence', () => {
    expect(() =>
      withStorageErrors(action, () => {
        throw failure('SQLITE_BUSY');
      }),
    ).toThrow('The library is busy in another window or program: the briefing could not be saved. Try again in a moment.');
  });

  it('lets a bug through as it is, so it is logged as one rather than shown as a disk problem', () => {
    const bug = new TypeError('The database connection is not open');
    expect(() =>
      withStorageErrors(action, () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe('a storage failure in the interface language', () => {
  it('carries its sentence and its clause as catalog ids, which the window and the command line say in their language', () => {
    const error = toStorageError(failure('SQLITE_FULL'), action);
    expect(error.localised).toEqual({ id: 'storage.full', values: { action } });
    expect(sayLocalised(createTranslator('az'), error.localised!)).toBe('Disk doludur: brifinqi saxlamaq mümkün olmadı. Diskdə yer boşaldın; mətniniz hələ ekrandadır.');
    expect(sayLocalised(createTranslator('ru'), error.localised!)).toBe('Диск заполнен: не удалось сохранить брифинг. Освободите место; ваш текст по-прежнему на экране.');
  });

  it('says any other reason of the system in the language, from its code, the English only in the cause', () => {
    const original = failure('ETXTBSY');
    const error = toStorageError(original, { id: 'storage.backupMake' });
    expect(error.cause).toBe(original);
    expect(sayLocalised(createTranslator('az'), error.localised!)).toBe(
      'Kitabxana faylından istifadə etmək mümkün olmadı: ehtiyat nüsxəni yaratmaq mümkün olmadı (fayl işləyən proqram tərəfindən istifadə olunur).',
    );
    expect(sayLocalised(createTranslator('ru'), error.localised!)).toBe(
      'Не удалось обратиться к файлу библиотеки: не удалось создать резервную копию (файл используется запущенной программой).',
    );
    expect(sayLocalised(createTranslator('ru'), error.localised!)).not.toContain('low-level');
  });
});
