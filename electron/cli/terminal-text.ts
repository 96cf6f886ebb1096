/**
 * Text from a briefing as a terminal may show it. A title or body can hold
 * anything a file or a paste brought in, and a terminal obeys what it
 * prints: ESC starts a control sequence (colours, cursor moves, window
 * titles, even links), `\r` writes over the line, BEL rings, NUL is
 * invisible. Each control character is shown escaped instead (`\x1B`,
 * `\u009B`), so what is printed is what is there and nothing happens.
 */

// C0 controls, DEL and the C1 controls (which some terminals obey as ESC sequences).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const controls = /[\u0000-\u001f\u007f-\u009f]/gu;

function escape(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Several lines (a body, a whole `show`): line breaks and tabs stay, every other control character is escaped. */
export function terminalText(text: string): string {
  return text.replace(controls, (character) => (character === '\n' || character === '\t' ? character : escape(character)));
}

/** One line (a title in `list` or `search`): line breaks and tabs are escaped too, so a row stays a row. */
export function terminalLine(text: string): string {
  return text.replace(controls, escape);
}
