import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from 'slate';
import type { Briefing, FieldValue } from '../../../shared/document/briefing';
import type { BriefingBody } from '../../../shared/document/briefing-body';
import type { BriefingTemplate } from '../../../shared/document/template';
import { embargoHolds, embargoUntilOf } from '../../../shared/document/embargo';
import { formatDateTime } from '../../../shared/document/field-format';
import { isLockedStatus } from '../../../shared/document/workflow';
import { validateBriefing } from '../../../shared/document/validate-briefing';
import type { SavedBriefing } from '../../../shared/ipc/briefing-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { formatEventDate } from '../../app/format';
import { useAppEvent } from '../../app/use-app-event';
import { useEmbargoClock } from '../../app/use-embargo-clock';
import { BriefingEditor } from '../../editor/briefing-editor';
import { FieldContext, resolveReference } from '../../editor/fields/field-context';
import { DetailsPanel } from '../details/details-panel';
import { ExportDialog } from '../export/export-dialog';
import { HistoryDialog } from '../history/history-dialog';
import { ParticipantsEditor } from '../participants/participants-editor';
import { directoryIssues } from '../../../shared/directory/directory-consistency';
import { DirectoryCheck } from '../directory/directory-check';
import { DirectoryScope, useDirectoryList } from '../directory/directory-scope';
import { LinkedPeopleNotice } from '../directory/linked-people-notice';
import { SaveAsTemplateDialog } from '../templates/save-as-template-dialog';
import { WorkflowBar } from '../workflow/workflow-bar';
import { ConflictBanner } from './conflict-banner';
import { saveStatusLabel } from './save-status-label';
import { TextStatsCache } from './text-stats-cache';
import { useAutosave } from './use-autosave';

export interface BriefingViewProps {
  briefing: Briefing;
  template: BriefingTemplate | undefined;
  /** Lets the workspace flush this briefing before it opens another one. */
  registerFlush: (flush: (() => Promise<boolean>) | undefined) => void;
  onSaved: (saved: SavedBriefing) => void;
  onOpen: (id: string) => void;
  onMovedToTrash: (id: string) => void;
  /** Another window moved this briefing to the Trash (or deleted it) while nothing here was waiting to be saved. */
  onRemovedElsewhere: () => void;
  onTemplatesChanged: () => void;
}

/** What the person edits in this view; autosave sends each part when it changes. */
type EditableContent = Pick<Briefing, 'title' | 'body' | 'fields' | 'language' | 'participants'>;

/** One open briefing: title, body editor, save status and counts. Mount with `key={briefing.id}`. */
export function BriefingView({ briefing, template, registerFlush, onSaved, onOpen, onMovedToTrash, onRemovedElsewhere, onTemplatesChanged }: BriefingViewProps) {
  const api = useApi();
  const { controller, status } = useAutosave(api, briefing, onSaved);
  const [content, setContent] = useState<EditableContent>(() => ({
    title: briefing.title,
    body: briefing.body,
    fields: briefing.fields,
    language: briefing.language,
    participants: briefing.participants,
  }));
  const { title, body, fields, language, participants } = content;
  // Approved and released briefings are what was signed off; the library refuses edits to them too.
  const locked = isLockedStatus(briefing.status);
  // Shown while the embargo holds, and gone the minute it lifts, as in the library list and the exports.
  const embargoUntil = embargoUntilOf(fields);
  const now = useEmbargoClock([embargoUntil]);
  const embargo = embargoUntil && embargoHolds(embargoUntil, now) ? `Embargoed until ${formatDateTime(embargoUntil, language)}` : undefined;
  const [sectionIndex, setSectionIndex] = useState<number | undefined>(undefined);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [savingAsTemplate, setSavingAsTemplate] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  // What is on screen now, read by the async actions (a copy must carry everything the person changed).
  const latest = useRef(content);
  const trashingHere = useRef(false);

  /** Every edit goes through here: onto the screen, into `latest`, and to autosave. */
  const change = useCallback(
    (changes: Partial<EditableContent>) => {
      latest.current = { ...latest.current, ...changes };
      setContent(latest.current);
      controller.update(changes);
    },
    [controller],
  );

  useEffect(() => {
    registerFlush(() => controller.flush());
    return () => registerFlush(undefined);
  }, [controller, registerFlush]);

  useEffect(() => {
    // Word users press Ctrl+S out of habit: save at once instead of the browser's "Save page".
    const saveNow = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void controller.flush();
      }
    };
    window.addEventListener('keydown', saveNow);
    return () => window.removeEventListener('keydown', saveNow);
  }, [controller]);

  useEffect(() => {
    // The window's title (and the taskbar's) names the briefing, as Word names the document.
    document.title = `${title.trim() || 'Untitled briefing'} — Briefing Desk`;
  }, [title]);
  useEffect(
    () => () => {
      document.title = 'Briefing Desk';
    },
    [],
  );

  const handleBodyChange = useCallback((next: BriefingBody) => change({ body: next }), [change]);

  const openLink = useCallback(
    (url: string) => {
      api.shell.openLink(url).catch((error: unknown) => setActionError(`The link could not be opened: ${errorMessage(error)}`));
    },
    [api],
  );

  useEffect(() => {
    // Spelling follows the briefing's language where the platform has it; without a checker nothing is lost, so a failure is ignored.
    api.shell.setSpellcheckLanguage(language).catch(() => undefined);
  }, [api, language]);

  const handleEditorChange = useCallback((editor: Editor) => {
    const anchor = editor.selection?.anchor.path;
    setSectionIndex(anchor && anchor.length > 0 ? anchor[0] : undefined);
  }, []);

  const handleFieldChange = (fieldId: string, value: FieldValue) => change({ fields: { ...latest.current.fields, [fieldId]: value } });

  const saveAsCopy = async () => {
    setActionError(undefined);
    try {
      const copy = await api.briefings.create({ templateId: briefing.templateId, title: `${latest.current.title.slice(0, 480)} (my version)` });
      await api.briefings.save({
        id: copy.id,
        baseRevision: copy.revision,
        body: latest.current.body,
        fields: latest.current.fields,
        participants: latest.current.participants,
        language: latest.current.language,
      });
      // This window's version now lives in the copy; the original stays as the other window saved it.
      controller.dispose();
      registerFlush(undefined);
      onOpen(copy.id);
    } catch (error) {
      setActionError(`The copy could not be saved: ${errorMessage(error)}`);
    }
  };

  const overwrite = async () => {
    setActionError(undefined);
    try {
      const current = await api.briefings.get(briefing.id);
      await controller.overwrite(current.revision, { ...latest.current });
    } catch (error) {
      setActionError(`Your version could not be saved: ${errorMessage(error)}`);
    }
  };

  const openInNewWindow = async () => {
    setActionError(undefined);
    try {
      // The other window reads the briefing from the library, so what is on screen goes there first.
      if (!(await controller.flush())) {
        setActionError('The briefing was not opened in a new window: its latest changes are not saved yet.');
        return;
      }
      await api.lifecycle.openInNewWindow(briefing.id);
    } catch (error) {
      setActionError(`The briefing could not be opened in a new window: ${errorMessage(error)}`);
    }
  };

  const moveToTrash = async () => {
    setActionError(undefined);
    if (!window.confirm(`Move “${latest.current.title.trim() || 'Untitled briefing'}” to the Trash?`)) return;
    try {
      // What is on screen goes into the library first; a briefing with unsaved changes is not trashed.
      if (!(await controller.flush())) {
        setActionError('The briefing was not moved to the Trash: its latest changes are not saved yet.');
        return;
      }
      // The library tells every window, this one too, before this call returns: that is no news from elsewhere.
      trashingHere.current = true;
      await api.briefings.moveToTrash(briefing.id);
      controller.dispose();
      registerFlush(undefined);
      onMovedToTrash(briefing.id);
    } catch (error) {
      trashingHere.current = false;
      setActionError(`The briefing could not be moved to the Trash: ${errorMessage(error)}`);
    }
  };

  // The application menu: File › Export…, Save Now, and the Briefing menu.
  useAppEvent('menu-command-invoked', ({ command }) => {
    switch (command) {
      case 'export':
        setExporting(true);
        break;
      case 'save-now':
        void controller.flush();
        break;
      case 'show-history':
        setHistoryOpen(true);
        break;
      case 'save-as-template':
        setSavingAsTemplate(true);
        break;
      case 'move-to-trash':
        void moveToTrash();
        break;
      case 'open-in-new-window':
        void openInNewWindow();
        break;
      default:
        break;
    }
  });

  // Another window changed this briefing. With nothing waiting to be saved here, show its version; with edits
  // pending, this window's next save meets the revision check and the conflict banner lets the person choose.
  useAppEvent('briefing-changed', ({ briefingId, revision }) => {
    if (briefingId !== briefing.id || controller.hasUnsavedChanges || trashingHere.current) return;
    if (revision === null) {
      controller.dispose();
      registerFlush(undefined);
      onRemovedElsewhere();
    } else if (revision > controller.revision) {
      onOpen(briefing.id);
    }
  });

  const fieldContext = useMemo(() => ({ template, fields, language }), [template, fields, language]);
  const statsCache = useMemo(
    () => new TextStatsCache((reference: Parameters<typeof resolveReference>[0]) => resolveReference(reference, fieldContext).value),
    [fieldContext],
  );
  const deferredBody = useDeferredValue(body);
  const total = statsCache.sections(deferredBody);
  const currentSection = sectionIndex === undefined ? undefined : deferredBody[sectionIndex];
  const section = currentSection ? statsCache.sections([currentSection]) : undefined;
  const eventDate = template?.eventDateField ? fields[template.eventDateField] : null;
  const directory = useDirectoryList();
  const meetingDate = typeof eventDate === 'string' && eventDate ? eventDate : null;
  const checked = useMemo(() => directoryIssues({ language, fields, participants, body: deferredBody }, directory, meetingDate), [language, fields, participants, deferredBody, directory, meetingDate]);
  const issues = [
    ...(template ? validateBriefing({ fields, body: deferredBody }, template, new Date()) : []),
    // The directory check joins the list shown before export.
    ...checked.map((issue) => ({ kind: 'invalid' as const, message: issue.message, ...(issue.fieldId ? { fieldId: issue.fieldId } : {}) })),
  ];

  return (
    <main className="briefing-view" aria-label="Briefing">
      {status.kind === 'conflict' && <ConflictBanner reason={status.reason} onSaveCopy={saveAsCopy} onOverwrite={overwrite} />}
      {status.kind === 'refused' && <ConflictBanner reason={status.reason} onSaveCopy={saveAsCopy} />}
      {savingAsTemplate && (
        <SaveAsTemplateDialog
          briefingId={briefing.id}
          suggestedName={title.trim() || template?.name || 'My template'}
          flush={() => controller.flush()}
          onSaved={(name) => {
            setSavingAsTemplate(false);
            setNotice(`Saved as the template “${name}”. It is in the New briefing menu.`);
            onTemplatesChanged();
          }}
          onClose={() => setSavingAsTemplate(false)}
        />
      )}
      {exporting && (
        <ExportDialog
          briefingId={briefing.id}
          status={briefing.status}
          hasParticipants={template?.hasParticipants ?? participants.length > 0}
          issues={issues}
          flush={() => controller.flush()}
          onExported={(message) => {
            setExporting(false);
            setNotice(message);
          }}
          onClose={() => setExporting(false)}
        />
      )}
      {historyOpen && (
        <HistoryDialog
          briefingId={briefing.id}
          current={content}
          flush={() => controller.flush()}
          onRestored={() => {
            setHistoryOpen(false);
            onOpen(briefing.id);
          }}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {notice && (
        <div className="banner banner-info" aria-live="polite">
          <span>{notice}</span>
          <button type="button" className="button button-quiet" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      {actionError && (
        <div className="banner banner-error" role="alert">
          {actionError}
        </div>
      )}
      <WorkflowBar
        briefingId={briefing.id}
        status={briefing.status}
        embargo={embargo}
        saveFirst={async () => ((await controller.flush()) ? controller.revision : undefined)}
        onChanged={() => onOpen(briefing.id)}
      />
      <DirectoryScope directory={directory} language={language} date={meetingDate}>
      <FieldContext.Provider value={fieldContext}>
        <BriefingEditor
          initialBody={briefing.body}
          readOnly={locked}
          onBodyChange={handleBodyChange}
          onEditorChange={handleEditorChange}
          onOpenLink={openLink}
          sidePanel={
            template && (
              <DetailsPanel
                template={template}
                fields={fields}
                language={language}
                issues={issues}
                readOnly={locked}
                onFieldChange={handleFieldChange}
                onLanguageChange={(next) => change({ language: next })}
              />
            )
          }
          toolbarEnd={
            <>
              <button type="button" className="button button-quiet" onClick={() => setExporting(true)}>
                Export…
              </button>
              <button type="button" className="button button-quiet" onClick={() => setHistoryOpen(true)}>
                History
              </button>
              <button type="button" className="button button-quiet" onClick={() => setSavingAsTemplate(true)}>
                Save as template…
              </button>
              <button type="button" className="button button-quiet" onClick={() => void moveToTrash()}>
                Move to Trash
              </button>
            </>
          }
          header={
            <header className="page-header">
              <div className="page-kicker">
                {template?.name ?? briefing.templateId}
                {typeof eventDate === 'string' && eventDate && <> · {formatEventDate(eventDate)}</>}
              </div>
              <textarea
                className="title-input"
                aria-label="Title"
                placeholder="Title"
                rows={1}
                maxLength={500}
                value={title}
                readOnly={locked}
                onChange={(event) => change({ title: event.target.value.replace(/\n/g, ' ') })}
                onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
              />
              <LinkedPeopleNotice fields={fields} participants={participants} readOnly={locked} onRefresh={(next) => change(next)} />
              <DirectoryCheck issues={checked} language={language} fields={fields} participants={participants} readOnly={locked} onFix={(next) => change(next)} />
              {template?.hasParticipants && <ParticipantsEditor participants={participants} readOnly={locked} onChange={(next) => change({ participants: next })} />}
            </header>
          }
        />
      </FieldContext.Provider>
      </DirectoryScope>
      <footer className="status-bar" aria-label="Status">
        <span className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
          {saveStatusLabel(status)}
        </span>
        <span className="status-counts">
          {section && currentSection && (
            <span title="Words and characters in this section">
              {currentSection.heading || 'Section'}: {section.words.toLocaleString()} words, {section.characters.toLocaleString()} characters
            </span>
          )}
          <span title="Words and characters in the whole briefing">
            {total.words.toLocaleString()} words, {total.characters.toLocaleString()} characters
          </span>
        </span>
      </footer>
    </main>
  );
}
