import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../shared/i18n/translator';
import { contextMenuTemplate, type ContextMenuRequest } from './context-menu';

const english = createTranslator('en');

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const request = (overrides: Partial<ContextMenuRequest>): ContextMenuRequest => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: flags,
  ...overrides,
});
const describeItems = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.label ?? item.type);

describe('contextMenuTemplate', () => {
  it('offers the spelling suggestions for a misspelled word first, then Add to Dictionary, then editing', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = contextMenuTemplate(request({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments', 'a', 'b', 'c', 'd'] }), actions, english);
    expect(describeItems(items)).toEqual(['government', 'governments', 'a', 'b', 'c', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    (items[0]?.click as () => void)();
    (items[5]?.click as () => void)();
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('government');
    expect(actions.addToDictionary).toHaveBeenCalledWith('goverment');
  });

  it('says so when the checker has no suggestion', () => {
    const items = contextMenuTemplate(request({ misspelledWord: 'Bakıda' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }, english);
    expect(items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
  });

  it('follows what the page allows, and outside text offers only Copy of a selection', () => {
    const editing = contextMenuTemplate(request({ editFlags: { ...flags, canCut: false, canCopy: false } }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }, english);
    expect(editing.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(describeItems(contextMenuTemplate(request({ isEditable: false, selectionText: 'Baku' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }, english))).toEqual(['copy']);
    expect(contextMenuTemplate(request({ isEditable: false }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }, english)).toEqual([]);
  });

  it('speaks the interface language, the roles included, which Electron would name in English', () => {
    const items = contextMenuTemplate(request({ misspelledWord: 'Bakıda' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }, createTranslator('az'));
    expect(items.map((item) => item.label).filter(Boolean)).toEqual(['Orfoqrafiya təklifi yoxdur', 'Lüğətə əlavə et', 'Kəs', 'Köçür', 'Yapışdır', 'Hamısını seç']);
    const russian = contextMenuTemplate(request({ isEditable: false, selectionText: 'Баку' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }, createTranslator('ru'));
    expect(russian).toMatchObject([{ role: 'copy', label: 'Копировать' }]);
  });
});
