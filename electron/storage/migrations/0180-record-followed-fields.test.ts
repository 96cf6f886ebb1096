import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { followedSentence } from '../../../shared/i18n/followed-fields';
import { createTranslator } from '../../../shared/i18n/translator';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';
import { RevisionStore } from '../revision-store';

describe('migration 0180: record followed fields', () => {
  const folder = testLibraryFolder();

  it('turns the English sentence of fields that followed another version into data, and leaves every other label as it was', () => {
    const database = new Database(folder.path());
    database.pragma('foreign_keys = ON');
    migrate(database, { target: 170 });
    const briefing = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision) VALUES (?, ?, 'Readout', ?, 'draft', '{}', '[]', '[]', NULL, 'then', 'then', 1)`,
    );
    briefing.run('az-version', 'meeting-readout', 'az');
    briefing.run('en-version', 'meeting-readout', 'en');
    briefing.run('alone', 'meeting-readout', 'az');
    briefing.run('own-az', 'user-own', 'az');
    briefing.run('own-ru', 'user-own', 'ru');
    const own = { id: 'user-own', fields: [{ id: 'venue', label: 'Venue, city' }, { id: 'host', label: 'Host' }] };
    database.prepare(`INSERT INTO templates (id, name, definition_json, created_at, updated_at) VALUES ('user-own', 'Own', ?, 'then', 'then')`).run(JSON.stringify(own));
    const link = database.prepare(`INSERT INTO language_versions (briefing_id, family_id, source_language, linked_at) VALUES (?, ?, ?, 'then')`);
    link.run('az-version', 'family', null);
    link.run('en-version', 'family', 'az');
    link.run('own-az', 'own-family', null);
    link.run('own-ru', 'own-family', 'az');
    const revision = database.prepare(
      `INSERT INTO revisions (id, briefing_id, briefing_revision, reason, label, created_at, words, title, language, status, fields_json, participants_json, body_json)
       VALUES (?, ?, 1, ?, ?, '2026-01-01T10:00:00.000Z', 3, 'Readout', 'az', 'draft', '{}', '[]', '[]')`,
    );
    revision.run(7, 'az-version', 'manual', 'Meeting date, Guest changed in the English version');
    revision.run(8, 'az-version', 'manual', 'Sent to the minister');
    // Not fields of the template, a language not in the family, a briefing with no family: left alone.
    revision.run(9, 'az-version', 'manual', 'Venue changed in the English version');
    revision.run(10, 'az-version', 'manual', 'Guest changed in the French version');
    revision.run(11, 'alone', 'manual', 'Guest changed in the English version');
    // A person's template whose label holds ", " itself.
    revision.run(12, 'own-ru', 'manual', 'Venue, city, Host changed in the Azerbaijani version');
    revision.run(13, 'en-version', 'autosave', null);

    migrate(database, { target: 180 });
    expect(schemaVersion(database)).toBe(180);
    const rows = database.prepare('SELECT id, reason, label, followed_json AS followed FROM revisions ORDER BY id').all();
    expect(rows).toEqual([
      { id: 7, reason: 'followed', label: null, followed: JSON.stringify({ fields: ['meetingDate', 'guest'], language: 'en' }) },
      { id: 8, reason: 'manual', label: 'Sent to the minister', followed: null },
      { id: 9, reason: 'manual', label: 'Venue changed in the English version', followed: null },
      { id: 10, reason: 'manual', label: 'Guest changed in the French version', followed: null },
      { id: 11, reason: 'manual', label: 'Guest changed in the English version', followed: null },
      { id: 12, reason: 'followed', label: null, followed: JSON.stringify({ fields: ['venue', 'host'], language: 'az' }) },
      { id: 13, reason: 'autosave', label: null, followed: null },
    ]);

    // History reads the converted entry in the interface language.
    const history = new RevisionStore(database).list('az-version');
    const converted = history.find((entry) => entry.id === 7);
    expect(converted).toMatchObject({ reason: 'followed', label: null, followed: { fields: ['meetingDate', 'guest'], language: 'en' } });
    expect(followedSentence(converted!.followed!, findBuiltInTemplate('meeting-readout'), createTranslator('az'))).toBe(
      'İngilis dili versiyasında dəyişdirilib: Görüş tarixi, Qonaq',
    );

    // The rebuilt table keeps its rules: a followed entry needs its data, and rows still go with their briefing.
    const insert = database.prepare(
      `INSERT INTO revisions (briefing_id, briefing_revision, reason, label, followed_json, created_at, words, title, language, status, fields_json, participants_json, body_json)
       VALUES ('az-version', 1, ?, NULL, ?, 'now', 0, 'Readout', 'az', 'draft', '{}', '[]', '[]')`,
    );
    expect(() => insert.run('followed', null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('manual', '{"fields":[],"language":"en"}')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('whim', null)).toThrow(/CHECK constraint failed/);
    database.prepare(`DELETE FROM briefings WHERE id = 'az-version'`).run();
    expect(database.prepare(`SELECT count(*) AS count FROM revisions WHERE briefing_id = 'az-version'`).get()).toEqual({ count: 0 });
    expect(database.prepare(`SELECT count(*) AS count FROM sqlite_schema WHERE type = 'index' AND name = 'revisions_by_briefing'`).get()).toEqual({ count: 1 });
    database.close();
  });
});
