import { useT } from '../ui/interface-language';
import { useCallback, useContext, useEffect, useMemo, useState, type ClipboardEvent, type DragEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useRef } from 'react';
import { Editor, Node, Range, Transforms, type BaseRange, type Descendant, type NodeEntry } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { createBriefingEditor } from './create-briefing-editor';
import type { BriefingEditor } from './editor-types';
import { ApiContext } from '../api/api-context';
import { errorMessage } from '../api/api-client';
import { insertPicture, movePicture } from './pictures/picture-commands';
import { fileBase64 } from './pictures/picture-url';
import { insertPastedHtml, isPictureFile, readPastedHtml } from './paste/paste-pictures';
import { fieldChoices, insertFieldReference, onFieldTrigger, type FieldChoice } from './fields/field-commands';
import { useFieldContext } from './fields/field-context';
import { FieldPicker } from './fields/field-picker';
import { useMenuCommands } from '../ui/commands/use-menu-commands';
import { FindBar } from './find/find-bar';
import { useFocusLeavesEditor } from './use-focus-leaves-editor';
import { useFindHighlights } from './find/find-highlights';
import { highlightsSupported } from './block-highlights';
import { FindSession, replaceMatch } from './find/find-session';
import { focusSpanEnd, isPictureTextSpan, pictureTextFieldOf, selectSpan, spanDomRange, spanEnd, type BodySpan, type PictureTextSpan } from './pictures/picture-text';
import { PictureTextContext, type PictureTextActions } from './pictures/picture-text-field';
import { commandForKeyStroke, isMacPlatform, isWindowCommand, runEditorCommand, type WindowCommand } from './hotkeys';
import { activeLink, removeLink, setLink } from './links/link-commands';
import { LinkDialog } from './links/link-dialog';
import { TableDialog } from './tables/table-dialog';
import { changeColumnWidth, insertTable, isInTable } from './tables/table-commands';
import { LinkOpenerContext } from './links/link-opener';
import './editor.css';
import './lists/list-levels.css';
import './right-to-left.css';
import { Leaf } from './marks/leaf';
import { CommentHighlightContext } from './comments/comment-highlight';
import { CommentsMargin, type CommentDraft } from './comments/comments-margin';
import { resolvedThreadIds } from '../../shared/document/comments';
import { setSuggesting } from '../../shared/document/suggestions';
import './suggestions/suggestions.css';
import { renderElement } from './render-element';
import { blockCountOf, mountsProgressively, ProgressiveMount, renderChunk, useProgressiveMount } from './progressive-mount';
import { useLoadRepair } from './load-repair';
import { Toolbar } from './toolbar/toolbar';
import { templateFieldIds } from '../../shared/document/own-fields';
import { directionOfLanguage } from '../../shared/document/text-direction';
import { SpellingMenu } from '../spelling/spelling-menu';
import { misspellingAt, nextMisspelling, type FoundMisspelling } from '../spelling/spelling-ranges';
import { SpellingTools } from '../spelling/spelling-tools';
import { readSpellingEnabled, useSpelling, writeSpellingEnabled } from '../spelling/use-spelling';
import { settledSelection } from './settled-selection';
import '../spelling/spelling.css';
import { matchesChord, objectCommands, shortcutForKeyStroke, shortcuts } from '../../shared/keyboard/shortcuts';
import { Toast } from '../ui/toast';
import { HistoryEditor } from 'slate-history';

const leaveTextThen = shortcuts.find((shortcut) => shortcut.command === 'leave-text')?.then;

export interface BriefingEditorProps {
  initialBody: BriefingBody;
  readOnly?: boolean;
  /** Called after every change to the document (not for selection moves). */
  onBodyChange: (body: BriefingBody) => void;
  /** Called after every change, selection moves included, with the editor. */
  onEditorChange?: (editor: Editor) => void;
  /** Rendered between the toolbar and the body, e.g. the title and the details. */
  header?: ReactNode;
  /** Rendered beside the page, e.g. the Details form. */
  sidePanel?: ReactNode;
  /** Opens a link outside the app (the desktop asks the person first). Without it, links cannot be opened. */
  onOpenLink?: (url: string) => void;
  /** The name review comments are signed with (Settings › Your name). */
  commentAuthor?: string;
}

interface FindState {
  session: FindSession;
  showReplace: boolean;
  focusRequest: number;
}

interface SpellingMenuState {
  found: FoundMisspelling;
  position: { left: number; top: number };
  suggestions: string[] | undefined;
  /** Opened by "Check spelling" (F7): after a choice, the walk goes on to the next misspelt word. */
  pass: boolean;
}

interface LinkDialogState {
  at: BaseRange;
  url: string | undefined;
  text: string;
  askForText: boolean;
}

const noDecorations = (): BaseRange[] => [];

/**
 * The rich-text body of one briefing. Mount it with `key={briefing.id}`: the
 * Slate editor is created once per briefing and keeps its own history.
 */
export function BriefingEditor({ initialBody, readOnly = false, onBodyChange, onEditorChange, header, sidePanel, onOpenLink, commentAuthor = '' }: BriefingEditorProps) {
  const t = useT();
  const { template, language } = useFieldContext();
  const editor = useMemo(() => {
    const created = createBriefingEditor(template ? templateFieldIds(template) : undefined);
    created.children = structuredClone(initialBody);
    return created;
    // The editor belongs to one briefing for its whole life; see the `key` note above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const blockCount = useMemo(() => blockCountOf(editor.children), [editor]);
  const repair = useLoadRepair(editor, mountsProgressively(blockCount));
  const isMac = useMemo(() => isMacPlatform(), []);
  // A long briefing shows its first screen first; the rest of its blocks mount in the tasks after it (progressive-mount.tsx).
  const progress = useProgressiveMount(blockCount);

  const [spellingOn, setSpellingOn] = useState(readSpellingEnabled);
  const spelling = useSpelling(editor, language, spellingOn && !readOnly);
  const [spellingMenu, setSpellingMenu] = useState<SpellingMenuState | undefined>(undefined);
  const [spellingStatus, setSpellingStatus] = useState<string | undefined>(undefined);

  // Suggesting mode (Word's Track Changes): the reviewer's edits are kept as suggestions, signed with Settings' name.
  const [suggestingOn, setSuggestingOn] = useState(false);
  useEffect(() => {
    setSuggesting(editor, suggestingOn && !readOnly ? { author: commentAuthor, now: () => new Date(), newId: () => crypto.randomUUID() } : undefined);
  }, [editor, suggestingOn, readOnly, commentAuthor]);

  const [commentDraft, setCommentDraft] = useState<CommentDraft | undefined>(undefined);
  const [activeComment, setActiveComment] = useState<string | undefined>(undefined);
  const [page, setPage] = useState<HTMLElement | null>(null);
  // Kept as a string, so a keystroke that resolves nothing re-renders nothing.
  const [resolvedIds, setResolvedIds] = useState(() => resolvedThreadIds(editor.children));
  const commentHighlight = useMemo(() => ({ resolved: new Set(resolvedIds.split(' ')), active: activeComment }), [resolvedIds, activeComment]);

  const handleChange = useCallback(
    (value: Descendant[]) => {
      onEditorChange?.(editor);
      // The caret in commented text opens that thread in the margin.
      if (editor.selection) {
        const [leaf] = Editor.leaf(editor, editor.selection.anchor);
        const id = leaf.comments?.[leaf.comments.length - 1];
        if (id) setActiveComment(id);
      }
      if (editor.operations.some((operation) => operation.type !== 'set_selection')) {
        // The load's repair alone is no edit: opening a briefing saves nothing (it is saved with the first edit).
        if (editor.operations.some((operation) => operation.type !== 'set_selection' && !repair.made(operation))) onBodyChange(value as BriefingBody);
        spelling.changed();
        setResolvedIds(resolvedThreadIds(value));
      }
    },
    [editor, onBodyChange, onEditorChange, spelling, repair],
  );

  const choices = useMemo(() => fieldChoices(template, t), [template, t]);
  const [picker, setPicker] = useState<{ at: BaseRange; left: number; top: number } | undefined>(undefined);

  /** Opens "Insert field" below the caret, remembering where to insert. */
  const openFieldPicker = useCallback(() => {
    if (!editor.selection) return;
    const at = editor.selection;
    let left = 0;
    let top = 0;
    try {
      const rect = ReactEditor.toDOMRange(editor, at).getBoundingClientRect();
      left = rect.left;
      top = rect.bottom + 4;
    } catch {
      // The selection has no DOM range yet (nothing rendered there): show it at the top of the window.
    }
    // The picker takes the keyboard; without this the editor would take its focus back on its next render.
    ReactEditor.blur(editor);
    setPicker({ at, left, top });
  }, [editor]);

  const closeFieldPicker = useCallback(
    (choice?: FieldChoice) => {
      const at = picker?.at;
      setPicker(undefined);
      ReactEditor.focus(editor);
      if (!at) return;
      Transforms.select(editor, at);
      if (choice) insertFieldReference(editor, choice);
    },
    [editor, picker],
  );

  useEffect(() => {
    // Typing "{{" opens the picker once the DOM shows the caret where it now is.
    onFieldTrigger(editor, choices.length > 0 ? () => setTimeout(openFieldPicker, 0) : undefined);
    return () => onFieldTrigger(editor, undefined);
  }, [editor, choices, openFieldPicker]);

  useFocusLeavesEditor(editor);
  const [find, setFind] = useState<FindState | undefined>(undefined);
  // "Replaced N" with Undo for ten seconds; Replace all is one step of the editor's history.
  const [replacedCount, setReplacedCount] = useState<number | undefined>(undefined);
  const dismissReplaced = useCallback(() => setReplacedCount(undefined), []);
  const [currentMatch, setCurrentMatch] = useState<BodySpan | undefined>(undefined);
  const [linkDialog, setLinkDialog] = useState<LinkDialogState | undefined>(undefined);
  // Misspelt words and Find's matches are not decorations: they are drawn as highlights over the text, so a new
  // query or new spelling results never render the document again.
  // Find's matches are highlights over the text too, where the page can draw them (jsdom cannot: decorations there).
  useFindHighlights(editor, find?.session, currentMatch);
  const decorate = useMemo<(entry: NodeEntry) => BaseRange[]>(() => (find && !highlightsSupported() ? find.session.decorate(currentMatch) : noDecorations), [find, currentMatch]);

  useEffect(() => {
    if (spellingStatus === undefined) return;
    const timer = window.setTimeout(() => setSpellingStatus(undefined), 4000);
    return () => window.clearTimeout(timer);
  }, [spellingStatus]);

  /** Opens the menu of a misspelt word: below it, or where the person right-clicked. */
  const openSpellingMenu = useCallback(
    (found: FoundMisspelling, pass: boolean, at?: { left: number; top: number }) => {
      let position = at ?? { left: 0, top: 0 };
      if (!at) {
        // Not rendered: the menu opens at the top of the window.
        const rect = spanDomRange(editor, found.range)?.getBoundingClientRect();
        if (rect) position = { left: rect.left, top: rect.bottom + 4 };
      }
      selectSpan(editor, found.range);
      setSpellingMenu({ found, position, suggestions: undefined, pass });
      void spelling.suggest(found.word, found.language).then(
        (suggestions) => setSpellingMenu((open) => (open && open.found === found ? { ...open, suggestions } : open)),
        () => setSpellingMenu((open) => (open && open.found === found ? { ...open, suggestions: [] } : open)),
      );
    },
    [editor, spelling],
  );

  /** F7's walk: the next misspelt word from the caret, once the text is checked; at the end, says so. */
  const continueSpellingPass = useCallback(
    async (from: BodySpan | null, first: boolean) => {
      await spelling.checkNow();
      const start = from ? spanEnd(from) : undefined;
      const found = nextMisspelling(editor, start, spelling.cache);
      if (!found) {
        setSpellingMenu(undefined);
        ReactEditor.focus(editor);
        setSpellingStatus(t(first ? 'spelling.passNothing' : 'spelling.passDone'));
        return;
      }
      const element = (() => {
        if (isPictureTextSpan(found.range)) return pictureTextFieldOf(editor, found.range);
        try {
          return ReactEditor.toDOMNode(editor, Node.get(editor, found.range.anchor.path));
        } catch {
          return undefined;
        }
      })();
      element?.scrollIntoView({ block: 'center' });
      openSpellingMenu(found, true);
    },
    [editor, openSpellingMenu, spelling, t],
  );

  /** F7: from the caret in the text, or from `from` (the caret in a caption or credit). */
  const startSpellingPass = useCallback(
    (from?: PictureTextSpan) => {
      if (readOnly) return;
      if (!spellingOn) {
        writeSpellingEnabled(true);
        setSpellingOn(true);
      }
      const start = from ? { ...from, end: from.start } : editor.selection ? { anchor: Range.start(editor.selection), focus: Range.start(editor.selection) } : null;
      void continueSpellingPass(start, true);
    },
    [continueSpellingPass, editor, readOnly, spellingOn],
  );

  /**
   * After a choice in the menu: back to the text, or on to the next word in F7's walk. `after` is where the word now
   * ends (the caret in the text, unless the word was in a caption or credit).
   */
  const closeSpellingMenu = useCallback(
    (afterChoice: boolean, after?: BodySpan) => {
      const open = spellingMenu;
      setSpellingMenu(undefined);
      const place = after ?? (open && isPictureTextSpan(open.found.range) ? open.found.range : editor.selection);
      // The caret goes after the word, as Word leaves it.
      if (after && !isPictureTextSpan(after)) Transforms.select(editor, after);
      if (open?.pass && afterChoice) {
        void continueSpellingPass(place, false);
        return;
      }
      if (place) focusSpanEnd(editor, place);
      else ReactEditor.focus(editor);
    },
    [continueSpellingPass, editor, spellingMenu],
  );

  const handleContextMenu = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!spelling.enabled || readOnly) return;
      let at: BaseRange | null;
      try {
        at = ReactEditor.findEventRange(editor, event);
      } catch {
        return;
      }
      const found = at ? misspellingAt(editor, at, spelling.cache) : undefined;
      if (!found) return;
      event.preventDefault();
      openSpellingMenu(found, false, { left: event.clientX, top: event.clientY });
    },
    [editor, openSpellingMenu, readOnly, spelling],
  );

  const openLinkDialog = useCallback(() => {
    const { selection } = editor;
    if (!selection || readOnly) return;
    const link = activeLink(editor);
    setLinkDialog({
      at: selection,
      url: link?.[0].url,
      text: link ? Node.string(link[0]) : Editor.string(editor, selection),
      askForText: link !== undefined || Range.isCollapsed(selection),
    });
  }, [editor, readOnly]);

  const closeLinkDialog = useCallback(
    (change?: (at: BaseRange) => void) => {
      const at = linkDialog?.at;
      setLinkDialog(undefined);
      ReactEditor.focus(editor);
      if (!at || !change) return;
      Transforms.select(editor, at);
      change(at);
    },
    [editor, linkDialog],
  );

  const [tableDialogAt, setTableDialogAt] = useState<BaseRange | undefined>(undefined);
  const closeTableDialog = useCallback(
    (size?: { rows: number; columns: number }) => {
      const at = tableDialogAt;
      setTableDialogAt(undefined);
      ReactEditor.focus(editor);
      if (!at || !size) return;
      Transforms.select(editor, at);
      insertTable(editor, size.rows, size.columns);
    },
    [editor, tableDialogAt],
  );

  const api = useContext(ApiContext);
  /** Keeps a picture through the library (checked, stripped, stored once) and places it at `at`; a refusal is said in the status line. */
  const addPicture = useCallback(
    (kept: () => Promise<{ hash: string; width: number; height: number } | null> | undefined, at: BaseRange | null) => {
      const pending = kept();
      if (!pending) return;
      pending.then(
        (image) => {
          if (!image) return;
          ReactEditor.focus(editor);
          insertPicture(editor, image, at);
        },
        (error: unknown) => setSpellingStatus(errorMessage(error)),
      );
    },
    [editor],
  );

  /** Pictures among pasted or dropped files: true when there were some (the rest of the data is then left alone). */
  const addPictureFiles = useCallback(
    (files: FileList | undefined, at: BaseRange | null): boolean => {
      const pictures = Array.from(files ?? []).filter(isPictureFile);
      if (pictures.length === 0 || !api) return false;
      // One after another, each below the one before, in the order given.
      let place = at;
      void pictures.reduce<Promise<void>>(
        (previous, file) =>
          previous.then(async () => {
            try {
              const image = await api.pictures.addPicture(await fileBase64(file));
              ReactEditor.focus(editor);
              insertPicture(editor, image, place ?? editor.selection);
              place = editor.selection;
            } catch (error) {
              setSpellingStatus(errorMessage(error));
            }
          }),
        Promise.resolve(),
      );
      return true;
    },
    [api, editor],
  );

  const runWindowCommand = useCallback(
    (command: WindowCommand) => {
      if (command === 'picture') {
        const selection = settledSelection(editor);
        if (selection && !readOnly) addPicture(() => api?.pictures.choosePicture(), selection);
        return;
      }
      if (command === 'link') {
        openLinkDialog();
        return;
      }
      if (command === 'comment') {
        if (readOnly) return;
        const selection = settledSelection(editor);
        if (!selection || Range.isCollapsed(selection) || Editor.string(editor, selection).trim() === '') {
          setSpellingStatus(t('comments.selectFirst'));
          return;
        }
        setCommentDraft({ at: selection });
        return;
      }
      if (command === 'suggesting') {
        if (!readOnly) setSuggestingOn((on) => !on);
        return;
      }
      if (command === 'table') {
        const selection = settledSelection(editor);
        if (selection && !readOnly) setTableDialogAt(selection);
        return;
      }
      const showReplace = command === 'replace';
      settledSelection(editor);
      setFind((open) => {
        if (open) return { ...open, showReplace: open.showReplace || showReplace, focusRequest: open.focusRequest + 1 };
        // Word starts a search with the selected words, when they are on one line.
        const selected = editor.selection && !Range.isCollapsed(editor.selection) ? Editor.string(editor, editor.selection) : '';
        const query = selected.length <= 200 && !selected.includes('\n') ? selected : '';
        return { session: new FindSession(query, { matchCase: false, wholeWord: false }, language), showReplace, focusRequest: 0 };
      });
    },
    [editor, language, openLinkDialog, readOnly, t, addPicture, api],
  );

  // Edit › Find… and Replace… from the application menu (on macOS the menu takes the keystroke first).
  useMenuCommands('editor', {
    find: () => runWindowCommand('find'),
    replace: () => runWindowCommand('replace'),
  });

  const leaveArmed = useRef(false);
  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.nativeEvent.isComposing) return;
      // Escape, then Tab: the way out of the text even in a list or a table, where Tab alone indents or moves a cell.
      const leaving = leaveArmed.current;
      leaveArmed.current = shortcutForKeyStroke(event, isMac, ['leave-text']) === 'leave-text';
      if (leaving && leaveTextThen && matchesChord(event, leaveTextThen, isMac)) return;
      const objectCommand = shortcutForKeyStroke(event, isMac, objectCommands);
      if (objectCommand === 'check-spelling') {
        event.preventDefault();
        startSpellingPass();
        return;
      }
      if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && spelling.enabled && editor.selection) {
        const found = misspellingAt(editor, editor.selection, spelling.cache);
        if (found) {
          event.preventDefault();
          openSpellingMenu(found, false);
          return;
        }
      }
      // Alt+Shift+Up/Down moves a selected picture past the block above or below it.
      if ((objectCommand === 'move-up' || objectCommand === 'move-down') && !readOnly) {
        if (movePicture(editor, objectCommand === 'move-up' ? -1 : 1)) event.preventDefault();
        return;
      }
      // Alt+Shift+Right/Left widens or narrows the caret's table column (the toolbar's Widen/Narrow column).
      if ((objectCommand === 'widen-column' || objectCommand === 'narrow-column') && !readOnly && isInTable(editor)) {
        event.preventDefault();
        changeColumnWidth(editor, objectCommand === 'widen-column' ? 1 : -1);
        return;
      }
      const command = commandForKeyStroke(event, isMac);
      if (!command) return;
      if (isWindowCommand(command)) {
        event.preventDefault();
        runWindowCommand(command);
        return;
      }
      if (runEditorCommand(editor, command)) event.preventDefault();
    },
    [editor, isMac, runWindowCommand, startSpellingPass, spelling, openSpellingMenu, readOnly],
  );

  /** Keys and right-clicks in a picture's caption or credit: its spelling menu, F7, Find and Replace, as in the text. */
  const pictureTextActions = useMemo<PictureTextActions>(
    () => ({
      spellCheck: !spellingOn,
      onKeyDown: (event, at) => {
        const objectCommand = shortcutForKeyStroke(event, isMac, objectCommands);
        if (objectCommand === 'check-spelling') {
          startSpellingPass(at);
          return true;
        }
        if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && spelling.enabled) {
          const found = misspellingAt(editor, at, spelling.cache);
          if (!found) return false;
          openSpellingMenu(found, false);
          return true;
        }
        const command = commandForKeyStroke(event, isMac);
        if (command === 'find' || command === 'replace') {
          runWindowCommand(command);
          return true;
        }
        return false;
      },
      onContextMenu: (event, at) => {
        if (!spelling.enabled || readOnly) return false;
        const found = misspellingAt(editor, at, spelling.cache);
        if (!found) return false;
        openSpellingMenu(found, false, { left: event.clientX, top: event.clientY });
        return true;
      },
    }),
    [editor, isMac, openSpellingMenu, readOnly, runWindowCommand, spelling, spellingOn, startSpellingPass],
  );

  /**
   * Every paste goes through the editor's `insertData` (sanitiser, deserialiser, section guards).
   * Slate would otherwise leave HTML pastes to the browser's `beforeinput`, which a paste event
   * dispatched by a test (or another program) does not produce.
   */
  const handlePaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      if (readOnly) return;
      event.preventDefault();
      const data = event.clipboardData;
      // A piece of a briefing copied in the app keeps its pictures by hash.
      if (editor.insertFragmentData(data)) return;
      const html = data.getData('text/html');
      const files = Array.from(data.files).filter(isPictureFile);
      if (api && /<img\b/iu.test(html)) {
        // Pictures in pasted HTML: data in the HTML or on the clipboard is kept through the library; an address is never loaded.
        const pasted = readPastedHtml(html, files.length);
        const onlyPictures = files.length > 0 && !pasted.hasText;
        if (!onlyPictures) {
          if (pasted.remote > 0) setSpellingStatus(t('picture.remoteLeftOut'));
          else if (pasted.withoutData > 0) setSpellingStatus(t('picture.noDataLeftOut'));
          if (pasted.pictures.size > 0) {
            void insertPastedHtml(editor, pasted, files, (base64) => api.pictures.addPicture(base64)).then((outcome) => {
              if (outcome.refusal !== undefined) setSpellingStatus(errorMessage(outcome.refusal));
              else if (outcome.tooLarge) setSpellingStatus(t('image.tooLarge'));
            });
            return;
          }
          editor.insertData(data);
          return;
        }
      }
      // A picture on the clipboard (a screenshot, "Copy image") is kept through the library, not pasted as data.
      if (addPictureFiles(data.files, editor.selection)) return;
      if (/<img\b/iu.test(html)) setSpellingStatus(t('picture.remoteLeftOut'));
      editor.insertData(data);
    },
    [editor, readOnly, addPictureFiles, t, api],
  );

  /** A picture file dropped on the page goes where it was dropped; anything else is Slate's. */
  const handleDrop = useCallback(
    (event: DragEvent<HTMLDivElement>): boolean => {
      if (readOnly || !event.dataTransfer.files.length) return false;
      let range: BaseRange | null = editor.selection;
      try {
        range = ReactEditor.findEventRange(editor, event);
      } catch {
        // Dropped beside the text rather than in it: at the caret.
      }
      if (!addPictureFiles(event.dataTransfer.files, range)) return false;
      event.preventDefault();
      return true;
    },
    [editor, readOnly, addPictureFiles],
  );

  /** Ctrl+F and Ctrl+H inside the find bar move between its rows instead of reaching the browser. */
  const handleFindBarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = commandForKeyStroke(event, isMac);
    if (command === 'find' || command === 'replace') {
      event.preventDefault();
      runWindowCommand(command);
    }
  };

  const linkOpener = useCallback((url: string) => onOpenLink?.(url), [onOpenLink]);

  return (
    <Slate editor={editor} initialValue={editor.children} onChange={handleChange}>
      <ProgressiveMount progress={progress}>
      <div className="editor-frame" data-pane="editor">
        <div className="toolbar-row">
          <Toolbar
            isMac={isMac}
            readOnly={readOnly}
            canInsertField={choices.length > 0}
            onInsertField={openFieldPicker}
            onWindowCommand={runWindowCommand}
            suggestingOn={suggestingOn}
            spellingOn={spellingOn}
            onSpellingChange={(enabled) => {
              writeSpellingEnabled(enabled);
              setSpellingOn(enabled);
            }}
            onCheckSpelling={() => startSpellingPass()}
          >
            <SpellingTools briefingLanguage={language} readOnly={readOnly} />
          </Toolbar>
        </div>
        {find && (
          <div onKeyDown={handleFindBarKeyDown}>
            <FindBar
              session={find.session}
              showReplace={find.showReplace}
              focusRequest={find.focusRequest}
              readOnly={readOnly}
              onSessionChange={(query, matchCase, wholeWord) =>
                setFind((open) => open && { ...open, session: new FindSession(query, { matchCase, wholeWord }, language) })
              }
              onCurrentChange={setCurrentMatch}
              onToggleReplace={() => setFind((open) => open && { ...open, showReplace: !open.showReplace })}
              onReplacedAll={setReplacedCount}
              onClose={() => {
                setFind(undefined);
                setCurrentMatch(undefined);
                ReactEditor.focus(editor);
              }}
            />
          </div>
        )}
        <div className="editor-body">
          <div className="editor-scroll">
            {/* The briefing's language sets the page's direction: an Arabic briefing is edited right to left, lists and quotes included. */}
            <CommentHighlightContext.Provider value={commentHighlight}>
            <div className="page-row">
            <article ref={setPage} className="page" dir={directionOfLanguage(language)} lang={language}>
              {header}
              <LinkOpenerContext.Provider value={linkOpener}>
                <PictureTextContext.Provider value={pictureTextActions}>
                <Editable
                  className="briefing-body"
                  aria-label={t('editor.text')}
                  data-pane-focus
                  renderElement={renderElement}
                  renderChunk={renderChunk}
                  renderLeaf={Leaf}
                  decorate={decorate}
                  onKeyDown={handleKeyDown}
                  onPaste={handlePaste}
                  onDrop={handleDrop}
                  onContextMenu={handleContextMenu}
                  readOnly={readOnly}
                  // The app's own spelling (bundled dictionaries, in a worker) replaces the platform's, which has no Azerbaijani.
                  spellCheck={!spellingOn}
                  lang={language}
                />
                </PictureTextContext.Provider>
              </LinkOpenerContext.Provider>
            </article>
              <CommentsMargin
                author={commentAuthor}
                readOnly={readOnly}
                draft={commentDraft}
                onDraftDone={() => {
                  setCommentDraft(undefined);
                  ReactEditor.focus(editor);
                }}
                active={activeComment}
                onActivate={setActiveComment}
                page={page}
              />
            </div>
            </CommentHighlightContext.Provider>
          </div>
          {sidePanel}
        </div>
        {replacedCount !== undefined && (
          <Toast message={t('find.replaced', { count: replacedCount })} actionLabel={t('toast.undo')} onAction={() => HistoryEditor.undo(editor)} onDismiss={dismissReplaced} />
        )}
        {linkDialog && (
          <LinkDialog
            initialUrl={linkDialog.url}
            initialText={linkDialog.text}
            askForText={linkDialog.askForText}
            onSave={(url, text) => closeLinkDialog(() => setLink(editor, url, text || undefined))}
            onRemove={linkDialog.url ? () => closeLinkDialog(() => removeLink(editor)) : undefined}
            onOpen={onOpenLink}
            onClose={() => closeLinkDialog()}
          />
        )}
        {tableDialogAt && <TableDialog onInsert={(rows, columns) => closeTableDialog({ rows, columns })} onClose={() => closeTableDialog()} />}
        {spellingMenu && (
          <SpellingMenu
            word={spellingMenu.found.word}
            suggestions={spellingMenu.suggestions}
            position={spellingMenu.position}
            onReplace={(suggestion) => {
              const { range } = spellingMenu.found;
              replaceMatch(editor, range, suggestion);
              closeSpellingMenu(true, isPictureTextSpan(range) ? { ...range, end: range.start + suggestion.length } : undefined);
            }}
            onAdd={() => {
              spelling.addWord(spellingMenu.found.word).then(
                () => undefined,
                () => setSpellingStatus(t('spelling.addFailed')),
              );
              closeSpellingMenu(true, spanEnd(spellingMenu.found.range));
            }}
            onIgnore={() => {
              spelling.ignore(spellingMenu.found.word);
              closeSpellingMenu(true, spanEnd(spellingMenu.found.range));
            }}
            onClose={() => closeSpellingMenu(false)}
          />
        )}
        {spellingStatus && (
          <div className="spelling-status" role="status">
            {spellingStatus}
          </div>
        )}
        {picker && (
          <FieldPicker choices={choices} position={picker} onPick={(choice) => closeFieldPicker(choice)} onClose={() => closeFieldPicker()} />
        )}
      </div>
      </ProgressiveMount>
    </Slate>
  );
}
