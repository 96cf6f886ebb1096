import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../shared/ipc/contract';
import { ApiContext } from '../api/api-context';
import { BriefingErrorScreen } from '../features/briefing/briefing-error-screen';
import { ErrorBoundary } from '../ui/error-boundary';
import { ModalDialog } from '../ui/modal-dialog';
import { withModalDialogs } from '../../tests/support/modal-dialogs';

withModalDialogs();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** What `validateBriefing` did with a field named after a built-in before field reads were own-property only. */
function Crashing(): never {
  throw new TypeError('value.trim is not a function');
}

describe('error boundaries', () => {
  it('keeps a failing part to itself: the rest of the window stays, and “try again” renders it anew', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('broken');
      return <p>Library list</p>;
    }
    render(
      <div>
        <p>The rest of the window</p>
        <ErrorBoundary fallback={(_error, retry) => <button onClick={retry}>Again</button>}>
          <Flaky />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByText('The rest of the window')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Again' }));
    expect(screen.getByText('Library list')).toBeTruthy();
  });

  it('a dialog whose content fails says so in one sentence and can still be closed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onClose = vi.fn();
    render(
      <ModalDialog title="History" onClose={onClose}>
        <Crashing />
      </ModalDialog>,
    );
    expect(screen.getByRole('alert').textContent).toBe('This dialog could not be shown. Nothing was changed.');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('the briefing that cannot be shown offers its history and its .briefing.json file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const exportFile = vi.fn(async () => ({ fileName: 'Poisoned.briefing.json', contents: '{"format":"briefing-desk/briefing"}\n' }));
    const list = vi.fn(async () => []);
    const api = { briefings: { exportFile }, history: { list } } as unknown as Services;
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const onReopen = vi.fn();
    const briefing = { id: '7a1c1d4e-1111-4a4a-9b9b-222233334444', title: 'Poisoned', body: [] };
    render(
      <ApiContext.Provider value={api}>
        <ErrorBoundary fallback={() => <BriefingErrorScreen briefing={briefing} onReopen={onReopen} />}>
          <Crashing />
        </ErrorBoundary>
      </ApiContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: 'This briefing cannot be shown' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export briefing file…' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(exportFile).toHaveBeenCalledWith(briefing.id);
    expect(clicked[0]?.download).toBe('Poisoned.briefing.json');
    expect(decodeURIComponent(clicked[0]?.href ?? '')).toContain('"format":"briefing-desk/briefing"');

    fireEvent.click(screen.getByRole('button', { name: 'Show history' }));
    await waitFor(() => expect(list).toHaveBeenCalledWith(briefing.id));
    expect(screen.getByRole('dialog', { hidden: true, name: 'History' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try again', hidden: true }));
    expect(onReopen).toHaveBeenCalledWith(briefing.id);
  });
});
