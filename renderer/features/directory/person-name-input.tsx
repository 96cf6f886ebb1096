import { useId, useMemo, useState, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import type { PersonValue } from '../../../shared/document/briefing';
import { matchPeople } from '../../../shared/directory/match-people';
import { displayName, personOnDate } from '../../../shared/directory/person-on-date';
import { errorMessage } from '../../api/api-client';
import { useT } from '../../ui/interface-language';
import { useDirectoryScope } from './directory-scope';
import './directory.css';

export interface PersonNameInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'value' | 'onChange'> {
  value: string;
  onChange: (name: string) => void;
  /** What the row or field holds now, for "Add to directory". */
  typed: Pick<PersonValue, 'name' | 'title' | 'organisation' | 'personId'>;
  /** A person picked or added: name, title and organisation in the briefing's language as on its date, linked. */
  onPick: (value: PersonValue) => void;
}

type Option = { kind: 'person'; id: string; label: string; detail: string; value: PersonValue } | { kind: 'add'; label: string };

/**
 * A name box that offers directory people as the person types, whatever the
 * spelling ("asad", "Əsəd" and "Асад" all find Ali Asadov), and offers to add
 * someone new. Without a directory around it, it is a plain text box.
 */
export function PersonNameInput({ value, onChange, typed, onPick, onKeyDown, onBlur, ...inputProps }: PersonNameInputProps) {
  const scope = useDirectoryScope();
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Where the box is, read when the person types: the list is fixed-positioned so a scrolling table cannot clip it.
  const [rect, setRect] = useState<DOMRect | undefined>(undefined);

  const options = useMemo((): Option[] => {
    if (!scope || value.trim().length < 2) return [];
    const { directory, language, date } = scope;
    const people: Option[] = matchPeople(directory.people, value, language).map(({ person, matched }) => {
      const filled = personOnDate(person, directory.organisations, language, date).value;
      const shown = filled.name || displayName(person, language);
      const detail = [filled.title, filled.organisation].filter(Boolean).join(', ');
      return { kind: 'person', id: person.id, label: matched === shown ? shown : t('directory.matchedAs', { name: shown, matched }), detail, value: filled };
    });
    const exact = people.some((option) => option.kind === 'person' && option.value.name.trim().toLowerCase() === value.trim().toLowerCase());
    return typed.personId || exact ? people : [...people, { kind: 'add', label: t('directory.addNamed', { name: value.trim() }) }];
  }, [scope, value, typed.personId, t]);

  const shown = open && options.length > 0;
  const choose = (option: Option) => {
    setOpen(false);
    if (option.kind === 'person') {
      onPick(option.value);
      return;
    }
    if (!scope) return;
    scope.addPerson(typed).then(onPick, (error: unknown) => setProblem(t('directory.notAdded', { reason: errorMessage(error) })));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (shown && !event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
      return;
    }
    if (shown && event.key === 'Enter') {
      event.preventDefault();
      const option = options[Math.min(active, options.length - 1)];
      if (option) choose(option);
      return;
    }
    if (shown && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      return;
    }
    onKeyDown?.(event);
  };

  return (
    <>
      <input
        {...inputProps}
        type="text"
        // A Latin name typed into an Arabic briefing (or the other way round) keeps its own direction.
        dir="auto"
        // A text box with a list (not role=combobox): people still find it as the "Name" text box it always was.
        aria-controls={shown ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        value={value}
        onChange={(event) => {
          setProblem(undefined);
          setRect(event.currentTarget.getBoundingClientRect());
          setOpen(true);
          setActive(0);
          onChange(event.target.value);
        }}
        onKeyDown={handleKeyDown}
        onBlur={(event) => {
          setOpen(false);
          onBlur?.(event);
        }}
      />
      {shown && rect && (
        <ul
          id={listId}
          role="listbox"
          className="directory-suggestions"
          aria-label={t('directory.peopleList')}
          style={{ top: rect.bottom + 2, left: rect.left, minWidth: Math.max(rect.width, 260) }}
        >
          {options.map((option, index) => (
            <li
              key={option.kind === 'person' ? option.id : 'add'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={option.kind === 'add' ? 'directory-suggestion directory-suggestion-add' : 'directory-suggestion'}
              // Mouse down, not click: the box keeps focus, so its blur does not close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              <span className="directory-suggestion-name">{option.label}</span>
              {option.kind === 'person' && option.detail && <span className="directory-suggestion-detail">{option.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <span className="directory-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
