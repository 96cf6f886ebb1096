import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { sampleBriefing } from '../../tests/fixtures/export/sample-briefings';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary } from '../storage/library';
import { createServices } from './create-services';

// What a window tells the shell, and what the shell hears back: recent briefings, new windows, changes for other windows.
describe('createServices: windows, recent briefings and changes', () => {
  const folder = testLibraryFolder();

  async function setup() {
    const library = openLibrary(folder.path());
    const host = createTestServiceHost();
    const services = createServices(library, host);
    const first = await services.briefings.create({ templateId: 'meeting-readout', title: 'Readout: ITU' });
    const second = await services.briefings.create({ templateId: 'press-release', title: 'Press release: WSIS' });
    return { library, host, services, first, second };
  }

  it('keeps File › Open Recent current as windows show briefings', async () => {
    const { library, host, services, first, second } = await setup();
    await services.lifecycle.showingBriefing(first.id);
    const recent = await services.lifecycle.showingBriefing(second.id);
    expect(recent).toEqual([
      { id: second.id, title: 'Press release: WSIS' },
      { id: first.id, title: 'Readout: ITU' },
    ]);
    expect(host.recentBriefingLists.at(-1)).toEqual(recent);
    expect(host.shownBriefings).toEqual([first.id, second.id]);
    expect(await services.lifecycle.recentBriefings()).toEqual(recent);

    // A rename shows in the menu; a briefing moved to the Trash leaves it.
    await services.briefings.save({ id: first.id, baseRevision: first.revision, title: 'Readout: ITU Secretary-General' });
    expect(host.recentBriefingLists.at(-1)?.find((briefing) => briefing.id === first.id)?.title).toBe('Readout: ITU Secretary-General');
    // An autosave that does not touch the title leaves the menu alone.
    const listsBefore = host.recentBriefingLists.length;
    const renamed = await services.briefings.get(first.id);
    await services.briefings.save({ id: first.id, baseRevision: renamed.revision, participants: [] });
    expect(host.recentBriefingLists).toHaveLength(listsBefore);
    await services.briefings.moveToTrash(second.id);
    expect(host.recentBriefingLists.at(-1)?.map((briefing) => briefing.id)).toEqual([first.id]);

    await services.lifecycle.showingBriefing(null);
    expect(host.shownBriefings.at(-1)).toBeNull();
    await expect(services.lifecycle.showingBriefing(second.id)).rejects.toMatchObject({ code: 'not-found' });
    library.close();
  });

  it('opens a briefing in a window of its own only when it is in the library', async () => {
    const { library, host, services, first, second } = await setup();
    await services.lifecycle.openInNewWindow(first.id);
    expect(host.openedWindows).toEqual([first.id]);
    await services.briefings.moveToTrash(second.id);
    await expect(services.lifecycle.openInNewWindow(second.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(host.openedWindows).toEqual([first.id]);
    library.close();
  });

  it('tells the shell of every change other windows must see, with the new revision', async () => {
    const { library, host, services, first } = await setup();
    host.briefingChanges.length = 0;
    // The sample readout's details and text, so it may go for review.
    const complete = sampleBriefing('meeting-readout');
    const saved = await services.briefings.save({ id: first.id, baseRevision: first.revision, title: 'Readout', fields: complete.fields, body: complete.body });
    const reviewed = await services.briefings.changeStatus({ id: first.id, baseRevision: saved.revision, status: 'in-review' });
    const copy = await services.briefings.duplicate(first.id);
    await services.briefings.moveToTrash(copy.id);
    await services.briefings.restoreFromTrash(copy.id);
    await services.briefings.moveToTrash(copy.id);
    await services.briefings.deleteForever(copy.id);
    // A failed save changes nothing, so nobody is told.
    await expect(services.briefings.save({ id: first.id, baseRevision: 1, title: 'Stale' })).rejects.toMatchObject({ code: 'conflict' });
    expect(host.briefingChanges).toEqual([
      { briefingId: first.id, revision: saved.revision },
      { briefingId: first.id, revision: reviewed.revision },
      { briefingId: copy.id, revision: copy.revision },
      { briefingId: copy.id, revision: null },
      { briefingId: copy.id, revision: copy.revision },
      { briefingId: copy.id, revision: null },
      { briefingId: copy.id, revision: null },
    ]);
    library.close();
  });
});
