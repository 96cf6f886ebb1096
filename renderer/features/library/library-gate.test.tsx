import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../shared/ipc/contract';
import type { LibraryStatus } from '../../../shared/ipc/library-service';
import { ApiContext } from '../../api/api-context';
import { buildAppEventSource, eventChannelName } from '../../../shared/ipc/app-events';
import { InterfaceLanguageProvider } from '../../ui/interface-language';
import { LibraryGate } from './library-gate';

// The statuses come from `startLibrary` (tests/corruption/damaged-library.test.ts checks them on real files).
const file = '/home/press/.config/Briefing Desk/library.sqlite';
const keptAt = '/home/press/.config/Briefing Desk/library.damaged-2026-11-29T08-00-00-000Z.sqlite';

async function renderGate(status: LibraryStatus, recovered: LibraryStatus = { state: 'open', file }) {
  const recover = vi.fn(async () => recovered);
  const api = { library: { status: async () => status, recover } } as unknown as Services;
  render(
    <ApiContext.Provider value={api}>
      <LibraryGate>
        <p>The workspace</p>
      </LibraryGate>
    </ApiContext.Provider>,
  );
  await act(async () => undefined);
  return { recover };
}

describe('LibraryGate', () => {
  afterEach(cleanup);

  it('opens the workspace straight away when the library opened as it should', async () => {
    await renderGate({ state: 'open', file });
    expect(screen.getByText('The workspace')).toBeTruthy();
  });

  it('says first that the last changes could not be read back, then opens the workspace', async () => {
    const notice = `Briefing Desk stopped unexpectedly last time and the library's journal file (library.sqlite-wal) was missing, so the last changes saved before that could not be read back. The library is open as it was before them; the files as they were found have been kept at ${keptAt}.`;
    await renderGate({ state: 'open', file, notice });
    const page = screen.getByRole('main', { name: 'Library notice' });
    expect(page.textContent).toContain(notice);
    expect(screen.queryByText('The workspace')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the library' }));
    expect(screen.getByText('The workspace')).toBeTruthy();
  });

  it('says the notice in the interface language when the main process gives it as a catalog message', async () => {
    const api = { library: { status: async () => status } } as unknown as Services;
    const status: LibraryStatus = {
      state: 'open',
      file,
      notice: 'The English sentence, for logs',
      localisedNotice: { id: 'recovery.journalDamaged', values: { journal: 'library.sqlite-wal', keptAt } },
    };
    render(
      <ApiContext.Provider value={api}>
        <InterfaceLanguageProvider chosen="az">
          <LibraryGate>
            <p>The workspace</p>
          </LibraryGate>
        </InterfaceLanguageProvider>
      </ApiContext.Provider>,
    );
    await act(async () => undefined);
    const text = document.body.textContent ?? '';
    expect(text).toContain('kitabxananın jurnal faylı (library.sqlite-wal) zədələnmişdi');
    expect(text).toContain(`${keptAt} ünvanında saxlanılıb`);
    expect(text).not.toContain('The English sentence');
  });

  it('offers the backup of the day before for a damaged file, and opens the workspace once restored', async () => {
    const problem = `The library file was damaged or is not a Briefing Desk library. It has been moved aside to ${keptAt}, unchanged.`;
    const { recover } = await renderGate({
      state: 'recovery',
      file,
      problem,
      movedAsideTo: keptAt,
      latestBackup: { name: 'library-2026-11-28T08-00-00-000Z-automatic.sqlite', kind: 'automatic', createdAt: '2026-11-28T08:00:00.000Z', bytes: 1_167_360 },
    });
    const page = screen.getByRole('main', { name: 'Library recovery' });
    expect(page.textContent).toContain(problem);
    expect(page.textContent).toContain('Nothing has been deleted.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Restore the backup of / })));
    expect(recover).toHaveBeenCalledWith('restore-latest-backup');
    expect(screen.getByText('The workspace')).toBeTruthy();
  });

  it('leaves the workspace for recovery when the background check finds the open library damaged', async () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    Object.defineProperty(window, 'appEvents', {
      configurable: true,
      value: buildAppEventSource((channel, deliver) => {
        listeners.set(channel, deliver);
        return () => listeners.delete(channel);
      }),
    });
    const problem = `The library file was damaged or is not a Briefing Desk library. It has been moved aside to ${keptAt}, unchanged.`;
    let status: LibraryStatus = { state: 'open', file };
    const api = { library: { status: async () => status, recover: vi.fn() } } as unknown as Services;
    try {
      render(
        <ApiContext.Provider value={api}>
          <LibraryGate>
            <p>The workspace</p>
          </LibraryGate>
        </ApiContext.Provider>,
      );
      await act(async () => undefined);
      expect(screen.getByText('The workspace')).toBeTruthy();
      status = { state: 'recovery', file, problem, movedAsideTo: keptAt, latestBackup: null };
      await act(async () => listeners.get(eventChannelName('library-status-changed'))?.({}));
      expect(screen.queryByText('The workspace')).toBeNull();
      expect(screen.getByRole('main', { name: 'Library recovery' }).textContent).toContain(problem);
    } finally {
      Reflect.deleteProperty(window, 'appEvents');
    }
  });
});
