import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../../shared/i18n/messages';

/** What the context menu needs from Electron's `context-menu` event parameters. */
export interface ContextMenuRequest {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling: (suggestion: string) => void;
  addToDictionary: (word: string) => void;
}

/**
 * The right-click menu, as a word processor has it: spelling suggestions
 * for a misspelled word first (at most five, then "Add to Dictionary"),
 * then Cut, Copy and Paste as the page allows them. Outside editable text
 * only Copy is offered, and nothing at all when there is nothing to copy.
 * Every label is in the interface language: Electron would name the roles
 * in English.
 */
export function contextMenuTemplate(request: ContextMenuRequest, actions: ContextMenuActions, t: Translate): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (request.isEditable && request.misspelledWord) {
    const suggestions = request.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) items.push({ label: t('menu.noSpellingSuggestions'), enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ label: t('menu.addToDictionary'), click: () => actions.addToDictionary(request.misspelledWord) }, { type: 'separator' });
  }
  if (request.isEditable) {
    items.push(
      { role: 'cut', label: t('menu.cut'), enabled: request.editFlags.canCut },
      { role: 'copy', label: t('menu.copy'), enabled: request.editFlags.canCopy },
      { role: 'paste', label: t('menu.paste'), enabled: request.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('menu.selectAll'), enabled: request.editFlags.canSelectAll },
    );
  } else if (request.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: t('menu.copy'), enabled: request.editFlags.canCopy });
  }
  return items;
}
