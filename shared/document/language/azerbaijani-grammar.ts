/**
 * The few Azerbaijani suffixes a lede needs, with vowel harmony: the
 * genitive ("Respublikası" → "Respublikasının"), the possessive of a title
 * after it ("Baş nazir" → "Baş naziri"), the locative ("Bakı" → "Bakıda",
 * "London" → "Londonda") and the ordinal and locative of a number written in
 * digits ("2025-ci il", "noyabrın 21-də"). Recorded forms from the protocol
 * directory win over these rules wherever the office has them.
 */

const backVowels = new Set(['a', 'ı', 'o', 'u']);
const vowels = new Set(['a', 'ı', 'o', 'u', 'e', 'ə', 'i', 'ö', 'ü']);

/** The last vowel of a word, in lower case (Azerbaijani rules for I and İ). */
function lastVowel(word: string): string | undefined {
  const lower = word.replace(/İ/gu, 'i').replace(/I/gu, 'ı').toLowerCase();
  for (let index = lower.length - 1; index >= 0; index -= 1) {
    const letter = lower[index] ?? '';
    if (vowels.has(letter)) return letter;
  }
  return undefined;
}

/** The four-way high vowel (ı, i, u, ü) that follows `vowel`. */
function highVowel(vowel: string | undefined): string {
  switch (vowel) {
    case 'a':
    case 'ı':
      return 'ı';
    case 'o':
    case 'u':
      return 'u';
    case 'ö':
    case 'ü':
      return 'ü';
    default:
      return 'i';
  }
}

/** The two-way low vowel (a, ə) that follows `vowel`. */
function lowVowel(vowel: string | undefined): string {
  return vowel !== undefined && backVowels.has(vowel) ? 'a' : 'ə';
}

const endsInVowel = (word: string): boolean => vowels.has(word.replace(/İ/gu, 'i').replace(/I/gu, 'ı').toLowerCase().at(-1) ?? '');

/**
 * How the last letter of an abbreviation is read, which is what its suffix
 * harmonises with: "BMT" is read "be-em-te", so "BMT-nin".
 */
const letterNames: Record<string, string> = {
  A: 'a', B: 'be', C: 'ce', Ç: 'çe', D: 'de', E: 'e', Ə: 'ə', F: 'fe', G: 'ge', Ğ: 'ğe', H: 'he', X: 'xe', I: 'ı', İ: 'i', J: 'je',
  K: 'ka', Q: 'qe', L: 'el', M: 'em', N: 'en', O: 'o', Ö: 'ö', P: 'pe', R: 'er', S: 'es', Ş: 'şe', T: 'te', U: 'u', Ü: 'ü', V: 've',
  Y: 'ye', Z: 'ze', W: 've', 
};

/** An abbreviation takes its suffix after a hyphen: "BMT-nin", "ICESCO-nun". */
function isAbbreviation(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\d]+$/u.test(word);
}

function lastWord(phrase: string): string {
  return phrase.trim().split(/\s+/u).at(-1) ?? '';
}

/** The sound a suffix follows: the word itself, or the name of an abbreviation's last letter. */
function spokenEnding(word: string): string {
  if (!isAbbreviation(word)) return word;
  const last = word.at(-1) ?? '';
  return letterNames[last] ?? last.toLowerCase();
}

function attach(phrase: string, suffix: string): string {
  const trimmed = phrase.trim();
  return isAbbreviation(lastWord(trimmed)) ? `${trimmed}-${suffix}` : `${trimmed}${suffix}`;
}

/** The genitive: "Azərbaycan Respublikası" → "Azərbaycan Respublikasının", "Gürcüstan" → "Gürcüstanın", "BMT" → "BMT-nin". */
export function genitive(phrase: string): string {
  const spoken = spokenEnding(lastWord(phrase));
  const vowel = highVowel(lastVowel(spoken));
  return attach(phrase, endsInVowel(spoken) ? `n${vowel}n` : `${vowel}n`);
}

/** The locative: "Bakı" → "Bakıda", "Tbilisi" → "Tbilisidə", "London" → "Londonda". */
export function locative(phrase: string): string {
  return attach(phrase, `d${lowVowel(lastVowel(spokenEnding(lastWord(phrase))))}`);
}

/**
 * A title as the head of "whose" ("Azərbaycan Respublikasının Baş naziri"):
 * the third-person possessive. A title that already ends in it ("Xarici
 * işlər naziri", "Baş katibin müavini") is written as it is.
 */
export function possessiveTitle(title: string): string {
  const trimmed = title.trim();
  const word = lastWord(trimmed);
  if (word === '' || isAbbreviation(word)) return trimmed;
  // A final high vowel after a consonant is the possessive already (naziri, sədri, başçısı, nümayəndəsi).
  if (/[^aıoueəiöü][ıiuü]$/iu.test(word) && word.length > 3) return trimmed;
  const vowel = highVowel(lastVowel(word));
  return `${trimmed}${endsInVowel(word) ? `s${vowel}` : vowel}`;
}

/** The names of numbers, for the vowel a number written in digits ends on. */
const ones = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const tens = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];

/** The last word of a whole number read aloud: 2025 → "beş", 2020 → "iyirmi", 2000 → "min". */
function spokenNumberEnding(value: number): string {
  const whole = Math.abs(Math.trunc(value));
  if (whole === 0) return 'sıfır';
  if (whole % 10 !== 0) return ones[whole % 10] ?? '';
  if (whole % 100 !== 0) return tens[(whole % 100) / 10] ?? '';
  if (whole % 1000 !== 0) return 'yüz';
  if (whole % 1_000_000 !== 0) return 'min';
  return 'milyon';
}

/** An ordinal in digits: 2025 → "2025-ci", 2024 → "2024-cü", 2026 → "2026-cı", 2030 → "2030-cu". */
export function ordinal(value: number): string {
  return `${value}-c${highVowel(lastVowel(spokenNumberEnding(value)))}`;
}

/** The locative of a number in digits: 21 → "21-də", 6 → "6-da", 30 → "30-da". */
export function numberLocative(value: number): string {
  return `${value}-d${lowVowel(lastVowel(spokenNumberEnding(value)))}`;
}
