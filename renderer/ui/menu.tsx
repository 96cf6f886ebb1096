import { createContext, useContext, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

const CloseMenu = createContext<() => void>(() => undefined);

export interface MenuButtonProps {
  /** The button's text, or an icon (then `buttonName` names it). */
  label: ReactNode;
  /** The menu's accessible name. */
  menuLabel: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  className?: string;
  buttonClassName?: string;
  /** The button's accessible name and tooltip when its text is a sign ("⋯"). */
  buttonName?: string;
  children: ReactNode;
}

/**
 * A button that opens a menu, with the keyboard model of a native one: arrow keys, Home and End move between
 * items, Escape closes, and a click outside closes too. Open state is the caller's, so a menu command can open it.
 */
export function MenuButton({ label, menuLabel, open, onOpenChange, className, buttonClassName = 'button', buttonName, children }: MenuButtonProps) {
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open, onOpenChange]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)'));
    const index = items.findIndex((item) => item === document.activeElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'Escape':
        onOpenChange(false);
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
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className={className} ref={wrapper}>
      <button type="button" className={buttonClassName} aria-haspopup="menu" aria-expanded={open} aria-label={buttonName} title={buttonName} onClick={() => onOpenChange(!open)}>
        {label}
      </button>
      {open && (
        <MenuPopup label={menuLabel} onKeyDown={handleKeyDown} onClose={() => onOpenChange(false)}>
          {children}
        </MenuPopup>
      )}
    </div>
  );
}

interface MenuPopupProps {
  label: string;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The open menu. Closing it, by Escape or by choosing an item, gives the keyboard back to where the menu was opened
 * from (its button, or the row it was opened on) before the item acts, so a dialog the item opens returns there too.
 */
function MenuPopup({ label, onKeyDown, onClose, children }: MenuPopupProps) {
  const [opener] = useState(() => document.activeElement);
  const close = () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    onClose();
  };
  return (
    <div
      className="menu"
      role="menu"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close();
          return;
        }
        onKeyDown(event);
        // A menu inside a list (a library row's) keeps its arrow keys from the list around it.
        if (event.defaultPrevented) event.stopPropagation();
      }}
    >
      <CloseMenu.Provider value={close}>{children}</CloseMenu.Provider>
    </div>
  );
}

export interface MenuItemProps {
  title: string;
  detail?: string;
  /** An on/off item (Bold, Suggesting): a menu item check box, ticked when on. */
  checked?: boolean | undefined;
  disabled?: boolean;
  /** The item that has the focus when the menu opens. */
  autoFocus?: boolean;
  onSelect: () => void;
}

/** One item of a `MenuButton`'s menu: choosing it closes the menu, then acts. */
export function MenuItem({ title, detail, checked, disabled, autoFocus, onSelect }: MenuItemProps) {
  const close = useContext(CloseMenu);
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked={checked}
      className="menu-item"
      disabled={disabled}
      autoFocus={autoFocus && !disabled}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      <span className="menu-item-title">{title}</span>
      {detail && <span className="menu-item-detail">{detail}</span>}
    </button>
  );
}

export function MenuSeparator() {
  return <div className="menu-separator" role="separator" />;
}
