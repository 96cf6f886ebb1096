import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefingSummary } from '../../../shared/document/briefing';
import { builtInTemplates } from '../../../shared/document/templates/built-in-templates';
import { formatEdited, formatEventDate } from '../../app/format';
import { LibraryPanel } from './library-panel';

const summary: BriefingSummary = {
  id: '6f1c1d4e-1111-4a4a-9b9b-222233334444',
  templateId: 'meeting-readout',
  templateName: 'Meeting readout',
  title: 'Baş nazir Əli Əsədov ITU rəhbəri ilə görüşüb',
  language: 'az',
  status: 'in-review',
  eventDate: '2025-11-21',
  updatedAt: '2024-03-02T10:00:00.000Z',
  revision: 3,
};

describe('LibraryPanel', () => {
  afterEach(cleanup);

  it('lists each briefing with its template, event date and status, and opens it on click', () => {
    const onOpen = vi.fn();
    render(<LibraryPanel briefings={[summary]} templates={[...builtInTemplates]} selectedId={undefined} error={undefined} onOpen={onOpen} onCreate={vi.fn()} onManageTemplates={vi.fn()} onOpenSettings={vi.fn()} />);
    const item = screen.getByRole('button', { name: /Baş nazir Əli Əsədov/ });
    expect(item.textContent).toContain('Meeting readout');
    expect(item.textContent).toContain(formatEventDate('2025-11-21'));
    expect(item.textContent).toContain(`Edited ${formatEdited(summary.updatedAt)}`);
    expect(item.textContent).toContain('In review');
    fireEvent.click(item);
    expect(onOpen).toHaveBeenCalledWith(summary.id);
  });

  it('offers every template under "New briefing"', () => {
    const onCreate = vi.fn();
    render(<LibraryPanel briefings={[]} templates={[...builtInTemplates]} selectedId={undefined} error={undefined} onOpen={vi.fn()} onCreate={onCreate} onManageTemplates={vi.fn()} onOpenSettings={vi.fn()} />);
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
