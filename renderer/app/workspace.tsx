import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Briefing } from '../../shared/document/briefing';
import type { BriefingTemplate } from '../../shared/document/template';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import { briefingIdFromQuery } from '../../shared/ipc/window-query';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/api-client';
import { BriefingView } from '../features/briefing/briefing-view';
import type { RestoreNotice } from '../features/history/restore-notice';
import { DirectoryCommands } from '../features/directory/directory-commands';
import { ImportDocxDialog } from '../features/import/import-docx-dialog';
import { LibraryPanel } from '../features/library/library-panel';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { ManageTemplatesDialog } from '../features/templates/manage-templates-dialog';
import { useAppEvent } from '../ui/use-app-event';
import { MenuCommandRegistry } from '../ui/commands/menu-commands';
import { menuCommandLabels } from '../../shared/i18n/menu-command-labels';
import { useInterfaceLanguage, useT } from '../ui/interface-language';
import { warmUpSpelling } from '../spelling/spelling-session';
import { readSpellingEnabled } from '../spelling/use-spelling';
import type { Translate } from '../../shared/i18n/messages';

/** An error for the library panel, put into words when shown, so it follows a change of interface language. */
type ErrorSentence = (t: Translate) => string;
import { MenuCommandContext, useMenuCommandsIn } from '../ui/commands/use-menu-commands';
import { CloseHandshake } from './close-handshake';
import { ErrorBoundary } from '../ui/error-boundary';
import { LibraryErrorScreen } from './library-error-screen';
import { BriefingErrorScreen } from '../features/briefing/briefing-error-screen';
import { ShortcutsHelp } from '../features/shortcuts/shortcuts-help';
import { Toast } from '../ui/toast';
import { usePaneCycle, type PaneDirection } from '../ui/pane-cycle';
import { isMacPlatform } from '../editor/hotkeys';
import { shortcutForKeyStroke } from '../../shared/keyboard/shortcuts';

const isMac = isMacPlatform();
/** F6 and Ctrl+Tab go to the next pane, Shift+F6 and Ctrl+Shift+Tab back, as the shortcuts table says. */
const paneDirection = (event: KeyboardEvent): PaneDirection | undefined => {
  const command = shortcutForKeyStroke(event, isMac, ['next-pane', 'previous-pane']);
  return command === 'next-pane' ? 1 : command === 'previous-pane' ? -1 : undefined;
};

/** The main window: library on the left, the open briefing on the right. */
export function Workspace() {
  const api = useApi();
  const t = useT();
  const [templates, setTemplates] = useState<BriefingTemplate[]>([]);
  const [open, setOpen] = useState<{ briefing: Briefing; template: BriefingTemplate | undefined; restoreNotice?: RestoreNotice; isNew?: boolean } | undefined>(undefined);
  const [managingTemplates, setManagingTemplates] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [importingDocx, setImportingDocx] = useState(false);
  const [error, setError] = useState<ErrorSentence | undefined>(undefined);
  const [recent, setRecent] = useState<RecentBriefing[]>([]);
  // "… is in the Trash" with Undo, for ten seconds.
  const [trashed, setTrashed] = useState<{ id: string; title: string; wasOpen: boolean } | undefined>(undefined);
  const dismissToast = useCallback(() => setTrashed(undefined), []);
  const flushOpen = useRef<(() => Promise<boolean>) | undefined>(undefined);
  usePaneCycle(paneDirection);
  const { language: interfaceLanguage } = useInterfaceLanguage();

  useEffect(() => {
    // The spelling worker starts with the library, in the person's language, so a briefing opens to a ready checker.
    if (readSpellingEnabled()) warmUpSpelling(api, interfaceLanguage);
    // Once: the worker loads another language's dictionary when text in it is first checked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  useEffect(() => {
    let cancelled = false;
    // The library panel reads the briefings itself (and again after each change to the library).
    api.templates.list().then(
      (loadedTemplates) => {
        if (!cancelled) setTemplates(loadedTemplates);
      },
      (loadError: unknown) => {
        if (!cancelled) setError(() => (say: Translate) => say('workspace.templatesUnreadable', { reason: errorMessage(loadError) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const refreshTemplates = useCallback(async () => {
    try {
      setTemplates(await api.templates.list());
    } catch (templateError) {
      setError(() => (say: Translate) => say('workspace.templatesUnreadable', { reason: errorMessage(templateError) }));
    }
  }, [api]);

  const registerFlush = useCallback((flush: (() => Promise<boolean>) | undefined) => {
    flushOpen.current = flush;
  }, []);

  /** Opens a briefing after the one on screen is saved, so switching never loses a keystroke. */
  const openBriefing = useCallback(
    async (id: string, restoreNotice?: RestoreNotice, isNew = false) => {
      setError(undefined);
      const saved = (await flushOpen.current?.()) ?? true;
      if (!saved) {
        setError(() => (say: Translate) => say('workspace.notSavedYet'));
        return;
      }
      try {
        const briefing = await api.briefings.get(id);
        // A saved template that was deleted since is still found by id, so its fields stay editable.
        const template = await api.templates.get(briefing.templateId).catch(() => undefined);
        setOpen({ briefing, template, ...(restoreNotice ? { restoreNotice } : {}), ...(isNew ? { isNew } : {}) });
        // File › Open Recent and "Open in New Window" follow what this window shows; neither is worth an error.
        api.lifecycle.showingBriefing(briefing.id).then(setRecent, () => undefined);
      } catch (openError) {
        setError(() => (say: Translate) => say('workspace.openFailed', { reason: errorMessage(openError) }));
      }
    },
    [api],
  );

  const createBriefing = useCallback(
    async (templateId: string) => {
      setError(undefined);
      try {
        const created = await api.briefings.create({ templateId });
        await openBriefing(created.id, undefined, true);
      } catch (createError) {
        setError(() => (say: Translate) => say('workspace.createFailed', { reason: errorMessage(createError) }));
      }
    },
    [api, openBriefing],
  );

  /** Nothing open any more (moved to the Trash here or in another window). */
  const closeBriefing = useCallback(() => {
    setOpen(undefined);
    api.lifecycle.showingBriefing(null).then(setRecent, () => undefined);
  }, [api]);

  /** Move to Trash from a library row: what is on screen is saved first, and an open briefing closes before it goes. */
  const moveToTrash = useCallback(
    async (id: string, title: string) => {
      setError(undefined);
      const saved = (await flushOpen.current?.()) ?? true;
      if (!saved) {
        setError(() => (say: Translate) => say('actions.trashNotSaved'));
        return;
      }
      const wasOpen = open?.briefing.id === id;
      // Closed first, so the library's announcement of the move is not news from "another window".
      if (wasOpen) closeBriefing();
      try {
        await api.briefings.moveToTrash(id);
        setTrashed({ id, title, wasOpen });
      } catch (trashError) {
        setError(() => (say: Translate) => say('actions.trashFailed', { reason: errorMessage(trashError) }));
        if (wasOpen) void openBriefing(id);
      }
    },
    [api, open, closeBriefing, openBriefing],
  );

  const undoTrash = useCallback(
    async (briefing: { id: string; wasOpen: boolean }) => {
      try {
        await api.briefings.restoreFromTrash(briefing.id);
        if (briefing.wasOpen) await openBriefing(briefing.id);
      } catch (restoreError) {
        setError(() => (say: Translate) => say('library.restoreFailed', { reason: errorMessage(restoreError) }));
      }
    },
    [api, openBriefing],
  );

  useEffect(() => {
    // A window opened for one briefing ("Open in New Window", a file the system opened) shows it at once.
    const initial = briefingIdFromQuery(window.location.search);
    if (initial) void Promise.resolve(initial).then(openBriefing);
    else api.lifecycle.recentBriefings().then(setRecent, () => undefined);
    // Once, when the window opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Each menu command reaches the one part of the window that answers it; with no briefing open, the briefing's
  // commands have no handler and the person is told why nothing happened.
  const menuCommands = useMemo(
    () => new MenuCommandRegistry((command) => setError(() => (say: Translate) => say('command.needsBriefing', { command: say(menuCommandLabels[command]) }))),
    [],
  );
  useAppEvent('menu-command-invoked', ({ command }) => void menuCommands.dispatch(command));
  useMenuCommandsIn(menuCommands, 'workspace', {
    'open-settings': () => setSettingsOpen(true),
    'import-docx': () => setImportingDocx(true),
  });
  // File › Open Recent, or a `.briefing.json` file the system opened with the app.
  useAppEvent('open-briefing-requested', ({ briefingId }) => void openBriefing(briefingId));
  const closeImport = useCallback(() => setImportingDocx(false), []);

  const flushBeforeClose = useCallback(async () => (await flushOpen.current?.()) ?? true, []);

  return (
    <MenuCommandContext.Provider value={menuCommands}>
      <div className="workspace">
        <CloseHandshake flush={flushBeforeClose} />
        <ShortcutsHelp isMac={isMac} />
        {trashed && (
          <Toast
            key={trashed.id}
            message={t('toast.trashed', { title: trashed.title })}
            actionLabel={t('toast.undo')}
            onAction={() => void undoTrash(trashed)}
            onDismiss={dismissToast}
          />
        )}
        <ErrorBoundary fallback={(_error, retry) => <LibraryErrorScreen retry={retry} />}>
        <LibraryPanel
          templates={templates}
          selectedId={open?.briefing.id}
          error={error?.(t)}
          onOpen={(id) => void openBriefing(id)}
          onCreate={(templateId) => void createBriefing(templateId)}
          onManageTemplates={() => setManagingTemplates(true)}
          onImportDocx={() => setImportingDocx(true)}
          onOpenSettings={() => setSettingsOpen(true)}
          flush={async () => (await flushOpen.current?.()) ?? true}
          onMoveToTrash={(id, title) => void moveToTrash(id, title)}
        />
        </ErrorBoundary>
        {importingDocx && (
          <ImportDocxDialog
            onImported={(id) => {
              setImportingDocx(false);
              void openBriefing(id);
            }}
            onClose={closeImport}
          />
        )}
        <DirectoryCommands templates={templates} onOpen={(id) => void openBriefing(id)} />
        {settingsOpen && <SettingsDialog onSaved={() => setSettingsOpen(false)} onClose={() => setSettingsOpen(false)} />}
        {managingTemplates && (
          <ManageTemplatesDialog templates={templates} onChanged={() => void refreshTemplates()} onClose={() => setManagingTemplates(false)} />
        )}
        {open ? (
          <ErrorBoundary
            // The revision too: after a version is restored, opening the briefing again must show the restored text.
            key={`${open.briefing.id}@${open.briefing.revision}`}
            fallback={(_error, retry) => (
              <BriefingErrorScreen
                briefing={open.briefing}
                onReopen={(id) => {
                  retry();
                  void openBriefing(id);
                }}
              />
            )}
          >
          <BriefingView
            briefing={open.briefing}
            template={open.template}
            {...(open.restoreNotice ? { restoreNotice: open.restoreNotice } : {})}
            focusTitle={open.isNew ?? false}
            onTemplatesChanged={() => void refreshTemplates()}
            registerFlush={registerFlush}
            onOpen={(id, notice) => void openBriefing(id, notice)}
            onMovedToTrash={(id, title) => {
              closeBriefing();
              setTrashed({ id, title, wasOpen: true });
            }}
            onRemovedElsewhere={() => {
              closeBriefing();
              setError(() => (say: Translate) => say('workspace.removedElsewhere'));
            }}
          />
          </ErrorBoundary>
        ) : (
          <main className="welcome" aria-label={t('workspace.welcome')}>
            <h2 className="welcome-title">Briefing Desk</h2>
            <p>{t('workspace.welcomeText')}</p>
            {recent.length > 0 && (
              <section className="welcome-recent" aria-labelledby="welcome-recent-heading">
                <h3 id="welcome-recent-heading">{t('workspace.recent')}</h3>
                <ul>
                  {recent.map((briefing) => (
                    <li key={briefing.id}>
                      <button type="button" className="button button-quiet" onClick={() => void openBriefing(briefing.id)}>
                        {briefing.title.trim() || t('briefing.untitled')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </main>
        )}
      </div>
    </MenuCommandContext.Provider>
  );
}
