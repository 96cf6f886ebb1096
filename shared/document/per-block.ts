import type { Descendant } from 'slate';

/**
 * `read` kept per block object. Slate keeps an untouched block as the same object, so what is read from a body on
 * every keystroke (the status bar's and the review margin's counts) reads only the blocks that changed.
 */
export function perBlock<T, N extends object = Descendant>(read: (block: N) => T): (block: N) => T {
  const known = new WeakMap<N, T>();
  return (block) => {
    if (known.has(block)) return known.get(block) as T;
    const value = read(block);
    known.set(block, value);
    return value;
  };
}
