import { useT } from '../../ui/interface-language';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Editor, Path, Range, Transforms } from 'slate';
import { ReactEditor, useSlate } from 'slate-react';
import { isPictureTextSpan, pictureTextElement, sameSpan, type BodySpan } from '../pictures/picture-text';
import { replaceAllMatches, replaceMatch, type FindSession } from './find-session';

export interface FindBarProps {
  session: FindSession;
  /** Open with the replace row (Ctrl+H) or without it (Ctrl+F). */
  showReplace: boolean;
  /** Bumped by Ctrl+F / Ctrl+H while the bar is open, to take the keyboard again. */
  focusRequest: number;
  readOnly: boolean;
  onSessionChange: (query: string, matchCase: boolean, wholeWord: boolean) => void;
  onCurrentChange: (current: BodySpan | undefined) => void;
  onToggleReplace: () => void;
  onClose: () => void;
  /** Replace all changed this many matches (one undo step): the editor offers Undo. */
  onReplacedAll?: (count: number) => void;
}

/** Find and replace (Ctrl+F / Ctrl+H): matches are decorations in the body; the bar counts and steps through them. */
export function FindBar({ session, showReplace, focusRequest, readOnly, onSessionChange, onCurrentChange, onToggleReplace, onClose, onReplacedAll }: FindBarProps) {
  const t = useT();
  const editor = useSlate();
  const [replacement, setReplacement] = useState('');
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const queryInput = useRef<HTMLInputElement>(null);
  /** The match last shown by next/previous: a match in a caption is shown by selecting its picture, which several matches share. */
  const shown = useRef<BodySpan | undefined>(undefined);
  // useSlate re-renders on every change; matches are recomputed from the per-block cache, so only edited blocks are searched.
  const matches = useMemo(() => session.allMatches(editor), [session, editor, editor.children]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = matches.length > 0 ? matches[Math.min(index, matches.length - 1)] : undefined;

  const currentKey = current ? JSON.stringify(current) : '';
  useEffect(() => onCurrentChange(current), [currentKey, matches.length]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Whether the current match is the one shown (selected): then Enter and ↓ go on to the next. */
  const isShown = (): boolean => {
    if (!current || !editor.selection) return false;
    if (!isPictureTextSpan(current)) return Range.equals(editor.selection, current);
    return shown.current !== undefined && sameSpan(shown.current, current) && Path.isAncestor(current.picture, editor.selection.anchor.path);
  };

  useEffect(() => {
    queryInput.current?.focus();
    queryInput.current?.select();
  }, [focusRequest]);

  const show = (next: number) => {
    if (matches.length === 0) return;
    const wrapped = (next + matches.length) % matches.length;
    setIndex(wrapped);
    const match = matches[wrapped];
    if (!match) return;
    shown.current = match;
    if (isPictureTextSpan(match)) {
      // A match in a caption or credit: the picture is selected (its tools show) and the caption scrolled to; the
      // match is drawn as the current one.
      Transforms.select(editor, Editor.start(editor, match.picture));
      try {
        const field = pictureTextElement(ReactEditor.toDOMNode(editor, Editor.node(editor, match.picture)[0]), match.part);
        field?.scrollIntoView({ block: 'center' });
      } catch {
        // Not rendered yet: the selection still moved.
      }
      return;
    }
    // Word moves the selection to the match, so closing the bar leaves the caret there.
    Transforms.select(editor, match);
    try {
      ReactEditor.toDOMRange(editor, match).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered yet: the selection still moved.
    }
  };

  const replaceCurrent = () => {
    if (!current) return;
    replaceMatch(editor, current, replacement);
    setNotice(undefined);
  };

  const replaceAll = () => {
    const count = replaceAllMatches(editor, matches, replacement);
    setNotice(t('find.replaced', { count }));
    if (count > 0) onReplacedAll?.(count);
    // The button is disabled now that nothing matches: the keyboard stays in the bar (Escape still closes it).
    queryInput.current?.focus();
  };

  const onQueryKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      show(event.shiftKey ? index - 1 : isShown() ? index + 1 : index);
    }
  };

  const onBarKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const count = session.query === '' ? '' : matches.length === 0 ? t('find.noMatches') : t('find.position', { current: Math.min(index, matches.length - 1) + 1, total: matches.length });

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onBarKey}>
      <div className="find-row">
        <button type="button" className="find-toggle" aria-label={showReplace ? t('find.hideReplace') : t('find.showReplace')} aria-expanded={showReplace} onClick={onToggleReplace}>
          {showReplace ? '▾' : '▸'}
        </button>
        <input
          ref={queryInput}
          className="find-input"
          aria-label={t('find.find')}
          placeholder={t('find.find')}
          value={session.query}
          onChange={(event) => {
            setIndex(0);
            setNotice(undefined);
            onSessionChange(event.target.value, session.options.matchCase, session.options.wholeWord);
          }}
          onKeyDown={onQueryKey}
        />
        <span className="find-count" role="status" aria-live="polite">
          {notice ?? count}
        </span>
        <button type="button" className="button button-quiet" aria-label={t('find.previous')} title={t('find.previousTitle')} disabled={matches.length === 0} onClick={() => show(index - 1)}>
          ↑
        </button>
        <button type="button" className="button button-quiet" aria-label={t('find.next')} title={t('find.nextTitle')} disabled={matches.length === 0} onClick={() => show(isShown() ? index + 1 : index)}>
          ↓
        </button>
        <label className="find-option">
          <input type="checkbox" checked={session.options.matchCase} onChange={(event) => onSessionChange(session.query, event.target.checked, session.options.wholeWord)} />
          {t('find.matchCase')}
        </label>
        <label className="find-option">
          <input type="checkbox" checked={session.options.wholeWord} onChange={(event) => onSessionChange(session.query, session.options.matchCase, event.target.checked)} />
          {t('find.wholeWord')}
        </label>
        <button type="button" className="button button-quiet" aria-label={t('find.close')} title={t('find.closeTitle')} onClick={onClose}>
          ✕
        </button>
      </div>
      {showReplace && (
        <div className="find-row">
          <span className="find-toggle-spacer" />
          <input className="find-input" aria-label={t('find.replaceWith')} placeholder={t('find.replaceWith')} value={replacement} onChange={(event) => setReplacement(event.target.value)} />
          <button type="button" className="button" disabled={readOnly || !current} onClick={replaceCurrent}>
            {t('find.replace')}
          </button>
          <button type="button" className="button" disabled={readOnly || matches.length === 0} onClick={replaceAll}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  );
}
