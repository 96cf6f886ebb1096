/**
 * The Turkish suffixes a lede needs: the possessive of a title after its
 * country or organisation ("Azerbaycan Başbakanı", "… Genel Sekreteri") and
 * the locative of a place name, written after an apostrophe as Turkish
 * writes suffixes on proper names, with the t of a voiceless ending
 * ("Bakü'de", "Londra'da", "Tiflis'te").
 */
const vowels = 'aıoueiöü';
const lower = (text: string): string => text.replace(/İ/gu, 'i').replace(/I/gu, 'ı').toLowerCase();

function lastVowel(word: string): string | undefined {
  const letters = lower(word);
  for (let index = letters.length - 1; index >= 0; index -= 1) if (vowels.includes(letters[index] ?? '')) return letters[index];
  return undefined;
}

function highVowel(vowel: string | undefined): string {
  if (vowel === 'a' || vowel === 'ı') return 'ı';
  if (vowel === 'o' || vowel === 'u') return 'u';
  if (vowel === 'ö' || vowel === 'ü') return 'ü';
  return 'i';
}

const lastWordOf = (phrase: string): string => phrase.trim().split(/\s+/u).at(-1) ?? '';

/** Titles ending in a high vowel that is not a possessive suffix. */
const bareHighVowelTitles = new Set(['büyükelçi', 'elçi', 'yardımcı', 'sözcü']);

/** "Başbakan" → "Başbakanı", "Genel Sekreter" → "Genel Sekreteri", "Büyükelçi" → "Büyükelçisi"; "Dışişleri Bakanı" stays. */
export function turkishPossessiveTitle(title: string): string {
  const trimmed = title.trim();
  const word = lastWordOf(trimmed);
  if (word === '' || /^[\p{Lu}\d]+$/u.test(word)) return trimmed;
  const letters = lower(word);
  const endsInVowel = vowels.includes(letters.at(-1) ?? '');
  if (endsInVowel && !bareHighVowelTitles.has(letters) && /[^aıoueiöü][ıiuü]$/u.test(letters) && letters.length > 3) return trimmed;
  const vowel = highVowel(lastVowel(word));
  return `${trimmed}${endsInVowel ? `s${vowel}` : vowel}`;
}

/** "Bakü" → "Bakü'de", "Ankara" → "Ankara'da", "Tiflis" → "Tiflis'te". */
export function turkishLocative(place: string): string {
  const trimmed = place.trim();
  const last = lower(trimmed).at(-1) ?? '';
  const vowel = ['a', 'ı', 'o', 'u'].includes(lastVowel(trimmed) ?? '') ? 'a' : 'e';
  const consonant = 'fstkçşhp'.includes(last) ? 't' : 'd';
  return `${trimmed}'${consonant}${vowel}`;
}
