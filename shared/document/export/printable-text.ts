/**
 * Characters no export can carry. XML 1.0 forbids the C0 controls other
 * than tab, line feed and carriage return, and the non-characters U+FFFE and
 * U+FFFF, so a DOCX holding one is refused by Word as unreadable; in HTML and
 * plain text they are noise. The schema lets them into a briefing (pasted
 * plain text, an imported file), so export drops them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const unprintable = /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/gu;
/** Word's manual line break in pasted text: a line break here too. */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are what is replaced
const lineTab = /[\u000b\u000c]/gu;
/** Half of a surrogate pair without its other half: not text, shown as the replacement character. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function printableText(text: string): string {
  return text.replace(lineTab, '\n').replace(unprintable, '').replace(loneSurrogate, '\ufffd');
}

/** A copy of JSON data (a briefing, a template, the issuer) with every string made printable. */
export function withPrintableText<T>(value: T): T {
  if (typeof value === 'string') return printableText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withPrintableText(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]: [string, unknown]) => [key, withPrintableText(item)])) as T;
  }
  return value;
}
