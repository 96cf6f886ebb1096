import { afterEach, describe, expect, it } from 'vitest';
import { commentOnQuote } from '../../shared/document/comment-on-quote';
import { commentThreads } from '../../shared/document/comments';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary, type Library } from '../storage/library';
import { createServices } from './create-services';

const note = { author: 'Leyla Məmmədova', at: '2025-11-21T10:00:00.000Z', text: 'Which conference exactly?' };

describe('review comments through the library', () => {
  const folder = testLibraryFolder();
  let library: Library | undefined;
  afterEach(() => library?.close());

  it('are saved, read back after reopening, duplicated with the text, and left out of a new language version', async () => {
    library = openLibrary(folder.path(), { seedDemo: true });
    let services = createServices(library, createTestServiceHost());
    const [demo] = await services.briefings.list({});
    const briefing = await services.briefings.get(demo?.id ?? '');
    const body = commentOnQuote(briefing.body, 'World Telecommunication Development Conference', 'c1', note);
    if (!body) throw new Error('the demo lost its text');
    await services.briefings.save({ id: briefing.id, baseRevision: briefing.revision, body });
    library.close();

    library = openLibrary(folder.path());
    services = createServices(library, createTestServiceHost());
    const quoted = (id: string) => services.briefings.get(id).then((found) => commentThreads(found.body).map(({ thread, quote }) => ({ quote, comments: thread.comments })));
    const expected = [{ quote: 'World Telecommunication Development Conference', comments: [note] }];
    expect(await quoted(briefing.id)).toEqual(expected);
    const copy = await services.briefings.duplicate(briefing.id);
    expect(await quoted(copy.id)).toEqual(expected);
    const translation = await services.versions.translate({ briefingId: briefing.id, language: 'az' });
    expect(JSON.stringify(translation.body)).not.toContain('"comments"');
    expect(await quoted(briefing.id)).toEqual(expected);
  });
});
