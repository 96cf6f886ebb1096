import type { Database } from 'better-sqlite3';

/** The personal dictionary in the library file: the words spelling accepts besides the bundled dictionaries. */
export class PersonalDictionaryStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Every word, in the order they were added. */
  list(): string[] {
    return this.database
      .prepare<[], { word: string }>('SELECT word FROM personal_dictionary ORDER BY added_at, rowid')
      .all()
      .map((row) => row.word);
  }

  /** Adds a word; adding one that is there already changes nothing. */
  add(word: string): void {
    this.database.prepare('INSERT INTO personal_dictionary (word, added_at) VALUES (?, ?) ON CONFLICT (word) DO NOTHING').run(word, this.clock().toISOString());
  }

  /** Removes a word; true when it was there. */
  remove(word: string): boolean {
    return this.database.prepare('DELETE FROM personal_dictionary WHERE word = ?').run(word).changes > 0;
  }
}
