import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, type ContextMenuRequest } from './context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const request = (overrides: Partial<ContextMenuRequest>): ContextMenuRequest => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: flags,
  ...overrides,
});
const describeItems = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role ?? item.type);

describe('contextMenuTemplate', () => {
  it('offers the spelling suggestions for a misspelled word first, then Add to Dictionary, then editing', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = contextMenuTemplate(request({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments', 'a', 'b', 'c', 'd'] }), actions);
    expect(describeItems(items)).toEqual(['government', 'governments', 'a', 'b', 'c', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    (items[0]?.click as () => void)();
    (items[5]?.click as () => void)();
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('government');
    expect(actions.addToDictionary).toHaveBeenCalledWith('goverment');
  });

  it('says so when the checker has no suggestion', () => {
    const items = contextMenuTemplate(request({ misspelledWord: 'Bakıda' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
    expect(items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
  });

  it('follows what the page allows, and outside text offers only Copy of a selection', () => {
    const editing = contextMenuTemplate(request({ editFlags: { ...flags, canCut: false, canCopy: false } }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
    expect(editing.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(describeItems(contextMenuTemplate(request({ isEditable: false, selectionText: 'Baku' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }))).toEqual(['copy']);
    expect(contextMenuTemplate(request({ isEditable: false }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() })).toEqual([]);
  });
});
