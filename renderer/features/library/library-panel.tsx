import { useEffect, useRef, useState } from 'react';
import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { chordLabel, shortcutForKeyStroke, shortcuts } from '../../../shared/keyboard/shortcuts';
import { isMacPlatform } from '../../editor/hotkeys';
import type { BriefingTemplate } from '../../../shared/document/template';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useMenuCommands } from '../../ui/commands/use-menu-commands';
import { MenuButton, MenuItem, MenuSeparator } from '../../ui/menu';
import { useT } from '../../ui/interface-language';
import { BackupsDialog } from './backups-dialog';
import { LibraryBrowser } from './library-browser';
import { TeamLibraryDialog, TeamStatusLine } from './team-library';
import './library.css';
import { useShownTemplates } from '../templates/shown-templates';

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
  /** Move to Trash from a row's menu. */
  onMoveToTrash?: (id: string, title: string) => void;
}

/**
 * The library: search and browse (see `LibraryBrowser`), "New briefing" from
 * a template, import of a `.briefing.json` file, and the backups.
 * The browser reads the library again whenever it changes (see `useLibraryChanges`).
 */
export function LibraryPanel({ templates: givenTemplates, selectedId, error, onOpen, onCreate, onManageTemplates, onImportDocx, flush, onOpenSettings, onMoveToTrash }: LibraryPanelProps) {
  const api = useApi();
  const t = useT();
  const templates = useShownTemplates(givenTemplates);
  const [menuOpen, setMenuOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [teamOpen, setTeamOpen] = useState(false);
  const [importError, setImportError] = useState<string | undefined>(undefined);
  const panel = useRef<HTMLElement>(null);
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const isMac = isMacPlatform();

  const collapse = (next: boolean) => {
    writeCollapsed(next);
    setCollapsed(next);
    // The keyboard was in the library: it stays on the toggle, the one control left in sight.
    if (next && panel.current?.contains(document.activeElement)) window.setTimeout(() => panel.current?.querySelector<HTMLElement>('.library-toggle')?.focus());
  };

  // Ctrl+\ (Cmd+\) anywhere in the window hides or shows the library.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || shortcutForKeyStroke(event, isMac, ['toggle-library']) !== 'toggle-library') return;
      event.preventDefault();
      setCollapsed((was) => {
        writeCollapsed(!was);
        return !was;
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac]);

  // File › New Briefing… opens the template menu; View › Library goes to the search box. Both show the library first.
  useMenuCommands('library', {
    'new-briefing': () => {
      collapse(false);
      setMenuOpen(true);
    },
    'show-library': () => {
      collapse(false);
      window.setTimeout(() => panel.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
    },
  });
  const toggleChord = shortcuts.find((shortcut) => shortcut.command === 'toggle-library')?.chords[0];
  const toggleName = collapsed ? t('library.expand') : t('library.collapse');

  // The main process asks for the file with the open dialog, checks and reads it; the message names the file.
  const importFile = async () => {
    setImportError(undefined);
    try {
      const imported = await api.briefings.openFile();
      if (imported) onOpen(imported.id);
    } catch (failure) {
      setImportError(errorMessage(failure));
    }
  };

  return (
    <nav className={`library${collapsed ? ' library-collapsed' : ''}`} aria-label={t('library.label')} ref={panel} data-pane="library">
      <header className="library-header">
        {/* The window's one top-level heading: the app's name, on every screen the library is on. */}
        <h1 className="app-name">
          <span className="app-mark" aria-hidden="true">
            BD
          </span>
          Briefing Desk
        </h1>
        <MenuButton label={t('library.newBriefing')} menuLabel={t('library.templates')} className="new-briefing" buttonClassName="button button-primary" open={menuOpen} onOpenChange={setMenuOpen}>
          {templates.map((template, index) => (
            <MenuItem key={template.id} title={template.name} detail={template.description} autoFocus={index === 0} onSelect={() => onCreate(template.id)} />
          ))}
          <MenuSeparator />
          {onImportDocx && <MenuItem title={t('library.importDocx')} detail={t('library.importDocxDetail')} onSelect={onImportDocx} />}
          <MenuItem title={t('library.manageTemplates')} onSelect={onManageTemplates} />
        </MenuButton>
      </header>
      {(error ?? importError) && (
        <p className="library-error" role="alert">
          {error ?? importError}
        </p>
      )}
      <LibraryBrowser templates={templates} selectedId={selectedId} onOpen={onOpen} onMoveToTrash={onMoveToTrash} />
      <TeamStatusLine onOpen={() => setTeamOpen(true)} />
      <footer className="library-footer">
        <button type="button" className="button button-quiet" onClick={() => void importFile()}>
          {t('library.importBriefing')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setBackupsOpen(true)}>
          {t('library.backups')}
        </button>
        <button type="button" className="button button-quiet" onClick={onOpenSettings} title={t('library.settingsTitle')}>
          {t('library.settings')}
        </button>
      </footer>
      {/* Last in the pane, so F6 still lands on "New briefing"; in a hidden library it is all there is. */}
      <button
        type="button"
        className="library-toggle"
        aria-label={toggleName}
        aria-expanded={!collapsed}
        title={toggleChord ? t('toolbar.tooltip', { label: toggleName, shortcut: chordLabel(toggleChord.label, isMac) }) : toggleName}
        onClick={() => collapse(!collapsed)}
      >
        {collapsed ? <PanelLeftOpen aria-hidden="true" size={18} /> : <PanelLeftClose aria-hidden="true" size={18} />}
      </button>
      {backupsOpen && <BackupsDialog flush={flush ?? (async () => true)} onClose={() => setBackupsOpen(false)} />}
      {teamOpen && <TeamLibraryDialog onClose={() => setTeamOpen(false)} />}
    </nav>
  );
}

const collapsedKey = 'briefing-desk.library-collapsed';

/** Whether the library was last left hidden, remembered for the next start. */
function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(collapsedKey) === 'yes';
  } catch {
    return false;
  }
}

function writeCollapsed(collapsed: boolean): void {
  try {
    window.localStorage.setItem(collapsedKey, collapsed ? 'yes' : 'no');
  } catch {
    // Not remembered; the pane still hides and shows.
  }
}
