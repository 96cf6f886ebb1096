import type { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { paragraph, section } from '../../tests/support/body-fixtures';
import type { BriefingBody, SectionElement } from './briefing-body';
import { commentOnQuote } from './comment-on-quote';
import { commentThreads, normalizeComments, openCommentCount } from './comments';
import { demoBriefingContent } from './demo-briefing';
import { openSuggestionCount } from './suggestions';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { validateBriefing } from './validate-briefing';

// What runs on every keystroke (the status bar's comment count, the review margin, the comment rules at the root of the
// editor's normalisation, validation) must read only the section the keystroke changed: Slate keeps every other section
// as the same object. Reading all of them made a keystroke's cost grow with the briefing.

/**
 * `node` with every read of its blocks recorded (their number, one of them, a walk over them): reading a section's
 * content at all goes through them. Telling a section from a text (`Array.isArray` of its children) is not a read.
 */
function watched(node: SectionElement, reads: Set<string>): SectionElement {
  const children = new Proxy(node.children, {
    get(target, key, receiver) {
      reads.add(node.sectionId);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...node, children };
}

/** A long body with a comment in its first section, as Slate holds it: sections that are watched. */
function longCommentedBody(reads: Set<string>): BriefingBody {
  const plain = Array.from({ length: 40 }, (_, index) => section(`s${index}`, paragraph(`Paragraph ${index} of the readout.`), paragraph('The ministers met in Baku.')));
  const commented = commentOnQuote(plain, 'Paragraph 0 of', 't1', { author: 'Leyla Məmmədova', at: '2025-11-21T10:00:00.000Z', text: 'Check' });
  if (!commented) throw new Error('quote not found');
  return commented.map((candidate) => watched(candidate, reads));
}

/** The body after a keystroke in section `index`: that section is a new (watched) object, every other one the same. */
function typedInto(body: BriefingBody, index: number, reads: Set<string>): BriefingBody {
  const typed = body.map((candidate, position) => {
    if (position !== index) return candidate;
    const [first, ...rest] = candidate.children;
    if (first?.type !== 'paragraph') throw new Error('no paragraph');
    return watched({ ...candidate, children: [{ ...first, children: [{ text: 'Typed. ' }, ...first.children] }, ...rest] }, reads);
  });
  reads.clear();
  return typed;
}

describe('work done on every keystroke', () => {
  it('the comment and suggestion counts and the review margin read only the section that changed', () => {
    const reads = new Set<string>();
    const body = longCommentedBody(reads);
    expect(openCommentCount(body)).toBe(1);
    expect(openSuggestionCount(body)).toBe(0);
    const typed = typedInto(body, 7, reads);
    expect(commentThreads(typed).map((found) => found.quote)).toEqual(['Paragraph 0 of']);
    expect(openCommentCount(typed)).toBe(1);
    expect(openSuggestionCount(typed)).toBe(0);
    expect([...reads]).toEqual(['s7']);
  });

  it("the comment rules at the editor's root read only the section that changed", () => {
    const reads = new Set<string>();
    const body = longCommentedBody(reads);
    const editorOver = (children: BriefingBody) => ({ children, withoutNormalizing: (change: () => void) => change() }) as unknown as Editor;
    expect(normalizeComments(editorOver(body), [editorOver(body), []])).toBe(false);
    const typed = typedInto(body, 12, reads);
    expect(normalizeComments(editorOver(typed), [editorOver(typed), []])).toBe(false);
    expect([...reads]).toEqual(['s12']);
  });

  it('validation reads only the section that changed, and still finds what is wrong', () => {
    const readout = findBuiltInTemplate('meeting-readout');
    if (!readout) throw new Error('no meeting readout');
    const reads = new Set<string>();
    const content = demoBriefingContent(readout);
    const body = content.body.map((candidate) => watched(candidate, reads));
    const now = new Date(2025, 10, 20, 12, 0);
    expect(validateBriefing({ ...content, body }, readout, now)).toEqual([]);
    const emptied = body.map((candidate, position) => (position === 0 ? watched({ ...candidate, children: [paragraph('')] }, reads) : candidate));
    reads.clear();
    expect(validateBriefing({ ...content, body: emptied }, readout, now).map((issue) => issue.kind)).toEqual(['empty-section']);
    expect([...reads]).toEqual([content.body[0]?.sectionId]);
  });
});
