import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from 'slate';
import type { Briefing, FieldValue } from '../../../shared/document/briefing';
import type { BriefingBody } from '../../../shared/document/briefing-body';
import type { BriefingTemplate } from '../../../shared/document/template';
import { embargoHolds, embargoUntilOf } from '../../../shared/document/embargo';
import { isLockedStatus } from '../../../shared/document/workflow';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { formatWallClock } from '../../ui/format';
import { formatDate } from '../../../shared/document/field-format';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { isInterfaceLanguage } from '../../../shared/i18n/interface-language';
import { createTranslator } from '../../../shared/i18n/translator';
import { localisedTemplate } from '../../../shared/i18n/template-labels';
import { useMenuCommands } from '../../ui/commands/use-menu-commands';
import { useAppEvent } from '../../ui/use-app-event';
import { useEmbargoClock } from '../../ui/use-embargo-clock';
import { BriefingEditor } from '../../editor/briefing-editor';
import { FieldContext } from '../../editor/fields/field-context';
import { DetailsPanel } from '../details/details-panel';
import { ParticipantsEditor } from '../participants/participants-editor';
import { directoryIssues } from '../../../shared/directory/directory-consistency';
import { DirectoryCheck } from '../directory/directory-check';
import { DirectoryScope, useDirectoryList } from '../directory/directory-scope';
import { LinkedPeopleNotice } from '../directory/linked-people-notice';
import { WorkflowBar } from '../workflow/workflow-bar';
import { gateIssues } from '../workflow/gate-issues';
import { RestoreBanner, type RestoreNotice } from '../history/restore-notice';
import { SectionNoticeContext } from '../../editor/sections/section-notice-context';
import { BriefingNoticeBanner, type BriefingNotice } from '../export/exported-notice';
import { sourceChangedNotices } from '../versions/source-changed';
import { SourcePane } from '../versions/source-pane';
import { useVersions } from '../versions/use-versions';
import { AddTranslation, VersionBar } from '../versions/version-bar';
import { BriefingDialogs, type BriefingDialogName } from './briefing-dialogs';
import { BriefingStatusBar } from './briefing-status-bar';
import { ConflictBanner } from './conflict-banner';
import { SaveFailureBanner } from './save-failure-banner';
import { useAutosaveSession, type RegisterFlush } from './use-autosave-session';
import { useBriefingActions } from './use-briefing-actions';
import { useBriefingContent } from './use-briefing-content';
import { useBriefingValidation } from './use-briefing-validation';
import { useChangesElsewhere } from './use-changes-elsewhere';
import './briefing.css';
import { fieldValueOf } from '../../../shared/document/own-fields';
import { useShownTemplate } from '../templates/shown-templates';

export interface BriefingViewProps {
  briefing: Briefing;
  template: BriefingTemplate | undefined;
  /** Lets the workspace flush this briefing before it opens another one. */
  registerFlush: RegisterFlush;
  onOpen: (id: string, restoreNotice?: RestoreNotice) => void;
  /** Set when this briefing was just opened after History restored a version (or undid a restore). */
  restoreNotice?: RestoreNotice;
  onMovedToTrash: (id: string, title: string) => void;
  /** Another window moved this briefing to the Trash (or deleted it) while nothing here was waiting to be saved. */
  onRemovedElsewhere: () => void;
  onTemplatesChanged: () => void;
  /** A briefing just created: the caret starts in its title, as a new document starts where one types. */
  focusTitle?: boolean;
}

/**
 * One open briefing, laid out: banners, the workflow bar, the editor with its header and details, the status bar.
 * The concerns live beside it: the autosave session (`useAutosaveSession`), the edits (`useBriefingContent`), the
 * actions on the whole briefing (`useBriefingActions`), the dialogs (`BriefingDialogs`), other windows' changes
 * (`useChangesElsewhere`) and validation (`useBriefingValidation`). Mount with `key={briefing.id}`.
 */
export function BriefingView({ briefing, template: givenTemplate, registerFlush, onOpen, onMovedToTrash, onRemovedElsewhere, onTemplatesChanged, restoreNotice, focusTitle = false }: BriefingViewProps) {
  // A built-in template's name, field labels and choices in the interface language, everywhere below.
  const template = useShownTemplate(givenTemplate);
  const api = useApi();
  const t = useT();
  const format = useInterfaceFormat();
  const session = useAutosaveSession(api, briefing, registerFlush);
  const { status, flush } = session;
  const { content, latest, change } = useBriefingContent(briefing, session.controller);
  const { title, body, fields, language, participants } = content;
  // Above the title, on the page: in the briefing's language like the date beside it (a built-in template's name from
  // that language's catalog; the interface's where there is none, a person's own template's name as written).
  const pageTemplateName = useMemo(() => {
    const tag = language.toLowerCase().split('-')[0];
    return localisedTemplate(givenTemplate, isInterfaceLanguage(tag) ? createTranslator(tag) : t)?.name;
  }, [givenTemplate, language, t]);
  const actions = useBriefingActions({ briefing, session, latest, onOpen, onMovedToTrash });
  const showLatest = useCallback(() => onOpen(briefing.id), [onOpen, briefing.id]);
  useChangesElsewhere({ briefingId: briefing.id, session, isTrashingHere: actions.isTrashingHere, onShowLatest: showLatest, onRemovedElsewhere });

  const [dialog, setDialog] = useState<BriefingDialogName | undefined>(undefined);
  const titleInput = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // A new briefing starts with its template's name as the title, selected, so typing replaces it.
    if (!focusTitle || isLockedStatus(briefing.status)) return;
    titleInput.current?.focus();
    titleInput.current?.select();
    // Once, when the new briefing appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [notice, setNotice] = useState<BriefingNotice | undefined>(undefined);
  const [restoreBanner, setRestoreBanner] = useState(restoreNotice);
  // The change feed may open the restored briefing a moment before History's own request does: the notice then
  // arrives as a new prop of the same view (React's "adjusting state when a prop changes").
  const [lastNotice, setLastNotice] = useState(restoreNotice);
  if (restoreNotice !== lastNotice) {
    setLastNotice(restoreNotice);
    if (restoreNotice) setRestoreBanner(restoreNotice);
  }
  const [sectionIndex, setSectionIndex] = useState<number | undefined>(undefined);
  // Review comments are signed with the name from Settings; without it they say "No name".
  const [commentAuthor, setCommentAuthor] = useState('');
  const [settingsChanged, setSettingsChanged] = useState(0);
  useAppEvent('settings-changed', () => setSettingsChanged((count) => count + 1));
  useEffect(() => {
    api.settings.get().then(
      (settings) => setCommentAuthor(settings.authorName.trim()),
      () => undefined,
    );
  }, [api, settingsChanged]);

  // The application menu: File › Export…, Save Now, and the Briefing menu.
  useMenuCommands('briefing', {
    export: () => setDialog('export'),
    'save-now': () => void flush(),
    'show-history': () => setDialog('history'),
    'save-as-template': () => setDialog('save-as-template'),
    'move-to-trash': () => void actions.moveToTrash(),
    'open-in-new-window': () => void actions.openInNewWindow(),
  });

  // Approved and released briefings are what was signed off; the library refuses edits to them too.
  const locked = isLockedStatus(briefing.status);
  // Shown while the embargo holds, and gone the minute it lifts, as in the library list and the exports.
  const embargoUntil = embargoUntilOf(fields);
  const now = useEmbargoClock([embargoUntil]);
  const embargo = embargoUntil && embargoHolds(embargoUntil, now) ? t('library.embargoedUntil', { moment: formatWallClock(embargoUntil, format) }) : undefined;

  useEffect(() => {
    // The window's title (and the taskbar's) names the briefing, as Word names the document.
    document.title = t('briefing.windowTitle', { title: title.trim() || t('briefing.untitled') });
  }, [title, t]);
  useEffect(
    () => () => {
      document.title = 'Briefing Desk';
    },
    [],
  );

  useEffect(() => {
    // Spelling follows the briefing's language where the platform has it; without a checker nothing is lost, so a failure is ignored.
    api.shell.setSpellcheckLanguage(language).catch(() => undefined);
  }, [api, language]);

  const { reportError } = actions;
  const saveFirst = useCallback(async () => Boolean(await flush()), [flush]);
  const { versions, error: versionsError, show: showVersions } = useVersions(briefing.id);
  const [markingUpToDate, setMarkingUpToDate] = useState(false);
  const [sideBySide, setSideBySide] = useState(false);
  const markUpToDate = useCallback(
    async (sectionId?: string) => {
      setMarkingUpToDate(true);
      try {
        showVersions(await api.versions.markUpToDate({ briefingId: briefing.id, ...(sectionId ? { sectionId } : {}) }));
      } catch (error) {
        reportError(t('versions.markFailed', { reason: errorMessage(error) }));
      } finally {
        setMarkingUpToDate(false);
      }
    },
    [api, briefing.id, showVersions, reportError, t],
  );
  const versionSource = versions?.source ?? null;
  const staleSections = versions?.stale;
  const sectionNotice = useMemo(
    () => sourceChangedNotices(versionSource, staleSections ?? [], markingUpToDate, (sectionId) => void markUpToDate(sectionId)),
    [versionSource, staleSections, markingUpToDate, markUpToDate],
  );
  const openLink = useCallback(
    (url: string) => {
      api.shell.openLink(url).catch((error: unknown) => reportError(t('briefing.linkFailed', { reason: errorMessage(error) })));
    },
    [api, reportError, t],
  );
  const handleBodyChange = useCallback((next: BriefingBody) => change({ body: next }), [change]);
  const handleEditorChange = useCallback((editor: Editor) => {
    const anchor = editor.selection?.anchor.path;
    setSectionIndex(anchor && anchor.length > 0 ? anchor[0] : undefined);
  }, []);
  const handleFieldChange = (fieldId: string, value: FieldValue) => change({ fields: { ...latest.current.fields, [fieldId]: value } });

  const fieldContext = useMemo(() => ({ template, fields, language }), [template, fields, language]);
  const deferredBody = useDeferredValue(body);
  // The counts come in the render after the first screen is drawn: counting a long briefing (and making the number
  // and date formats the first time in a window) is no reason to show its text later.
  const countedBody = useDeferredValue<BriefingBody | null>(body, null);
  const eventDate = template?.eventDateField ? (fieldValueOf(fields, template.eventDateField) ?? null) : null;
  const directory = useDirectoryList();
  const meetingDate = typeof eventDate === 'string' && eventDate ? eventDate : null;
  const checked = useMemo(() => directoryIssues({ language, fields, participants, body: deferredBody }, directory, meetingDate, t), [language, fields, participants, deferredBody, directory, meetingDate, t]);
  const validation = useBriefingValidation(template, fields, deferredBody);
  const issues = useMemo(
    () => [
      ...validation,
      // The directory check joins the list shown before export.
      ...checked.map((issue) => ({ kind: 'invalid' as const, message: issue.message, ...(issue.fieldId ? { fieldId: issue.fieldId } : {}) })),
    ],
    [validation, checked],
  );

  const gate = useMemo(() => gateIssues(validation, template, deferredBody, language), [validation, template, deferredBody, language]);

  return (
    <main className="briefing-view" aria-label={t('briefing.label')}>
      {status.kind === 'conflict' && <ConflictBanner reason={status.reason} onSaveCopy={actions.saveAsCopy} onOverwrite={actions.overwrite} />}
      {status.kind === 'refused' && <ConflictBanner reason={status.reason} onSaveCopy={actions.saveAsCopy} />}
      {status.kind === 'failed' && <SaveFailureBanner reason={status.reason} onRetry={() => void flush()} />}
      <BriefingDialogs
        dialog={dialog}
        briefing={briefing}
        template={template}
        content={content}
        issues={issues}
        flush={flush}
        onClose={() => setDialog(undefined)}
        onNotice={(message, exportedFile) => setNotice({ message, ...(exportedFile ? { exportedFile } : {}) })}
        onRestored={(restored) => onOpen(briefing.id, restored)}
        onTemplatesChanged={onTemplatesChanged}
        {...(versions && versions.versions.length > 1 ? { familyLanguages: versions.versions.map((version) => version.language) } : {})}
      />
      {restoreBanner && <RestoreBanner notice={restoreBanner} briefingId={briefing.id} onOpen={onOpen} onDismiss={() => setRestoreBanner(undefined)} />}
      {notice && <BriefingNoticeBanner notice={notice} onDismiss={() => setNotice(undefined)} />}
      {actions.actionError && (
        <div className="banner banner-error" role="alert">
          {actions.actionError}
        </div>
      )}
      <WorkflowBar
        briefingId={briefing.id}
        status={briefing.status}
        embargo={embargo}
        saveFirst={async () => ((await flush()) ? session.controller.revision : undefined)}
        onChanged={showLatest}
        gateIssues={gate}
        commands={
          <>
            <button type="button" className="button button-quiet" onClick={() => setDialog('export')}>
              {t('command.export')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setDialog('history')}>
              {t('briefing.history')}
            </button>
            <AddTranslation
              briefingId={briefing.id}
              present={versions && versions.versions.length > 0 ? versions.versions.map((version) => version.language) : [language]}
              saveFirst={saveFirst}
              onOpen={onOpen}
              onError={reportError}
            />
            <button type="button" className="button button-quiet" onClick={() => setDialog('save-as-template')}>
              {t('briefing.saveAsTemplate')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void actions.moveToTrash()}>
              {t('command.moveToTrash')}
            </button>
          </>
        }
      />
      {versions && versions.versions.length > 1 && (
        <VersionBar
          briefingId={briefing.id}
          status={briefing.status}
          versions={versions}
          busy={markingUpToDate}
          saveFirst={saveFirst}
          onOpen={onOpen}
          onMarkAllUpToDate={() => void markUpToDate()}
          sideBySide={sideBySide}
          onSideBySide={setSideBySide}
          onChanged={showLatest}
        />
      )}
      {versionsError && (
        <div className="banner banner-error" role="alert">
          {versionsError}
        </div>
      )}
      <SectionNoticeContext.Provider value={sectionNotice}>
      <DirectoryScope directory={directory} language={language} date={meetingDate}>
      <FieldContext.Provider value={fieldContext}>
        <BriefingEditor
          initialBody={briefing.body}
          readOnly={locked}
          onBodyChange={handleBodyChange}
          onEditorChange={handleEditorChange}
          onOpenLink={openLink}
          commentAuthor={commentAuthor}
          sidePanel={
            sideBySide && versionSource ? (
              <SourcePane sourceId={versionSource.id} sourceLanguage={versionSource.language} />
            ) : (
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
            )
          }
          header={
            <header className="page-header">
              <div className="page-kicker">
                {pageTemplateName ?? briefing.templateId}
                {/* On the page, so in the briefing's language, as its exports write it. */}
                {typeof eventDate === 'string' && eventDate && <> · {formatDate(eventDate, language)}</>}
              </div>
              <textarea
                className="title-input"
                aria-label={t('briefing.title')}
                placeholder={t('briefing.title')}
                rows={1}
                maxLength={500}
                ref={titleInput}
                value={title}
                readOnly={locked}
                onChange={(event) => change({ title: event.target.value.replace(/\n/g, ' ') })}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
                  // A title is one line: Enter goes on to the text, as in a word processor's title field.
                  event.preventDefault();
                  event.currentTarget.closest('[data-pane]')?.querySelector<HTMLElement>('[data-pane-focus]')?.focus();
                }}
              />
              <LinkedPeopleNotice fields={fields} participants={participants} readOnly={locked} onRefresh={(next) => change(next)} />
              <DirectoryCheck issues={checked} language={language} fields={fields} participants={participants} readOnly={locked} onFix={(next) => change(next)} />
              {template?.hasParticipants && <ParticipantsEditor participants={participants} readOnly={locked} onChange={(next) => change({ participants: next })} />}
            </header>
          }
        />
      </FieldContext.Provider>
      </DirectoryScope>
      </SectionNoticeContext.Provider>
      <BriefingStatusBar status={status} body={countedBody} sectionIndex={sectionIndex} fieldContext={fieldContext} />
    </main>
  );
}
