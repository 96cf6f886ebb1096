import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BaseRange, Descendant } from 'slate';
import { ReactEditor, useSlate } from 'slate-react';
import type { Comment } from '../../../shared/document/comment-schema';
import { addCommentThread, commentThreads, replyToThread, setThreadResolved, updateCommentThread } from '../../../shared/document/comments';
import { decideSuggestion, suggestionList } from '../../../shared/document/suggestions';
import { formName } from '../suggestions/form-mark';
import { marksChangeName } from '../suggestions/marks-change';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useMountedLimit } from '../progressive-mount';
import './comments.css';

export interface CommentDraft {
  at: BaseRange;
}

export interface CommentsMarginProps {
  /** The name comments are signed with (Settings › Your name). */
  author: string;
  readOnly: boolean;
  draft: CommentDraft | undefined;
  onDraftDone: () => void;
  active: string | undefined;
  onActivate: (id: string | undefined) => void;
  /** The element the cards line up with: the page beside the margin. */
  page: HTMLElement | null;
}

const GAP = 8;

/**
 * The review margin beside the page: each thread's card level with its text
 * (pushed down where cards would overlap), with replies, resolve / reopen and
 * delete; resolved threads fold away until asked for. Every change is one
 * Slate operation on the body, so it is saved, undone and versioned with it.
 */
export function CommentsMargin({ author, readOnly, draft, onDraftDone, active, onActivate, page }: CommentsMarginProps) {
  const editor = useSlate();
  const t = useT();
  const format = useInterfaceFormat();
  const mounted = useMountedLimit();
  // The body as of the last quiet moment, and none in the briefing's first render: reading every block's comments and
  // suggestions waits until the first screen is drawn, and never holds up a keystroke.
  const body = useDeferredValue<Descendant[] | null>(editor.children, null);
  const threads = useMemo(() => (body ? commentThreads(body) : []), [body]);
  const suggestions = useMemo(() => (body ? suggestionList(body) : []), [body]);
  const [showResolved, setShowResolved] = useState(false);
  const shown = threads.filter(({ thread }) => showResolved || !thread.resolved || thread.id === active);
  const resolvedCount = threads.length - threads.filter(({ thread }) => !thread.resolved).length;
  const margin = useRef<HTMLDivElement>(null);
  const [tops, setTops] = useState<Record<string, number>>({});
  const [height, setHeight] = useState(0);
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [draftText, setDraftText] = useState('');
  // A wider or narrower window reflows the text, and the cards follow it.
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const resized = () => setWidth(window.innerWidth);
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);

  const sign = (text: string): Comment => ({ author, at: new Date().toISOString(), text });
  const draftTop = useMemo(() => {
    if (!draft || !page) return 0;
    try {
      return ReactEditor.toDOMRange(editor, draft.at).getBoundingClientRect().top - page.getBoundingClientRect().top;
    } catch {
      return 0;
    }
  }, [draft, editor, page]);

  // Cards follow their text: measured after every render, as text above them grows or shrinks.
  useLayoutEffect(() => {
    if (!margin.current || !page) return;
    const origin = page.getBoundingClientRect().top;
    const next: Record<string, number> = {};
    let bottom = 0;
    // Comment threads and suggested changes, each level with its text, in the order of the text.
    const cards = Array.from(margin.current.querySelectorAll<HTMLElement>('[data-thread], [data-suggestion-card]')).map((card, order) => {
      const thread = card.dataset.thread;
      const anchor = thread ? page.querySelector(`[data-comments~="${CSS.escape(thread)}"]`) : page.querySelector(`[data-suggestion="${CSS.escape(card.dataset.suggestionCard ?? '')}"]`);
      return { card, id: thread ?? `suggestion:${card.dataset.suggestionCard ?? ''}`, wanted: anchor ? anchor.getBoundingClientRect().top - origin : undefined, order };
    });
    cards.sort((one, other) => (one.wanted ?? Infinity) - (other.wanted ?? Infinity) || one.order - other.order);
    for (const { card, id, wanted: anchored } of cards) {
      const wanted = anchored ?? bottom;
      const top = Math.max(wanted, bottom);
      next[id] = top;
      bottom = top + card.offsetHeight + GAP;
    }
    setHeight((current) => (current === bottom ? current : bottom));
    setTops((current) => (Object.keys(next).length === Object.keys(current).length && Object.entries(next).every(([id, top]) => Math.abs((current[id] ?? -1) - top) < 1) ? current : next));
    // Every change to the text (a new value of `editor.children`, and the cards of its deferred `body`), to the
    // margin's own state and each step of a long briefing's blocks mounting (their anchors arrive) moves cards.
  }, [page, editor.children, body, showResolved, active, draft, replies, tops, width, mounted]);

  const submitDraft = () => {
    const text = draftText.trim();
    if (!draft || text === '') return;
    const id = crypto.randomUUID();
    if (addCommentThread(editor, draft.at, id, sign(text))) onActivate(id);
    setDraftText('');
    onDraftDone();
  };
  const submitReply = (id: string) => {
    const text = (replies[id] ?? '').trim();
    if (text === '') return;
    updateCommentThread(editor, id, (thread) => replyToThread(thread, sign(text)));
    setReplies((current) => ({ ...current, [id]: '' }));
  };
  // Ctrl+Enter sends, as in Word's and Google Docs' comment boxes; Escape gives up a new comment.
  const onBoxKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, send: () => void, cancel?: () => void) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    } else if (event.key === 'Escape' && cancel) {
      event.preventDefault();
      cancel();
    }
  };
  const selectText = (id: string) => {
    onActivate(id);
    const anchor = page?.querySelector(`[data-comments~="${CSS.escape(id)}"]`);
    anchor?.scrollIntoView({ block: 'nearest' });
  };

  if (threads.length === 0 && suggestions.length === 0 && !draft) return null;
  return (
    <aside className="comments-margin" aria-label={t('comments.margin')} ref={margin} style={{ minHeight: Math.max(height, draft ? draftTop + 160 : 0) }}>
      {(resolvedCount > 0 || (suggestions.length > 0 && !readOnly)) && (
        <div className="margin-actions">
          {suggestions.length > 0 && !readOnly && (
            <>
              <button type="button" className="button button-quiet" onClick={() => decideSuggestion(editor, undefined, 'accept')}>
                {t('suggestions.acceptAll')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => decideSuggestion(editor, undefined, 'reject')}>
                {t('suggestions.rejectAll')}
              </button>
            </>
          )}
          {resolvedCount > 0 && (
            <button type="button" className="button button-quiet comments-show-resolved" onClick={() => setShowResolved((value) => !value)}>
              {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolvedCount })}
            </button>
          )}
        </div>
      )}
      {suggestions.map((suggestion) => (
        <section
          key={`suggestion:${suggestion.id}`}
          data-suggestion-card={suggestion.id}
          className={`comment-card suggestion-card suggestion-card-${suggestion.kind}`}
          style={{ top: tops[`suggestion:${suggestion.id}`] ?? 0, visibility: draft ? 'hidden' : undefined }}
          aria-label={t('suggestions.card', { text: suggestion.text })}
        >
          <p className="comment-text">
            <span className="suggestion-kind">
              {suggestion.kind === 'insert' ? t('suggestions.inserted') : suggestion.kind === 'delete' ? t('suggestions.deleted') : t('suggestions.formatted')}:
            </span>{' '}
            {suggestion.kind === 'format' && suggestion.form ? (
              <span className="suggestion-text-format">{formName(t, suggestion.form)}</span>
            ) : suggestion.kind === 'format' && suggestion.marks ? (
              <>
                <span className="suggestion-text-format">{marksChangeName(t, suggestion.marks)}</span>{' '}
                <span className="suggestion-marks-text">{suggestion.text}</span>
              </>
            ) : (
              <span className={`suggestion-text-${suggestion.kind}`}>{suggestion.text}</span>
            )}
          </p>
          <div className="comment-meta">
            <span className="comment-author">{suggestion.author || t('comments.noAuthor')}</span>{' '}
            {!Number.isNaN(Date.parse(suggestion.at)) && <time dateTime={suggestion.at}>{format.date(new Date(suggestion.at), 'date-and-time')}</time>}
          </div>
          {!readOnly && (
            <div className="comment-actions">
              <button type="button" className="button button-quiet" onClick={() => decideSuggestion(editor, suggestion.id, 'accept')}>
                {t('suggestions.accept')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => decideSuggestion(editor, suggestion.id, 'reject')}>
                {t('suggestions.reject')}
              </button>
            </div>
          )}
        </section>
      ))}
      {draft && (
        <div className="comment-card comment-card-draft" style={{ top: draftTop }}>
          <textarea
            className="comment-box"
            aria-label={t('comments.placeholder')}
            placeholder={t('comments.placeholder')}
            maxLength={10_000}
            autoFocus
            value={draftText}
            onChange={(event) => setDraftText(event.target.value)}
            onKeyDown={(event) => onBoxKeyDown(event, submitDraft, onDraftDone)}
          />
          {author.trim() === '' && <p className="comment-hint">{t('comments.setName')}</p>}
          <div className="comment-actions">
            <button type="button" className="button" disabled={draftText.trim() === ''} onClick={submitDraft}>
              {t('comments.post')}
            </button>
            <button type="button" className="button button-quiet" onClick={onDraftDone}>
              {t('dialog.cancel')}
            </button>
          </div>
        </div>
      )}
      {shown.map(({ thread, quote }) => (
        <section
          key={thread.id}
          data-thread={thread.id}
          className={`comment-card${thread.resolved ? ' comment-card-resolved' : ''}${thread.id === active ? ' comment-card-active' : ''}`}
          style={{ top: tops[thread.id] ?? 0, visibility: draft ? 'hidden' : undefined }}
          aria-label={t('comments.thread', { quote })}
          onClick={() => selectText(thread.id)}
        >
          <blockquote className="comment-quote">{quote}</blockquote>
          {thread.resolved && <p className="comment-resolved">{t('comments.resolved')}</p>}
          {thread.comments.map((comment, index) => (
            <div key={index} className={index === 0 ? 'comment' : 'comment comment-reply'}>
              <div className="comment-meta">
                <span className="comment-author">{comment.author || t('comments.noAuthor')}</span>{' '}
                <time dateTime={comment.at}>{format.date(new Date(comment.at), 'date-and-time')}</time>
              </div>
              <p className="comment-text">{comment.text}</p>
            </div>
          ))}
          {!readOnly && (
            <>
              {!thread.resolved && thread.id === active && (
                <div className="comment-reply-box">
                  <textarea
                    className="comment-box"
                    aria-label={t('comments.replyPlaceholder')}
                    placeholder={t('comments.replyPlaceholder')}
                    maxLength={10_000}
                    value={replies[thread.id] ?? ''}
                    onChange={(event) => setReplies((current) => ({ ...current, [thread.id]: event.target.value }))}
                    onKeyDown={(event) => onBoxKeyDown(event, () => submitReply(thread.id))}
                  />
                  <button type="button" className="button" disabled={(replies[thread.id] ?? '').trim() === ''} onClick={() => submitReply(thread.id)}>
                    {t('comments.reply')}
                  </button>
                </div>
              )}
              <div className="comment-actions">
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={(event) => {
                    event.stopPropagation();
                    updateCommentThread(editor, thread.id, (current) => setThreadResolved(current, !thread.resolved));
                    if (!thread.resolved) onActivate(undefined);
                  }}
                >
                  {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={(event) => {
                    event.stopPropagation();
                    updateCommentThread(editor, thread.id, () => undefined);
                    onActivate(undefined);
                  }}
                >
                  {t('comments.delete')}
                </button>
              </div>
            </>
          )}
        </section>
      ))}
    </aside>
  );
}
