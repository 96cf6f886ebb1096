import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInTemplates } from '../../../shared/document/templates/built-in-templates';
import type { LibrarySearchHit, LibrarySearchQuery } from '../../../shared/ipc/briefing-service';
import type { Services } from '../../../shared/ipc/contract';
import { ApiContext } from '../../api/api-context';
import { formatEdited, formatEventDate, formatWallClock } from '../../ui/format';
import { InterfaceLanguageProvider, interfaceFormat } from '../../ui/interface-language';
import type { InterfaceLanguage } from '../../../shared/i18n/interface-language';
import { LibraryPanel } from './library-panel';

const hit = (id: string, title: string): LibrarySearchHit => ({
  id,
  templateId: 'meeting-readout',
  templateName: 'Meeting readout',
  title,
  language: 'az',
  status: 'in-review',
  eventDate: '2025-11-21',
  embargoUntil: null,
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
    const statusCounts = { draft: 0, 'in-review': 0, approved: 0, released: 0 };
    for (const one of found) statusCounts[one.status] += 1;
    const shown = found.filter((one) => !query.status || one.status === query.status);
    return { hits: shown, total: shown.length, statusCounts };
  });
  const api = {
    briefings: { search, organisations: async () => [] },
    // One person's library: the team status line shows nothing.
    team: { status: async () => ({ state: 'local', server: null, offlineSince: null, lastSync: null, waiting: 0, conflicts: 0, role: null }) },
  } as unknown as Services;
  return { api, search };
}

const english = interfaceFormat('en');

async function renderPanel(hits: LibrarySearchHit[], props: Partial<Parameters<typeof LibraryPanel>[0]> = {}, language: InterfaceLanguage | null = null) {
  const { api, search } = bridge(hits);
  render(
    <ApiContext.Provider value={api}>
      <InterfaceLanguageProvider chosen={language}>
      <LibraryPanel templates={[...builtInTemplates]} selectedId={undefined} error={undefined} onOpen={vi.fn()} onCreate={vi.fn()} onManageTemplates={vi.fn()} onOpenSettings={vi.fn()} {...props} />
      </InterfaceLanguageProvider>
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
    expect(item.textContent).toContain(formatEventDate('2025-11-21', english));
    expect(item.textContent).toContain(`Edited ${formatEdited(first.updatedAt, english)}`);
    expect(item.textContent).toContain('In review');
    fireEvent.click(item);
    expect(onOpen).toHaveBeenCalledWith(first.id);
  });

  it('speaks the interface language: Azerbaijani labels, statuses and dates, Russian counts', async () => {
    vi.useFakeTimers();
    await renderPanel([first], {}, 'az');
    expect(screen.getByRole('searchbox', { name: 'Kitabxanada axtar' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Bütün brifinqlər/ })).toBeTruthy();
    const item = screen.getByRole('button', { name: /Baş nazir Əli Əsədov/ });
    expect(item.textContent).toContain('Yoxlamada');
    expect(item.textContent).toContain('21 noy 2025');
    expect(item.textContent).toContain('Dəyişdirilib: 2 mar 2024');
    cleanup();
    await renderPanel([first], {}, 'ru');
    expect(screen.getByRole('button', { name: 'Новый брифинг' })).toBeTruthy();
    // The status line counts in Russian, with the catalog's plural in each status's tooltip.
    const statuses = screen.getByRole('group', { name: 'Статус' });
    expect(within(statuses).getAllByRole('button').map((button) => button.textContent)[0]).toBe('Все 1');
    expect(within(statuses).getAllByRole('button')[1]?.getAttribute('title')).toMatch(/: 1 брифинг$/);
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
  it("names the built-in templates in the interface language (New menu, filter, each row) and a person's own as written", async () => {
    vi.useFakeTimers();
    const own = { ...builtInTemplates[0]!, id: 'user-1', name: 'Our weekly readout', description: 'As the office writes it', builtIn: false };
    await renderPanel([first], { templates: [...builtInTemplates, own] }, 'az');
    expect(screen.getByRole('button', { name: /Baş nazir Əli Əsədov/ }).textContent).toContain('Görüş haqqında məlumat');
    fireEvent.click(screen.getByRole('button', { name: 'Yeni brifinq' }));
    const titles = screen.getAllByRole('menuitem').map((menuItem) => menuItem.querySelector('.menu-item-title')?.textContent);
    expect(titles.slice(0, 6)).toEqual(['Görüş haqqında məlumat', 'Press-reliz', 'Tezislər və sual-cavab', 'Mətbuat konfransı haqqında qeyd', 'Boş brifinq', 'Our weekly readout']);
    expect(screen.getByRole('menuitem', { name: /Press-reliz/ }).textContent).toContain('Başlıq, yer və tarix sətri');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    cleanup();
    await renderPanel([first], { templates: [...builtInTemplates, own] }, 'ru');
    fireEvent.click(screen.getByRole('button', { name: /Фильтры/ }));
    const filter = screen.getByRole('combobox', { name: 'Шаблон' });
    expect([...filter.querySelectorAll('option')].map((option) => option.textContent).slice(1)).toEqual(['Сообщение о встрече', 'Пресс-релиз', 'Тезисы и вопросы-ответы', 'Записка о пресс-конференции', 'Пустой брифинг', 'Our weekly readout']);
  });

  it('shows how many briefings each status holds, and choosing one lists those', async () => {
    vi.useFakeTimers();
    const third = { ...hit('6f1c1d4e-1111-4a4a-9b9b-888899990000', 'Talking points'), status: 'approved' as const };
    const { search } = await renderPanel([first, second, third]);
    const statuses = screen.getByRole('group', { name: 'Status' });
    const option = (name: RegExp) => within(statuses).getByRole('button', { name });
    // One line that reads as a sentence: a status with nothing in it is left out.
    expect(within(statuses).getAllByRole('button').map((button) => button.textContent)).toEqual(['All 3', 'In review 2', 'Approved 1']);
    expect(statuses.textContent).toBe('All 3·In review 2·Approved 1');

    fireEvent.click(option(/In review/));
    await act(async () => vi.advanceTimersByTimeAsync(200));
    expect(search).toHaveBeenLastCalledWith({ status: 'in-review' });
    expect(option(/In review/).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByRole('button', { name: /Baş nazir|Readout: Geneva|Talking points/ })).toHaveLength(2);
    // The other statuses keep their counts: what choosing them would show.
    expect(option(/Approved/).textContent).toBe('Approved 1');

    fireEvent.click(option(/In review/));
    await act(async () => vi.advanceTimersByTimeAsync(200));
    expect(search).toHaveBeenLastCalledWith({});
    expect(screen.getAllByRole('button', { name: /Baş nazir|Readout: Geneva|Talking points/ })).toHaveLength(3);
  });

  it('marks a briefing under embargo with its time until the embargo lifts', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 21, 9, 58));
    const embargoed = { ...first, embargoUntil: '2026-11-21T10:00' };
    const lifted = { ...second, embargoUntil: '2026-11-20T10:00' };
    await renderPanel([embargoed, lifted]);
    const row = (name: RegExp) => screen.getByRole('button', { name });
    expect(row(/Baş nazir/).textContent).toContain(`Embargoed until ${formatWallClock('2026-11-21T10:00', english)}`);
    expect(row(/Readout: Geneva/).textContent).not.toContain('Embargo');
    // At 10:00 it lifts, with nothing else happening in the list.
    await act(async () => vi.advanceTimersByTimeAsync(2 * 60_000));
    expect(row(/Baş nazir/).textContent).not.toContain('Embargo');
  });
});
