import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibrary } from './library';
import { maxRecentBriefings, withRecent } from './recent-briefings-store';

describe('withRecent', () => {
  it('puts the briefing first, once, and keeps at most the maximum', () => {
    expect(withRecent(['b', 'a', 'c'], 'a')).toEqual(['a', 'b', 'c']);
    expect(withRecent(['a', 'b', 'c'], 'd', 3)).toEqual(['d', 'a', 'b']);
  });
});

describe('RecentBriefingsStore', () => {
  const folder = testLibraryFolder();

  function createBriefings(count: number) {
    const library = openLibrary(folder.path());
    const template = library.templates.get('meeting-readout');
    const ids = Array.from({ length: count }, (_, index) =>
      library.briefings.create({ templateId: template.id, title: `Readout ${index + 1}`, language: 'en', fields: {}, participants: [], body: [] }).id,
    );
    return { library, ids };
  }

  it('lists what was opened lately, newest first, with current titles, after the library is reopened', () => {
    const { library, ids } = createBriefings(3);
    const [first, second, third] = ids as [string, string, string];
    library.recentBriefings.remember(first);
    library.recentBriefings.remember(second);
    library.recentBriefings.remember(first);
    library.briefings.save({ id: second, baseRevision: 1, title: 'Readout: İlham Əliyev' });
    library.close();

    const reopened = openLibrary(folder.path());
    expect(reopened.recentBriefings.list()).toEqual([
      { id: first, title: 'Readout 1' },
      { id: second, title: 'Readout: İlham Əliyev' },
    ]);
    expect(reopened.recentBriefings.remember(third).map((briefing) => briefing.id)).toEqual([third, first, second]);
    reopened.close();
  });

  it('leaves out briefings in the Trash or deleted, keeps a bounded list, and clears', () => {
    const { library, ids } = createBriefings(maxRecentBriefings + 2);
    for (const id of ids) library.recentBriefings.remember(id);
    expect(library.recentBriefings.list()).toHaveLength(maxRecentBriefings);
    const [newest, next] = [...ids].reverse() as [string, string];
    library.briefings.moveToTrash(newest);
    library.briefings.moveToTrash(next);
    library.briefings.deleteForever(next);
    const listed = library.recentBriefings.list().map((briefing) => briefing.id);
    expect(listed).not.toContain(newest);
    expect(listed).not.toContain(next);
    expect(listed).toHaveLength(maxRecentBriefings - 2);
    // Back from the Trash, it is back in the list where it was.
    library.briefings.restoreFromTrash(newest);
    expect(library.recentBriefings.list()[0]?.id).toBe(newest);
    library.recentBriefings.clear();
    expect(library.recentBriefings.list()).toEqual([]);
    library.close();
  });

  it('reads a damaged list as empty rather than failing the menu', () => {
    const { library } = createBriefings(1);
    library.settings.set('recentBriefings', ['not-an-id', 42]);
    expect(library.recentBriefings.list()).toEqual([]);
    library.close();
  });
});
