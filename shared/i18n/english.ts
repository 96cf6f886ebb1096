import type { Translate } from './messages';
import { createTranslator } from './translator';

let translate: Translate | undefined;

/**
 * English, for the shared checks' default: the command line and the services call them without a language,
 * and the window passes its own `t`. Made on first use, so a module that never needs it never builds it.
 */
export const english: Translate = (key, values) => {
  translate ??= createTranslator('en');
  return translate(key, values);
};
