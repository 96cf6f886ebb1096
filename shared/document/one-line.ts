/**
 * Line breaks, control characters and bidi overrides. Error messages echo
 * names they were given (an unknown channel, an unrecognised key in a file),
 * and a hostile name must not break a sentence over lines, reorder it on
 * screen, or send escape sequences to the terminal of the command line.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;
/** Half of a surrogate pair without its other half: not text, and shown as a box at best. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The first `length` UTF-16 units of `text`, one fewer rather than half a surrogate pair. */
export function clip(text: string, length: number): string {
  const end = /[\ud800-\udbff]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/** `text` as one line of whole characters, at most `maxLength` long (cut with "…"). */
export function oneLine(text: string, maxLength: number): string {
  const plain = text.replace(unprintable, ' ').replace(loneSurrogate, '\ufffd');
  return plain.length > maxLength ? `${clip(plain, maxLength - 1)}…` : plain;
}
