import { useT } from '../../ui/interface-language';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldChoice } from './field-commands';

export interface FieldPickerProps {
  choices: readonly FieldChoice[];
  /** Where to show it, in viewport coordinates (below the caret). */
  position: { left: number; top: number };
  onPick: (choice: FieldChoice) => void;
  onClose: () => void;
}

/** A small searchable list of the template's fields; type to filter, arrows to move, Enter to insert. */
export function FieldPicker({ choices, position, onPick, onClose }: FieldPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const filtered = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return needle ? choices.filter((choice) => choice.label.toLocaleLowerCase().includes(needle)) : [...choices];
  }, [choices, query]);
  const current = Math.min(active, Math.max(0, filtered.length - 1));
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Focus after the editor has finished its own update: it may still be restoring its selection.
    const timer = setTimeout(() => search.current?.focus(), 0);
    // A click anywhere else closes the picker; losing focus alone does not, as the editor may take it back for a moment.
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mousedown', closeOnOutsideClick);
    };
  }, [onClose]);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        setActive((current + 1) % Math.max(1, filtered.length));
        break;
      case 'ArrowUp':
        setActive((current - 1 + filtered.length) % Math.max(1, filtered.length));
        break;
      case 'Enter': {
        const choice = filtered[current];
        if (choice) onPick(choice);
        break;
      }
      case 'Escape':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div ref={root} className="field-picker" style={{ left: position.left, top: position.top }} role="dialog" aria-label={t('fieldPicker.label')}>
      <input
        className="field-picker-search"
        ref={search}
        placeholder={t('fieldPicker.placeholder')}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={filtered[current] ? `${listId}-${current}` : undefined}
        aria-label={t('fieldPicker.input')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <ul className="field-picker-list" role="listbox" id={listId} aria-label={t('fieldPicker.list')}>
        {filtered.length === 0 && <li className="field-picker-empty">{t('fieldPicker.noMatch')}</li>}
        {filtered.map((choice, index) => (
          <li
            key={`${choice.fieldId}.${choice.part ?? ''}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className="field-picker-option"
            // Picked on mouse-down, before the search box loses focus and closes the picker.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(choice);
            }}
          >
            {choice.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
