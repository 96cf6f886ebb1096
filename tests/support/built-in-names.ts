/**
 * Names a plain object, a function or an array answers without having them as
 * its own: `constructor`, `toString`, `hasOwnProperty`, `valueOf`, `map`,
 * `length`, `call` … Every one that is also a valid field id, so tests can
 * name fields and references after them.
 */
const prototypes: object[] = [
  Object.prototype,
  Function.prototype,
  Array.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Date.prototype,
  RegExp.prototype,
  Error.prototype,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
];

const fieldIdPattern = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/u;

export const builtInPropertyNames: readonly string[] = [...new Set(prototypes.flatMap((prototype) => Object.getOwnPropertyNames(prototype)))]
  .filter((name) => fieldIdPattern.test(name))
  .sort();

/** The ones a plain `{}` inherits: the names that turned `fields[id]` into a function. */
export const objectPrototypeNames: readonly string[] = Object.getOwnPropertyNames(Object.prototype).filter((name) => fieldIdPattern.test(name));
