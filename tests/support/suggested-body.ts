import { createEditor, Editor, Text, Transforms } from 'slate';
import { briefingBodySchema, type BriefingBody, type MarkName } from '../../shared/document/briefing-body';
import { setSuggesting, withSuggestions } from '../../shared/document/suggestions';
import type { Briefing } from '../../shared/document/briefing';
import { commentOnQuote } from '../../shared/document/comment-on-quote';
import { replyToThread, setThreadResolved } from '../../shared/document/comments';
import { sampleBriefing } from '../fixtures/export/sample-briefings';
import { withSectionGuards } from '../../shared/document/with-section-guards';

/**
 * The body as a reviewer in Suggesting mode leaves it after selecting the
 * first occurrence of `quote` (inside one run of text) and typing
 * `replacement` over it: the quote suggested for deletion, the replacement
 * for insertion right after it. An empty replacement only deletes.
 */
export function suggestReplacement(body: BriefingBody, quote: string, replacement: string, author: string, at = '2025-11-21T10:00:00.000Z'): BriefingBody {
  const editor = withSuggestions(withSectionGuards(createEditor()));
  editor.children = structuredClone(body);
  Editor.normalize(editor, { force: true });
  let next = 0;
  setSuggesting(editor, { author, now: () => new Date(at), newId: () => `${author.replace(/[^A-Za-z]/gu, '').slice(0, 20) || 'x'}-${quote.length}-${(next += 1)}` });
  const found = Editor.nodes(editor, { at: [], match: (node) => Text.isText(node) && !node.suggestion && node.text.includes(quote) }).next().value;
  if (!found) throw new Error(`the body has no run of text with “${quote}”`);
  const [text, path] = found as [Text, number[]];
  const offset = text.text.indexOf(quote);
  Transforms.select(editor, { anchor: { path, offset }, focus: { path, offset: offset + quote.length } });
  if (replacement === '') editor.deleteFragment();
  else editor.insertText(replacement);
  Editor.normalize(editor, { force: true });
  return briefingBodySchema.parse(editor.children);
}

/**
 * The body as a reviewer in Suggesting mode leaves it after selecting the first occurrence of `quote` (inside one
 * run of text) and switching `mark` on (or off, with `on` false): a suggested formatting change.
 */
export function suggestFormatting(body: BriefingBody, quote: string, mark: MarkName, author: string, on = true, at = '2025-11-21T10:00:00.000Z'): BriefingBody {
  const editor = withSuggestions(withSectionGuards(createEditor()));
  editor.children = structuredClone(body);
  Editor.normalize(editor, { force: true });
  setSuggesting(editor, { author, now: () => new Date(at), newId: () => `format-${mark}-${quote.length}` });
  const found = Editor.nodes(editor, { at: [], match: (node) => Text.isText(node) && !node.suggestion && node.text.includes(quote) }).next().value;
  if (!found) throw new Error(`the body has no run of text with “${quote}”`);
  const [text, path] = found as [Text, number[]];
  const offset = text.text.indexOf(quote);
  Transforms.select(editor, { anchor: { path, offset }, focus: { path, offset: offset + quote.length } });
  if (on) Editor.addMark(editor, mark, true);
  else Editor.removeMark(editor, mark);
  Editor.normalize(editor, { force: true });
  return briefingBodySchema.parse(editor.children);
}

const note = { author: 'Leyla Məmmədova', at: '2025-11-21T10:00:00.000Z', text: 'Name the topics in order.' };
const answer = { author: 'Rəşad Quliyev', at: '2025-11-21T10:05:00.000Z', text: 'Done.' };

/** The sample readout under review: a comment with a reply, and a reviewer's suggested replacement. */
export function reviewedSample(): Briefing {
  const briefing = sampleBriefing('meeting-readout');
  const commented = commentOnQuote(briefing.body, 'The participants discussed', 'thread-1', note);
  if (!commented) throw new Error('the sample lost its text');
  const replied = commented.map((section) =>
    section.comments ? { ...section, comments: section.comments.map((thread) => setThreadResolved(replyToThread(thread, answer), false)) } : section,
  );
  return { ...briefing, body: suggestReplacement(replied, 'World Telecommunication Development Conference', 'WTDC', 'Rəşad Quliyev') };
}


/**
 * A reviewer's suggested paragraph marks on a meeting readout: a break after the occasion's first paragraph and a
 * join of the first two topics (the first list item's mark suggested for deletion). Changes `briefing` in place.
 */
export function suggestBreakAndJoin(briefing: Briefing): Briefing {
  const mark = (id: string, kind: 'insert' | 'delete') => ({ id, kind, author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z' });
  for (const section of briefing.body) {
    const first = section.children[0];
    if (section.sectionId === 'occasion' && first?.type === 'paragraph') first.breakSuggestion = mark('b1', 'insert');
    const item = section.children.find((block) => block.type === 'list-item');
    if (section.sectionId === 'topics-discussed' && item?.type === 'list-item') item.breakSuggestion = mark('b2', 'delete');
  }
  return briefing;
}
