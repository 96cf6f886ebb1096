import { useRef, useState } from 'react';
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
export function LibraryPanel({ templates, selectedId, error, onOpen, onCreate, onManageTemplates, onImportDocx, flush, onOpenSettings, onMoveToTrash }: LibraryPanelProps) {
  const api = useApi();
  const t = useT();
  const [menuOpen, setMenuOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [teamOpen, setTeamOpen] = useState(false);
  const [importError, setImportError] = useState<string | undefined>(undefined);
  const panel = useRef<HTMLElement>(null);

  // File › New Briefing… opens the template menu; View › Library goes to the search box.
  useMenuCommands('library', {
    'new-briefing': () => setMenuOpen(true),
    'show-library': () => panel.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
  });

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
    <nav className="library" aria-label={t('library.label')} ref={panel} data-pane="library">
      <header className="library-header">
        <div className="app-name">
          <span className="app-mark" aria-hidden="true">
            BD
          </span>
          Briefing Desk
        </div>
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
      {backupsOpen && <BackupsDialog flush={flush ?? (async () => true)} onClose={() => setBackupsOpen(false)} />}
      {teamOpen && <TeamLibraryDialog onClose={() => setTeamOpen(false)} />}
    </nav>
  );
}
