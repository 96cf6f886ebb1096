import { statSync } from 'node:fs';
import { generatedBriefing, seededRandom } from '../../bench/library-corpus';
import { openLibrary } from '../../electron/storage/library';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { sampleBriefing, sampleTemplateIds } from '../fixtures/export/sample-briefings';

export interface SampleLibrary {
  /** Briefings outside the Trash, as the library lists them. */
  titles: string[];
  /** Rows in the revisions table. */
  revisions: number;
  pageSize: number;
  pages: number;
}

/**
 * A library as a press office has it after a few weeks, for the corruption
 * tests: the demo readout, the sample meeting in every template, a dozen
 * generated briefings in English, Azerbaijani and Russian saved several
 * times each (so there are revisions), one in the Trash, and the FTS index
 * over all of it. Deterministic: the same file content every time (ids and
 * the seed aside). Closed, so everything is in the main file (no -wal).
 */
export function buildSampleLibrary(file: string): SampleLibrary {
  let now = Date.parse('2026-11-02T08:00:00Z');
  // Ten minutes between writes: every save leaves an autosave checkpoint in the history.
  const library = openLibrary(file, { seedDemo: true, clock: () => new Date((now += 600_000)) });
  try {
    for (const templateId of sampleTemplateIds) {
      const { id: _id, status: _status, createdAt: _created, updatedAt: _updated, revision: _revision, ...content } = sampleBriefing(templateId);
      library.briefings.create(content);
    }
    const random = seededRandom(20_251_121);
    const readout = findBuiltInTemplate('meeting-readout');
    if (!readout) throw new Error('the meeting readout template is missing');
    const template = newBriefingContent(readout);
    for (let index = 0; index < 12; index += 1) {
      const created = library.briefings.create(generatedBriefing(random, template, index));
      let revision = created.revision;
      for (let save = 0; save < 3; save += 1) {
        const next = generatedBriefing(random, template, index);
        revision = library.briefings.save({ id: created.id, baseRevision: revision, title: `${created.title} (${save + 2})`, body: next.body }).revision;
      }
      if (index === 11) library.briefings.moveToTrash(created.id);
    }
    const titles = library.briefings.list().map((briefing) => briefing.title);
    const revisions = (library.database.prepare('SELECT count(*) AS count FROM revisions').get() as { count: number }).count;
    const pageSize = library.database.pragma('page_size', { simple: true }) as number;
    library.close();
    return { titles, revisions, pageSize, pages: statSync(file).size / pageSize };
  } catch (error) {
    library.close();
    throw error;
  }
}
