import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DictionarySource } from '../../shared/spelling/speller';
import type { SpellingLanguage } from '../../shared/spelling/spelling-languages';

/**
 * The bundled dictionaries as files: Azerbaijani in the project's
 * `dictionaries/az/` (MPL-2.0, with its licence), English, Russian and
 * Turkish from the pinned npm packages `dictionary-en`, `dictionary-ru` and
 * `dictionary-tr`. `projectRoot` is the folder holding package.json.
 */
export function bundledDictionaryFiles(projectRoot: string): Record<SpellingLanguage, { aff: string; dic: string }> {
  const require = createRequire(join(projectRoot, 'package.json'));
  // The packages export only their loader; the files sit beside it.
  const fromPackage = (name: string) => {
    const folder = dirname(require.resolve(name));
    return { aff: join(folder, 'index.aff'), dic: join(folder, 'index.dic') };
  };
  const az = join(projectRoot, 'dictionaries', 'az');
  return {
    az: { aff: join(az, 'az.aff'), dic: join(az, 'az.dic') },
    en: fromPackage('dictionary-en'),
    ru: fromPackage('dictionary-ru'),
    tr: fromPackage('dictionary-tr'),
  };
}

/** Reads the bundled dictionaries from disk, for the command line and the tests. Nothing is downloaded. */
export function bundledDictionarySource(projectRoot: string): DictionarySource {
  const files = bundledDictionaryFiles(projectRoot);
  return async (language) => {
    const [aff, dic] = await Promise.all([readFile(files[language].aff), readFile(files[language].dic)]);
    return { aff, dic };
  };
}
