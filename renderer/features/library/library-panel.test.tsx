import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInTemplates } from '../../../shared/document/templates/built-in-templates';
import type { LibrarySearchHit, LibrarySearchQuery } from '../../../shared/ipc/briefing-service';
import type { Services } from '../../../shared/ipc/contract';
import { ApiContext } from '../../api/api-context';
import { formatEdited, formatEventDate } from '../../app/format';
import { LibraryPanel } from './library-panel';

const hit = (id: string, title: string): LibrarySearchHit => ({
  id,
  templateId: 'meeting-readout',
  templateName: 'Meeting readout',
  title,
  language: 'az',
  status: 'in-review',
  eventDate: '2025-11-21',
  updatedAt: '2024-03-02T10:00:00.000Z',
  revision: 3,
  trashedAt: null,
});

const first = hit('6f1c1d4e-1111-4a4a-9b9b-222233334444', 'Baş nazir Əli Əsədov ITU rəhbəri ilə görüşüb');
const second = hit('6f1c1d4e-1111-4a4a-9b9b-555566667777', 'Readout: Geneva');

/**
 * The bridge as the panel sees it, answering `search` from two fixed hits.
 * The real search behind it is tested in electron/storage and end to end.
 */
function bridge(hits: LibrarySearchHit[]) {
  const search = vi.fn(async (query: LibrarySearchQuery) => {
    const found = query.text ? hits.slice(0, 1).map((one) => ({ ...one, snippet: { parts: [{ text: 'in ', match: false }, { text: 'Bakı', match: true }], truncatedStart: true, truncatedEnd: false } })) : hits;
    return { hits: found, total: found.length };
  });
  const api = { briefings: { search, organisations: async () => [] } } as unknown as Services;
  return { api, search };
}

async function renderPanel(hits: LibrarySearchHit[], props: Partial<Parameters<typeof LibraryPanel>[0]> = {}) {
  const { api, search } = bridge(hits);
  render(
    <ApiContext.Provider value={api}>
      <LibraryPanel briefings={[]} templates={[...builtInTemplates]} selectedId={undefined} error={undefined} onOpen={vi.fn()} onCreate={vi.fn()} onManageTemplates={vi.fn()} onOpenSettings={vi.fn()} {...props} />
    </ApiContext.Provider>,
  );
  await act(async () => vi.advanceTimersByTimeAsync(200));
  return { search };
}

describe('LibraryPanel', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('lists each briefing with its template, event date and status, and opens it on click', async () => {
    vi.useFakeTimers();
    const onOpen = vi.fn();
    await renderPanel([first], { onOpen });
    const item = screen.getByRole('button', { name: /Baş nazir Əli Əsədov/ });
    expect(item.textContent).toContain('Meeting readout');
    expect(item.textContent).toContain(formatEventDate('2025-11-21'));
    expect(item.textContent).toContain(`Edited ${formatEdited(first.updatedAt)}`);
    expect(item.textContent).toContain('In review');
    fireEvent.click(item);
    expect(onOpen).toHaveBeenCalledWith(first.id);
  });

  it('searches as the person types, marks the matched words, and moves through results with the arrow keys', async () => {
    vi.useFakeTimers();
    const { search } = await renderPanel([first, second]);
    const box = screen.getByRole('searchbox', { name: 'Search the library' });
    fireEvent.change(box, { target: { value: 'baki' } });
    await act(async () => vi.advanceTimersByTimeAsync(200));
    expect(search).toHaveBeenLastCalledWith({ text: 'baki' });
    expect(screen.getByText('Bakı').tagName).toBe('MARK');
    fireEvent.change(box, { target: { value: '' } });
    await act(async () => vi.advanceTimersByTimeAsync(200));
    const [one, two] = screen.getAllByRole('button', { name: /Baş nazir|Readout: Geneva/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(one);
    fireEvent.keyDown(one!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(two);
    fireEvent.keyDown(two!, { key: 'Escape' });
    expect(document.activeElement).toBe(box);
  });

  it('offers every template under "New briefing"', async () => {
    vi.useFakeTimers();
    const onCreate = vi.fn();
    await renderPanel([], { onCreate });
    expect(screen.getByText(/No briefings yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New briefing' }));
    const items = screen.getAllByRole('menuitem');
    expect(items.map((menuItem) => menuItem.querySelector('.menu-item-title')?.textContent)).toEqual([
      ...builtInTemplates.map((template) => template.name),
      'Manage templates…',
    ]);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowUp' });
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items.at(-1));
    fireEvent.click(screen.getByRole('menuitem', { name: /Blank briefing/ }));
    expect(onCreate).toHaveBeenCalledWith('blank');
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
