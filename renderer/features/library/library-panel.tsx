import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { BriefingTemplate } from '../../../shared/document/template';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useMenuCommands } from '../../ui/commands/use-menu-commands';
import { BackupsDialog } from './backups-dialog';
import { LibraryBrowser } from './library-browser';
import './library.css';

export interface LibraryPanelProps {
  templates: BriefingTemplate[];
  selectedId: string | undefined;
  error: string | undefined;
  onOpen: (id: string) => void;
  onCreate: (templateId: string) => void;
  onManageTemplates: () => void;
  /** "Import DOCX…": a Word draft as a new briefing (the workspace shows the import dialog). */
  onImportDocx?: () => void;
  /** Saves the open briefing before a backup or a restore. */
  flush?: () => Promise<boolean>;
  onOpenSettings: () => void;
}

/**
 * The library: search and browse (see `LibraryBrowser`), "New briefing" from
 * a template, import of a `.briefing.json` file, and the backups.
 * The browser reads the library again whenever it changes (see `useLibraryChanges`).
 */
export function LibraryPanel({ templates, selectedId, error, onOpen, onCreate, onManageTemplates, onImportDocx, flush, onOpenSettings }: LibraryPanelProps) {
  const api = useApi();
  const [menuOpen, setMenuOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [importError, setImportError] = useState<string | undefined>(undefined);
  const menuRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);

  // File › New Briefing… opens the template menu; View › Library goes to the search box.
  useMenuCommands('library', {
    'new-briefing': () => setMenuOpen(true),
    'show-library': () => panel.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
  });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setImportError(undefined);
    try {
      const imported = await api.briefings.importFile(await file.text());
      onOpen(imported.id);
    } catch (failure) {
      setImportError(`${file.name} was not imported: ${errorMessage(failure)}`);
    }
  };

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
    <nav className="library" aria-label="Library" ref={panel}>
      <header className="library-header">
        <div className="app-name">
          <span className="app-mark" aria-hidden="true">
            BD
          </span>
          Briefing Desk
        </div>
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
              {onImportDocx && (
                <button
                  type="button"
                  role="menuitem"
                  className="menu-item"
                  onClick={() => {
                    setMenuOpen(false);
                    onImportDocx();
                  }}
                >
                  <span className="menu-item-title">Import DOCX…</span>
                  <span className="menu-item-detail">A Word draft as a new briefing</span>
                </button>
              )}
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
      {(error ?? importError) && (
        <p className="library-error" role="alert">
          {error ?? importError}
        </p>
      )}
      <LibraryBrowser templates={templates} selectedId={selectedId} onOpen={onOpen} />
      <footer className="library-footer">
        <button type="button" className="button button-quiet" onClick={() => fileInput.current?.click()}>
          Import briefing…
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Briefing file to import" onChange={(event) => void importFile(event)} />
        <button type="button" className="button button-quiet" onClick={() => setBackupsOpen(true)}>
          Backups…
        </button>
        <button type="button" className="button button-quiet" onClick={onOpenSettings} title="Settings (Ctrl+,)">
          Settings
        </button>
      </footer>
      {backupsOpen && <BackupsDialog flush={flush ?? (async () => true)} onClose={() => setBackupsOpen(false)} />}
    </nav>
  );
}
