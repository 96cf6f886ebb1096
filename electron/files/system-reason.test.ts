import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canMount, mountSkipWarning, ScratchMounts } from '../../tests/support/scratch-mounts';
import { english } from '../../shared/i18n/english';
import { createTranslator } from '../../shared/i18n/translator';
import { sayLocalised } from '../../shared/ipc/ipc-result';
import { InputFileError, inputProblemMessage, readInputFile } from './read-input-file';
import { systemErrorCode, systemReason } from './system-reason';

mountSkipWarning('system reasons');

/** What node:fs and better-sqlite3 throw: an Error with a `code` and English text of its own. */
function failure(code: string): Error {
  return Object.assign(new Error(`${code}: the system's own English words`), { code });
}

const az = createTranslator('az');
const ru = createTranslator('ru');

describe('systemReason', () => {
  it.each([
    ['ENOENT', 'there is no such file or folder', 'belə fayl və ya qovluq yoxdur', 'такого файла или папки нет'],
    ['EACCES', 'permission denied', 'giriş icazəniz yoxdur', 'отказано в доступе'],
    ['EPERM', 'the operation is not permitted', 'əməliyyata icazə verilmir', 'операция не разрешена'],
    ['ENOSPC', 'there is no space left on the disk', 'diskdə boş yer qalmayıb', 'на диске не осталось свободного места'],
    ['EDQUOT', 'there is no space left on the disk', 'diskdə boş yer qalmayıb', 'на диске не осталось свободного места'],
    ['EROFS', 'the disk is read-only', 'disk yalnız oxumaq üçündür', 'диск доступен только для чтения'],
    ['EBUSY', 'the file or device is busy', 'fayl və ya cihaz məşğuldur', 'файл или устройство занято'],
    ['EISDIR', 'it is a folder', 'bu, qovluqdur', 'это папка'],
    ['ENOTDIR', 'a part of the path is not a folder', 'yolun bir hissəsi qovluq deyil', 'часть пути не является папкой'],
    ['EEXIST', 'a file of that name already exists', 'bu adda fayl artıq var', 'файл с таким именем уже существует'],
    ['ENOTEMPTY', 'the folder is not empty', 'qovluq boş deyil', 'папка не пуста'],
    ['EMFILE', 'too many files are open', 'həddən çox fayl açıqdır', 'открыто слишком много файлов'],
    ['ENFILE', 'too many files are open', 'həddən çox fayl açıqdır', 'открыто слишком много файлов'],
    ['ENAMETOOLONG', 'the file name is too long', 'fayl adı çox uzundur', 'слишком длинное имя файла'],
    ['EIO', 'the disk reported an input/output error', 'disk giriş/çıxış xətası bildirdi', 'диск сообщил об ошибке ввода-вывода'],
    ['EXDEV', 'a file cannot be moved from one disk to another that way', 'faylı bu yolla bir diskdən başqasına köçürmək olmur', 'так нельзя перенести файл с одного диска на другой'],
    ['ETXTBSY', 'the file is in use by a running program', 'fayl işləyən proqram tərəfindən istifadə olunur', 'файл используется запущенной программой'],
    ['EFBIG', 'the file is too large for this disk', 'fayl bu disk üçün çox böyükdür', 'файл слишком велик для этого диска'],
    ['ELOOP', 'the path goes through too many symbolic links', 'yolda həddindən çox simvolik keçid var', 'путь проходит через слишком много символьных ссылок'],
    ['ENXIO', 'the device is not available', 'cihaz əlçatan deyil', 'устройство недоступно'],
    ['ENOMEM', 'the computer ran out of memory', 'kompüterdə yaddaş çatmadı', 'недостаточно памяти'],
    ['SQLITE_FULL', 'there is no space left on the disk', 'diskdə boş yer qalmayıb', 'на диске не осталось свободного места'],
    ['SQLITE_IOERR_SHORT_READ', 'the disk reported an input/output error', 'disk giriş/çıxış xətası bildirdi', 'диск сообщил об ошибке ввода-вывода'],
    ['SQLITE_READONLY_DBMOVED', 'the disk is read-only', 'disk yalnız oxumaq üçündür', 'диск доступен только для чтения'],
    ['SQLITE_CORRUPT', 'the database file is damaged', 'verilənlər bazası faylı zədələnib', 'файл базы данных повреждён'],
    ['SQLITE_BUSY_SNAPSHOT', 'the database is locked by another window or program', 'verilənlər bazası başqa pəncərə və ya proqram tərəfindən kilidlənib', 'база данных заблокирована другим окном или программой'],
    ['SQLITE_NOMEM', 'the computer ran out of memory', 'kompüterdə yaddaş çatmadı', 'недостаточно памяти'],
    ['SQLITE_TOOBIG', 'the text or picture is too large to store', 'mətn və ya şəkil saxlanmaq üçün çox böyükdür', 'текст или изображение слишком велики для сохранения'],
    ['SQLITE_CANTOPEN', 'the database file cannot be opened', 'verilənlər bazası faylını açmaq mümkün deyil', 'не удаётся открыть файл базы данных'],
  ])('says %s in English, Azerbaijani and Russian, never in the error’s own words', (code, en, inAz, inRu) => {
    const reason = systemReason(failure(code));
    expect(sayLocalised(english, reason)).toBe(en);
    expect(sayLocalised(az, reason)).toBe(inAz);
    expect(sayLocalised(ru, reason)).toBe(inRu);
  });

  it('names a code it has no clause for in a generic one, and an error without a code as the system’s refusal', () => {
    const unknownCode = systemReason(failure('ESTRANGE'));
    expect(sayLocalised(english, unknownCode)).toBe('the system refused it (error ESTRANGE)');
    expect(sayLocalised(az, unknownCode)).toBe('sistem buna icazə vermədi (xəta ESTRANGE)');
    expect(sayLocalised(ru, unknownCode)).toBe('система не позволила это сделать (ошибка ESTRANGE)');
    for (const noCode of [new Error('Something odd happened'), Object.assign(new Error('odd'), { code: 42 }), Object.assign(new Error('odd'), { code: 'not a code' }), 'text']) {
      expect(sayLocalised(english, systemReason(noCode))).toBe('the system refused it');
      expect(sayLocalised(ru, systemReason(noCode))).toBe('система не позволила это сделать');
    }
  });
});

// Real failures of real files: the codes node:fs gives, said as the person's language says them.
describe('systemReason of real file failures', () => {
  const folders: string[] = [];
  const mounts = new ScratchMounts();
  afterEach(() => {
    mounts.unmountAll();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  function scratch(): string {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-system-reason-'));
    folders.push(folder);
    return folder;
  }
  function thrown(run: () => unknown): unknown {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error('expected the file operation to fail');
  }

  it.skipIf(!canMount)('a folder on a read-only disk (EROFS)', () => {
    const folder = scratch();
    mounts.readOnly(folder);
    const error = thrown(() => writeFileSync(join(folder, 'statement.pdf'), 'x'));
    expect(systemErrorCode(error)).toBe('EROFS');
    expect(sayLocalised(az, systemReason(error))).toBe('disk yalnız oxumaq üçündür');
    expect(sayLocalised(ru, systemReason(error))).toBe('диск доступен только для чтения');
  });

  // Everything here runs as root, for whom no permission is ever denied: the check runs as nobody for a moment.
  it.skipIf(typeof process.seteuid !== 'function' || process.geteuid?.() !== 0)('a folder this user may not enter (EACCES)', () => {
    const folder = scratch();
    mkdirSync(join(folder, 'private'), { mode: 0o700 });
    let error: unknown;
    process.seteuid?.(65534);
    try {
      error = thrown(() => readFileSync(join(folder, 'private', 'statement.briefing.json')));
    } finally {
      process.seteuid?.(0);
    }
    expect(systemErrorCode(error)).toBe('EACCES');
    expect(sayLocalised(az, systemReason(error))).toBe('giriş icazəniz yoxdur');
    expect(sayLocalised(ru, systemReason(error))).toBe('отказано в доступе');
  });

  it('a loop of symbolic links (ELOOP), read as a file handed to the app', () => {
    const folder = scratch();
    symlinkSync(join(folder, 'b.docx'), join(folder, 'a.docx'));
    symlinkSync(join(folder, 'a.docx'), join(folder, 'b.docx'));
    const error = thrown(() => readInputFile(join(folder, 'a.docx'), 1000));
    expect(error).toBeInstanceOf(InputFileError);
    const clause = inputProblemMessage(error as InputFileError);
    expect(sayLocalised(az, clause)).toBe('yolda həddindən çox simvolik keçid var');
    expect(sayLocalised(ru, clause)).toBe('путь проходит через слишком много символьных ссылок');
    // The system's English stays with the error, for the log.
    expect(((error as InputFileError).cause as Error).message).toMatch(/^ELOOP/u);
  });
});
