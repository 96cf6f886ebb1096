import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { templateNameOf } from '../../../shared/i18n/template-labels';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { LibrarySearchHit, LibrarySearchQuery } from '../../../shared/ipc/briefing-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { embargoHolds } from '../../../shared/document/embargo';
import { formatEdited, formatEventDate, formatWallClock } from '../../ui/format';
import { LibraryFilters } from './library-filters';
import { familyRows } from './family-rows';
import { useLanguageName } from '../versions/language-names';
import '../versions/versions.css';
import { SearchSnippetView } from './search-snippet-view';
import { StatusFilter } from './status-filter';
import { useEmbargoClock } from '../../ui/use-embargo-clock';
import { useLibraryChanges } from './use-library-changes';
import { useLibrarySearch } from './use-library-search';
import { MenuButton, MenuItem, MenuSeparator } from '../../ui/menu';
import { isMacPlatform } from '../../editor/hotkeys';
import { shortcutForKeyStroke } from '../../../shared/keyboard/shortcuts';
import { offersDeleteForEveryone, useTeamStatus } from './team-library';

export interface LibraryBrowserProps {
  templates: BriefingTemplate[];
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  /** Move to Trash from a row's menu: the workspace saves and closes it if it is open, and offers Undo. */
  onMoveToTrash?: (id: string, title: string) => void;
}

const isMac = isMacPlatform();


/** Saves the briefing as a `.briefing.json` file: the main process asks where, with the save dialog, and writes it. */
async function downloadBriefingFile(api: ReturnType<typeof useApi>, id: string): Promise<void> {
  await api.briefings.saveFile(id);
}

/**
 * Search and browse: results as you type with the matched words marked,
 * filters, order, the Trash, and Duplicate. Arrow keys move from the search
 * box through the results; Enter opens; Escape goes back to the box.
 */
export function LibraryBrowser({ templates, selectedId, onOpen, onMoveToTrash }: LibraryBrowserProps) {
  const api = useApi();
  const t = useT();
  const languageName = useLanguageName();
  const format = useInterfaceFormat();
  const titleOf = (hit: LibrarySearchHit) => hit.title.trim() || t('briefing.untitled');
  const [query, setQuery] = useState<LibrarySearchQuery>({});
  const [showFilters, setShowFilters] = useState(false);
  const [organisations, setOrganisations] = useState<string[]>([]);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  // The row whose actions menu is open (right-click, the Menu key, Shift+F10 or its "⋯" button).
  const [menuFor, setMenuFor] = useState<string | undefined>(undefined);
  // Read again once per change to the library, whichever window made it.
  const libraryChanges = useLibraryChanges();
  const { result, error, reload } = useLibrarySearch(query, libraryChanges);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const trash = query.trashed === true;
  // A shared library's Trash also deletes on the team server, for a login the server may let do it.
  const [teamStatus] = useTeamStatus(trash);
  const deleteForEveryone = teamStatus !== undefined && offersDeleteForEveryone(teamStatus);

  useEffect(() => {
    if (!showFilters) return;
    api.briefings.organisations().then(setOrganisations, () => setOrganisations([]));
  }, [api, showFilters, libraryChanges]);

  const change = (changes: Partial<LibrarySearchQuery>) => setQuery((current) => ({ ...current, ...changes }));

  const act = async (action: () => Promise<unknown>, failure: MessageKey) => {
    setActionError(undefined);
    try {
      await action();
    } catch (actionFailure) {
      setActionError(t(failure, { reason: errorMessage(actionFailure) }));
      // A change that succeeds is announced (see `useLibraryChanges`); one that failed may have met a list that is out of date.
      reload();
    }
  };

  const focusResult = (index: number) => {
    const items = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-result]') ?? []);
    items[Math.max(0, Math.min(items.length - 1, index))]?.focus();
  };

  const handleSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    } else if (event.key === 'Escape' && query.text) {
      change({ text: undefined });
    }
  };

  const handleListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-result]'));
    const index = items.findIndex((item) => item === document.activeElement);
    switch (event.key) {
      case 'ArrowDown':
        focusResult(index + 1);
        break;
      case 'ArrowUp':
        if (index <= 0) searchBox.current?.focus();
        else focusResult(index - 1);
        break;
      case 'Home':
        focusResult(0);
        break;
      case 'End':
        focusResult(items.length - 1);
        break;
      case 'Escape':
        searchBox.current?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // A row's actions menu opens by right-click, the Menu key or Shift+F10 on the row, as well as by its "⋯" button.
  const openMenuBy = (id: string) => ({
    onContextMenu: (event: MouseEvent) => {
      event.preventDefault();
      setMenuFor(id);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (shortcutForKeyStroke(event, isMac, ['context-menu']) !== 'context-menu') return;
      event.preventDefault();
      setMenuFor(id);
    },
  });

  // A readout's language versions share one row; in the Trash each stands alone (it carries no family there).
  const hits = result && familyRows(result.hits);
  const now = useEmbargoClock(hits?.map((hit) => hit.embargoUntil) ?? []);
  // How many the selected view holds (or how many match): shown in its tab.
  const count = result && (
    <span className="count" aria-label={t('library.found', { count: format.number(result.total) })}>
      {format.number(result.total)}
    </span>
  );
  return (
    <>
      <div className="library-search">
        <input
          ref={searchBox}
          type="search"
          className="library-search-input"
          aria-label={trash ? t('library.searchTrash') : t('library.searchLibrary')}
          placeholder={trash ? t('library.searchTrash') : t('library.searchPlaceholder')}
          value={query.text ?? ''}
          onChange={(event) => change({ text: event.target.value || undefined, ...(event.target.value ? {} : { sort: undefined }) })}
          onKeyDown={handleSearchKeyDown}
        />
        <button type="button" className="button button-quiet" aria-expanded={showFilters} onClick={() => setShowFilters((shown) => !shown)}>
          {t('library.filters')}
        </button>
      </div>
      {showFilters && <LibraryFilters query={query} templates={templates} organisations={organisations} onChange={change} />}
      <div className="library-views" role="tablist" aria-label={t('library.views')}>
        <button type="button" role="tab" aria-selected={!trash} onClick={() => change({ trashed: undefined })}>
          {/* Its count is the status line's "All". */}
          {t('library.allBriefings')}
        </button>
        <button type="button" role="tab" aria-selected={trash} onClick={() => change({ trashed: true })}>
          {t('library.trash')}
          {trash && count}
        </button>
      </div>
      <StatusFilter counts={result?.statusCounts} selected={query.status} onChange={(status) => change({ status })} />
      {(error ?? actionError) && (
        <p className="library-error" role="alert">
          {error ?? actionError}
        </p>
      )}
      {trash && <p className="library-hint">{t('library.trashHint')}</p>}
      {hits?.length === 0 && (
        <p className="library-empty">
          {query.text || query.status || showFilters ? t('library.nothingMatches') : trash ? t('library.trashEmpty') : t('library.noBriefings')}
        </p>
      )}
      <ul className="briefing-list" ref={list} onKeyDown={handleListKeyDown} aria-label={trash ? t('library.trash') : t('library.briefingsList')}>
        {hits?.map((hit) => {
          const eventDate = formatEventDate(hit.eventDate, format);
          const details = (
            <>
              <span className="briefing-list-title">{titleOf(hit)}</span>
              {/* Only while it holds: a lifted embargo asks nothing of the reader, and a lasting mark would blunt the ones that do. */}
              {hit.embargoUntil && embargoHolds(hit.embargoUntil, now) && <span className="embargo-badge">{t('library.embargoedUntil', { moment: formatWallClock(hit.embargoUntil, format) })}</span>}
              {hit.snippet && <SearchSnippetView snippet={hit.snippet} />}
              <span className="briefing-list-meta">
                <span>{templateNameOf(hit.templateId, hit.templateName, t)}</span>
                {eventDate && <span>{eventDate}</span>}
              </span>
              <span className="briefing-list-meta">
                <span className={`status-badge status-${hit.status}`}>{t(statusMessages[hit.status])}</span>
                <span className="briefing-list-edited" title={format.date(new Date(hit.updatedAt), 'date-and-time')}>
                  {t('library.edited', { when: formatEdited(hit.updatedAt, format) })}
                </span>
              </span>
            </>
          );
          return (
            <li key={hit.id} className="briefing-list-row">
              {trash ? (
                // Reached by the arrow keys; its actions are in the same menu as a library row's.
                <div className="briefing-list-item" data-result tabIndex={-1} {...openMenuBy(hit.id)}>
                  {details}
                </div>
              ) : (
                <button
                  type="button"
                  className="briefing-list-item"
                  data-result
                  aria-current={hit.id === selectedId ? 'true' : undefined}
                  title={t('library.shiftClickHint')}
                  {...openMenuBy(hit.id)}
                  onClick={(event) =>
                    // Shift+click opens a window of its own, as a browser opens a link.
                    event.shiftKey ? void act(() => api.lifecycle.openInNewWindow(hit.id), 'library.openInWindowFailed') : onOpen(hit.id)
                  }
                >
                  {details}
                </button>
              )}
              {hit.family && (
                <span className="library-row-chips" aria-label={t('versions.label')}>
                  {hit.family.versions.map((version) => (
                    <button
                      key={version.id}
                      type="button"
                      className={`language-chip status-${version.status}${version.id === selectedId ? ' language-chip-current' : ''}`}
                      aria-current={version.id === selectedId ? 'true' : undefined}
                      aria-label={t('versions.chipStatus', { language: languageName(version.language), status: t(statusMessages[version.status]) })}
                      title={t('versions.chipStatus', { language: languageName(version.language), status: t(statusMessages[version.status]) })}
                      onClick={() => onOpen(version.id)}
                    >
                      {version.language.toUpperCase()}
                    </button>
                  ))}
                </span>
              )}
              <span className="briefing-list-actions">
                <MenuButton
                  label="⋯"
                  buttonName={t('library.rowActions')}
                  menuLabel={t('library.rowMenu')}
                  className="briefing-row-menu"
                  buttonClassName="button button-quiet briefing-row-menu-button"
                  open={menuFor === hit.id}
                  onOpenChange={(open) => setMenuFor(open ? hit.id : undefined)}
                >
                  {trash ? (
                    <>
                      <MenuItem title={t('library.restore')} autoFocus onSelect={() => void act(() => api.briefings.restoreFromTrash(hit.id), 'library.restoreFailed')} />
                      <MenuSeparator />
                      <MenuItem
                        title={t('library.deleteForever')}
                        onSelect={() => {
                          if (window.confirm(t('library.confirmDelete', { title: titleOf(hit) }))) {
                            void act(() => api.briefings.deleteForever(hit.id), 'library.deleteFailed');
                          }
                        }}
                      />
                      {deleteForEveryone && (
                        <MenuItem
                          title={t('library.deleteForEveryone')}
                          detail={t('library.deleteForEveryoneTitle')}
                          onSelect={() => {
                            if (window.confirm(t('library.confirmDeleteForEveryone', { title: titleOf(hit) }))) {
                              void act(() => api.team.deleteForever(hit.id), 'library.deleteFailed');
                            }
                          }}
                        />
                      )}
                    </>
                  ) : (
                    <>
                      <MenuItem title={t('command.openInNewWindow')} autoFocus onSelect={() => void act(() => api.lifecycle.openInNewWindow(hit.id), 'library.openInWindowFailed')} />
                      <MenuItem
                        title={t('library.duplicate')}
                        detail={t('library.duplicateTitle', { title: titleOf(hit) })}
                        onSelect={() =>
                          void act(async () => {
                            const copy = await api.briefings.duplicate(hit.id);
                            onOpen(copy.id);
                          }, 'library.duplicateFailed')
                        }
                      />
                      <MenuItem title={t('library.exportFile')} detail={t('library.exportFileTitle', { title: titleOf(hit) })} onSelect={() => void act(() => downloadBriefingFile(api, hit.id), 'library.exportFileFailed')} />
                      {onMoveToTrash && <MenuSeparator />}
                      {onMoveToTrash && <MenuItem title={t('command.moveToTrash')} onSelect={() => onMoveToTrash(hit.id, titleOf(hit))} />}
                    </>
                  )}
                </MenuButton>
              </span>
            </li>
          );
        })}
      </ul>
      {result && result.total > result.hits.length && (
        <p className="library-hint">
          {t('library.showing', { shown: format.number(result.hits.length), total: format.number(result.total) })}
        </p>
      )}
    </>
  );
}
