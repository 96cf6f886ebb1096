/**
 * Text that takes room in the library whatever it packs: pseudo-random
 * five-letter words (a body is stored deflated, so a repeated sentence would
 * take a few hundred bytes however long it is). About 18 KB for 3,000 words,
 * more than ten KB stored. Deterministic.
 */
export function roomyText(prefix: string, words = 3000): string {
  let state = 20260107;
  const letter = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return 'abcdefghijklmnopqrstuvwxyz'[state % 26] ?? 'a';
  };
  return `${prefix} ${Array.from({ length: words }, () => Array.from({ length: 5 }, letter).join('')).join(' ')}.`;
}
