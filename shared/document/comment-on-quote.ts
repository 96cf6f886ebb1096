import { createEditor, Editor, Element, Node } from 'slate';
import { briefingBodySchema, type BriefingBody } from './briefing-body';
import { isSection, withBriefingNormalization } from './briefing-normalization';
import type { Comment } from './comment-schema';
import { addCommentThread } from './comments';
import { deepCopy } from './deep-copy';

/**
 * The command line's "comment on this text": a new thread anchored on the
 * first occurrence of `quote` inside one block (across formatting), or
 * undefined when the body has no such text.
 */
export function commentOnQuote(body: BriefingBody, quote: string, id: string, first: Comment): BriefingBody | undefined {
  if (quote.trim() === '') return undefined;
  const editor = withBriefingNormalization(createEditor());
  editor.children = deepCopy(body);
  Editor.normalize(editor, { force: true });
  for (const [block, blockPath] of Editor.nodes(editor, { at: [], match: (node) => Element.isElement(node) && Editor.isBlock(editor, node) && !isSection(node) })) {
    // Offsets over the block's own texts (a field reference shows no text of its own here).
    const texts = [...Node.texts(block)].map(([text, path]) => ({ text: text.text, path: [...blockPath, ...path] }));
    const whole = texts.map((text) => text.text).join('');
    const offset = whole.indexOf(quote);
    if (offset < 0) continue;
    const pointAt = (position: number, preferEnd: boolean) => {
      let passed = 0;
      for (const text of texts) {
        const end = passed + text.text.length;
        if (position < end || (preferEnd && position === end)) return { path: text.path, offset: position - passed };
        passed = end;
      }
      const last = texts[texts.length - 1];
      return { path: last?.path ?? blockPath, offset: last?.text.length ?? 0 };
    };
    const range = { anchor: pointAt(offset, false), focus: pointAt(offset + quote.length, true) };
    if (!addCommentThread(editor, range, id, first)) return undefined;
    Editor.normalize(editor, { force: true });
    return briefingBodySchema.parse(editor.children);
  }
  return undefined;
}
