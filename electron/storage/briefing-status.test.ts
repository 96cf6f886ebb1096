import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { openLibrary } from './library';

describe('briefing status', () => {
  const folder = testLibraryFolder();

  it('moves through review to release, one step at a time, each step in the history with who did it', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(templateContent());
    let revision = created.revision;
    for (const status of ['in-review', 'approved', 'released'] as const) {
      revision = library.briefings.changeStatus({ id: created.id, baseRevision: revision, status }, 'Leyla Məmmədova').revision;
    }
    expect(library.briefings.get(created.id)).toMatchObject({ status: 'released', revision: 4 });
    const labels = library.revisions.list(created.id).filter((entry) => entry.reason === 'status').map((entry) => entry.label);
    expect(labels).toEqual(expect.arrayContaining(['In review — Leyla Məmmədova', 'Approved — Leyla Məmmədova', 'Released — Leyla Məmmədova']));
    library.close();
  });

  it('refuses a skipped step, a stale revision, and going back without a reason', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(templateContent());
    expect(thrownBy(() => library.briefings.changeStatus({ id: created.id, baseRevision: 1, status: 'released' }, ''))).toMatchObject({
      code: 'invalid-argument',
      message: 'A briefing that is “Draft” cannot be marked “Released”.',
    });
    const inReview = library.briefings.changeStatus({ id: created.id, baseRevision: 1, status: 'in-review' }, '');
    expect(thrownBy(() => library.briefings.changeStatus({ id: created.id, baseRevision: 1, status: 'approved' }, ''))).toMatchObject({ code: 'conflict' });
    expect(thrownBy(() => library.briefings.changeStatus({ id: created.id, baseRevision: inReview.revision, status: 'draft', reason: '  ' }, ''))).toMatchObject({
      code: 'invalid-argument',
      message: 'Say why the briefing goes back to draft; the reason is kept in its history.',
    });
    expect(library.briefings.get(created.id).status).toBe('in-review');
    library.close();
  });

  it('keeps an approved briefing as it was signed off until it is reopened with a reason', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(templateContent());
    const review = library.briefings.changeStatus({ id: created.id, baseRevision: 1, status: 'in-review' }, '');
    const approved = library.briefings.changeStatus({ id: created.id, baseRevision: review.revision, status: 'approved' }, '');
    expect(thrownBy(() => library.briefings.save({ id: created.id, baseRevision: approved.revision, title: 'Changed after approval' }))).toMatchObject({
      code: 'invalid-argument',
      message: 'This briefing is approved and read-only; reopen it for editing first.',
    });
    const reopened = library.briefings.changeStatus({ id: created.id, baseRevision: approved.revision, status: 'draft', reason: 'New quote from the minister' }, 'Rauf');
    library.briefings.save({ id: created.id, baseRevision: reopened.revision, title: 'Changed after reopening' });
    expect(library.briefings.get(created.id)).toMatchObject({ status: 'draft', title: 'Changed after reopening' });
    expect(library.revisions.list(created.id).map((entry) => entry.label)).toContain('Draft — Rauf: New quote from the minister');
    library.close();
  });
});
