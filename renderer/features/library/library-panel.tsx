import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { statusLabels, type BriefingSummary } from '../../../shared/document/briefing';
import type { BriefingTemplate } from '../../../shared/document/template';
import { formatEdited, formatEventDate } from '../../app/format';

export interface LibraryPanelProps {
  briefings: BriefingSummary[] | undefined;
  templates: BriefingTemplate[];
  selectedId: string | undefined;
  error: string | undefined;
  onOpen: (id: string) => void;
  onCreate: (templateId: string) => void;
  onManageTemplates: () => void;
  onOpenSettings: () => void;
}

/** The library: every briefing with its template, event date, status and last edit; "New briefing" from a template. */
export function LibraryPanel({ briefings, templates, selectedId, error, onOpen, onCreate, onManageTemplates, onOpenSettings }: LibraryPanelProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menuOpen]);

  /** Arrow keys move between templates, Escape closes the menu: the keyboard model of a native menu. */
  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    const index = items.findIndex((item) => item === document.activeElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'Escape':
        setMenuOpen(false);
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
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <div className="app-name">
          <span className="app-mark" aria-hidden="true">
            BD
          </span>
          Briefing Desk
        </div>
        <button type="button" className="button button-quiet" onClick={onOpenSettings} title="Settings (Ctrl+,)">
          Settings
        </button>
        <div className="new-briefing" ref={menuRef}>
          <button
            type="button"
            className="button button-primary"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen((open) => !open)}
          >
            New briefing
          </button>
          {menuOpen && (
            <div className="menu" role="menu" aria-label="Templates" onKeyDown={handleMenuKeyDown}>
              {templates.map((template, index) => (
                <button
                  key={template.id}
                  type="button"
                  role="menuitem"
                  className="menu-item"
                  autoFocus={index === 0}
                  onClick={() => {
                    setMenuOpen(false);
                    onCreate(template.id);
                  }}
                >
                  <span className="menu-item-title">{template.name}</span>
                  <span className="menu-item-detail">{template.description}</span>
                </button>
              ))}
              <div className="menu-separator" role="separator" />
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  setMenuOpen(false);
                  onManageTemplates();
                }}
              >
                <span className="menu-item-title">Manage templates…</span>
              </button>
            </div>
          )}
        </div>
      </header>
      <h2 className="library-title">All briefings{briefings ? <span className="count">{briefings.length}</span> : null}</h2>
      {error && (
        <p className="library-error" role="alert">
          {error}
        </p>
      )}
      {briefings?.length === 0 && <p className="library-empty">No briefings yet. Start one with “New briefing”.</p>}
      <ul className="briefing-list">
        {briefings?.map((briefing) => {
          const eventDate = formatEventDate(briefing.eventDate);
          return (
            <li key={briefing.id}>
              <button
                type="button"
                className="briefing-list-item"
                aria-current={briefing.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(briefing.id)}
              >
                <span className="briefing-list-title">{briefing.title.trim() || 'Untitled briefing'}</span>
                <span className="briefing-list-meta">
                  <span>{briefing.templateName}</span>
                  {eventDate && <span>{eventDate}</span>}
                </span>
                <span className="briefing-list-meta">
                  <span className={`status-badge status-${briefing.status}`}>{statusLabels[briefing.status]}</span>
                  <span className="briefing-list-edited" title={new Date(briefing.updatedAt).toLocaleString()}>
                    Edited {formatEdited(briefing.updatedAt)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
