import type { Database } from 'better-sqlite3';
import { unpackBody, type StoredBody } from './body-codec';
import { spellingLanguageOf, type SpellingLanguage } from '../../shared/spelling/spelling-languages';

/** How many of the latest-edited briefings are read: the ones a person is about to open, in a few milliseconds. */
export const languageSampleSize = 20;

/** A passage's language in a stored body: `"lang":"…"` (inside a text's own string the quotes would be escaped). */
const passageLanguage = /"lang":"([^"\\]{1,35})"/gu;

/** The body's JSON text; a body that cannot be unpacked marks no passages (opening it reports the damage). */
function readableBody(row: StoredBody): string {
  try {
    return unpackBody(row);
  } catch {
    return '';
  }
}

/**
 * The spelling languages the library is written in: the languages of the
 * latest-edited briefings not in the Trash and of the passages marked in
 * them, most used first (each briefing counts once per language). Reads at
 * most `sample` rows through the index on (trashed_at, updated_at).
 */
export function recentBriefingLanguages(database: Database, sample = languageSampleSize): SpellingLanguage[] {
  const rows = database
    .prepare<[number], { language: string } & StoredBody>(
      'SELECT language, body_json, body_packed FROM briefings WHERE trashed_at IS NULL ORDER BY updated_at DESC LIMIT ?',
    )
    .all(sample);
  const uses = new Map<SpellingLanguage, number>();
  for (const row of rows) {
    const bodyJson = readableBody(row);
    const tags = [row.language, ...Array.from(bodyJson.matchAll(passageLanguage), (match) => match[1] ?? '')];
    const languages = new Set(tags.flatMap((tag) => spellingLanguageOf(tag) ?? []));
    for (const language of languages) uses.set(language, (uses.get(language) ?? 0) + 1);
  }
  // Ties keep the order met first, newest briefing first.
  return [...uses.entries()].sort((one, other) => other[1] - one[1]).map(([language]) => language);
}
