/** Longest message the invoker lets through (see `electron/ipc/ipc-invoker.ts`). */
const maxMessageLength = 300;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why `message` is not one plain sentence a person can be shown, or
 * undefined when it is: not empty, short, on one line, well-formed text, and
 * nothing of a stack trace, a file path or `[object Object]` in it. With
 * `strict`, also no "undefined" or "null" (a value that leaked into the text).
 */
export function sentenceProblem(message: string, { strict = false }: { strict?: boolean } = {}): string | undefined {
  if (message.trim() === '') return 'it is empty';
  if (message.length > maxMessageLength) return `it is ${message.length} characters long`;
  // eslint-disable-next-line no-control-regex -- control characters are what is being looked for
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(message)) return 'it spans lines or holds control characters';
  if (loneSurrogate.test(message)) return 'it holds half of a surrogate pair';
  if (/\n\s+at |\bat \S+ \(|:\d+:\d+\)|\.(ts|js|cjs|mjs):\d+|node_modules|\[object \w+\]/u.test(message)) return 'it shows a stack trace or a file position';
  if (strict && /\b(undefined|null|NaN)\b/u.test(message)) return 'it shows "undefined", "null" or "NaN"';
  return undefined;
}
