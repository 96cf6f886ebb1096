import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../ui/interface-language';

export interface SpellingMenuProps {
  word: string;
  /** Undefined while the worker looks for them. */
  suggestions: string[] | undefined;
  /** Where the menu opens, in window coordinates. */
  position: { left: number; top: number };
  onReplace: (suggestion: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  onClose: () => void;
}

/**
 * The menu of a misspelt word, opened by a right-click, the context-menu key
 * or Shift+F10, and by F7's walk: up to five suggestions, then "Add to
 * dictionary" and "Ignore". Arrow keys, Home and End move; Escape closes.
 */
export function SpellingMenu({ word, suggestions, position, onReplace, onAdd, onIgnore, onClose }: SpellingMenuProps) {
  const t = useT();
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The first item takes the focus once it is there (the suggestions may arrive a moment later).
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [suggestions]);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [onClose]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    const index = items.findIndex((item) => item === document.activeElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'Escape':
        onClose();
        break;
      case 'ArrowDown':
        focus(index + 1);
        break;
      case 'ArrowUp':
        focus(index - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(items.length - 1);
        break;
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      ref={menu}
      className="menu spelling-menu"
      role="menu"
      aria-label={t('spelling.menuFor', { word })}
      style={{ left: position.left, top: position.top }}
      onKeyDown={handleKeyDown}
    >
      {suggestions === undefined && <div className="spelling-menu-note">{t('spelling.loadingSuggestions')}</div>}
      {suggestions?.length === 0 && <div className="spelling-menu-note">{t('spelling.noSuggestions')}</div>}
      {suggestions?.map((suggestion) => (
        <button key={suggestion} type="button" role="menuitem" className="menu-item spelling-suggestion" onClick={() => onReplace(suggestion)}>
          <span className="menu-item-title">{suggestion}</span>
        </button>
      ))}
      <div className="menu-separator" role="separator" />
      <button type="button" role="menuitem" className="menu-item" onClick={onAdd}>
        <span className="menu-item-title">{t('spelling.addToDictionary')}</span>
      </button>
      <button type="button" role="menuitem" className="menu-item" onClick={onIgnore}>
        <span className="menu-item-title">{t('spelling.ignore')}</span>
      </button>
    </div>
  );
}
