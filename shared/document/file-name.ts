import { english } from '../i18n/english';
import { sayLocalised, type LocalisedMessage } from '../ipc/ipc-result';

/**
 * File names that Windows, macOS and Linux all accept, made from text a
 * person wrote (a briefing's title), and the reasons a given name would be
 * refused on one platform. Pure: the platform is an argument.
 */

/** Names Windows keeps for devices, with or without an extension ("NUL.pdf" too), in any case. */
const windowsDeviceName = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
/** What Windows refuses in a name; `/` is the separator everywhere, `:` is macOS's too in Finder. */
const windowsForbidden = /[<>:"/\\|?*]/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse or hide
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/u;
/** Linux and macOS count a name's length in UTF-8 bytes, Windows in UTF-16 units; 255 of either. */
const nameLimit = 255;

/** UTF-8 length of `text` (shared/ has neither TextEncoder nor Buffer). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The part of a name Windows compares with its device names: up to the first dot, without trailing spaces. */
const windowsStem = (name: string): string => name.split('.')[0]?.trimEnd() ?? '';

/** Cuts `text` to at most `characters` letters and `bytes` UTF-8 bytes, never inside a letter (accents and emoji stay whole). */
function cutGraphemes(text: string, characters: number, bytes: number): string {
  let kept = '';
  let count = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (count + 1 > characters || utf8Length(kept + segment) > bytes) break;
    kept += segment;
    count += 1;
  }
  return kept;
}

export interface SafeFileNameOptions {
  /** Used when nothing usable is left of the text. */
  fallback: string;
  /** At most this many letters. */
  maxCharacters: number;
  /**
   * At most this many UTF-8 bytes, leaving room for the extension and for
   * the temporary name an export is first written under (`.<name>.<random>.partial`).
   */
  maxBytes: number;
}

/**
 * A file name stem (no extension) from `text` that every platform accepts:
 * letters of every script kept (NFC); what Windows and macOS refuse, control
 * and invisible formatting characters (right-to-left overrides that
 * disguise a name, zero-width spaces) replaced; no leading dot (a hidden
 * file), no trailing dot or space (Windows drops them); never a Windows
 * device name (`CON` becomes `CON_`); cut to a length every file system
 * takes, at a letter boundary.
 */
export function safeFileName(text: string, options: SafeFileNameOptions): string {
  const cleaned = text
    .normalize('NFC')
    // Formatting characters go, but for the joiners that Persian words and emoji sequences need.
    .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[. ]+/u, '');
  const stem = cutGraphemes(cleaned, options.maxCharacters, options.maxBytes).replace(/[. ]+$/u, '');
  if (stem === '') return options.fallback;
  if (!windowsDeviceName.test(windowsStem(stem))) return stem;
  const dot = stem.indexOf('.');
  return dot < 0 ? `${stem}_` : `${stem.slice(0, dot)}_${stem.slice(dot)}`;
}

/**
 * Why `name` (one path segment, as typed for the command line's `--out`)
 * cannot be a file on `platform`, as a clause for "The export could not be
 * saved to …: <clause>."; undefined when it can. Only what that platform
 * itself refuses: on Linux `CON.pdf` is an ordinary name.
 */
export function fileNameProblemMessage(name: string, platform: string): LocalisedMessage | undefined {
  if (name === '' || name === '.' || name === '..') return { id: 'fileName.folder' };
  if (name.includes('\u0000')) return { id: 'fileName.nul' };
  if (platform === 'win32') {
    if (name.length > nameLimit) return { id: 'fileName.tooLong', values: { limit: nameLimit, unit: 'characters' } };
    if (windowsForbidden.test(name) || controlCharacters.test(name)) return { id: 'fileName.windowsCharacters' };
    if (windowsDeviceName.test(windowsStem(name))) return { id: 'fileName.windowsDevice', values: { name: windowsStem(name) } };
    if (/[. ]$/u.test(name)) return { id: 'fileName.windowsTrailing' };
    return undefined;
  }
  if (utf8Length(name) > nameLimit) return { id: 'fileName.tooLong', values: { limit: nameLimit, unit: 'bytes' } };
  return undefined;
}

/** `fileNameProblemMessage` in English. */
export function fileNameProblem(name: string, platform: string): string | undefined {
  const problem = fileNameProblemMessage(name, platform);
  return problem && sayLocalised(english, problem);
}
