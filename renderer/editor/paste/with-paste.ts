import type { Editor } from 'slate';
import { type ReactEditor } from 'slate-react';
import { htmlToBlocks } from '../../../shared/document/html/html-to-blocks';
import { sanitizePastedHtml } from './sanitize-pasted-html';
import { parseSlateFragment } from './slate-fragment';

/**
 * Paste from Word, Google Docs, LibreOffice and web pages: HTML is sanitised
 * with DOMPurify, then read into briefing blocks by the shared deserialiser,
 * so only text, marks, headings, lists, quotes and safe links get in.
 * Plain text keeps Slate's handling (one block per line). A copied Slate
 * fragment is used only when it is a valid piece of a briefing: any page can
 * put `application/x-slate-fragment` on the clipboard, so one that refers to
 * a field the template lacks (`fieldIds`) is refused and the HTML is used.
 * Sections are never created or split: the section guards flatten and keep
 * every insertion inside the section where the caret is.
 */
export function withPaste<T extends Editor & ReactEditor>(editor: T, fieldIds?: ReadonlySet<string>): T {
  editor.insertFragmentData = (data) => {
    const encoded = data.getData('application/x-slate-fragment');
    if (!encoded) return false;
    const fragment = parseSlateFragment(encoded, fieldIds);
    if (!fragment) return false;
    editor.insertFragment(fragment);
    return true;
  };

  editor.insertData = (data) => {
    if (editor.insertFragmentData(data)) return;
    const html = data.getData('text/html');
    if (html) {
      const blocks = htmlToBlocks(sanitizePastedHtml(html));
      if (blocks.length > 0) {
        editor.insertFragment(blocks);
        return;
      }
    }
    // Plain text: Slate splits it into one block per line.
    editor.insertTextData(data);
  };

  return editor;
}
