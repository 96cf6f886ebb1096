/**
 * Every interface string of spelling, in English, in one place, so that they
 * can move into the interface's message catalogs as they are.
 */
export const spellingStrings = {
  menuLabel: 'Spelling',
  noSuggestions: '(No suggestions)',
  addToDictionary: 'Add to dictionary',
  ignore: 'Ignore',
  loadingSuggestions: 'Looking for suggestions…',
  passDone: 'The spelling check is complete.',
  passNothing: 'No misspelt words.',
  toggleUnderline: 'Spelling',
  toggleUnderlineTitle: 'Show misspelt words',
  checkSpellingTitle: 'Check spelling (F7)',
  checkSpelling: 'Check spelling',
  textLanguage: 'Language of the selected text',
  briefingLanguage: 'Briefing language',
  addFailed: 'The word could not be added to the dictionary.',
  exportWarningsLabel: 'Spelling',
  /** Before export: how many words may be misspelt. */
  exportWarningsOne: 'One word may be misspelt:',
  exportWarningsMany: (count: number) => `${count} words may be misspelt:`,
  exportWarningsMore: (count: number) => `and ${count} more`,
  untitledSection: 'untitled section',
} as const;

/** The languages a passage can be marked in, each named in itself as language pickers do. */
export const passageLanguages = [
  { tag: 'az', name: 'Azərbaycan dili' },
  { tag: 'en', name: 'English' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'tr', name: 'Türkçe' },
] as const;
