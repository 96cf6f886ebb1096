/** The languages the interface speaks; each has a catalog in `catalogs/`. */
export const interfaceLanguages = ['en', 'az', 'ru', 'tr'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (interfaceLanguages as readonly string[]).includes(value);
}

/**
 * The first of the system's preferred languages (BCP 47 tags, most preferred first: Electron's
 * `app.getPreferredSystemLanguages()`, the page's `navigator.languages`, or `LANG` on the command line)
 * that has a catalog, by its primary subtag; English when none has one.
 */
export function matchInterfaceLanguage(preferred: readonly string[]): InterfaceLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
    if (isInterfaceLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language the interface shows: the person's choice in Settings, or the system's where the choice is "as the system". */
export function resolveInterfaceLanguage(chosen: InterfaceLanguage | null | undefined, systemLanguages: readonly string[]): InterfaceLanguage {
  return chosen ?? matchInterfaceLanguage(systemLanguages);
}

/** Each language by its own name, as language pickers show them (a person looking for their language reads it in that language). */
export const interfaceLanguageNames: Readonly<Record<InterfaceLanguage, string>> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
  tr: 'Türkçe',
};
