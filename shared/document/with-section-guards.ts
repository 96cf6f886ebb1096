import { Editor, Node, Path, Point, Range, Transforms, type NodeEntry } from 'slate';
import type { SectionElement } from './briefing-body';
import { isBlock, isSection, withBriefingNormalization } from './briefing-normalization';

/** The section holding a point or path, if any. */
export function sectionEntryAt(editor: Editor, at: Path | Point): NodeEntry<SectionElement> | undefined {
  return Editor.above<SectionElement>(editor, { at, match: isSection, mode: 'highest' });
}

/** Section elements of a fragment are replaced by their blocks, so pasting never nests sections. */
function flattenSections(nodes: Node[]): Node[] {
  return nodes.flatMap((node): Node[] => (isSection(node) ? node.children : [node]));
}

/**
 * The body is a fixed sequence of template sections, each holding blocks.
 * On top of the shared normalisation (shared/document/briefing-normalization),
 * editing never merges one section into another and never deletes one.
 */
export function withSectionGuards<T extends Editor>(editor: T): T {
  withBriefingNormalization(editor);
  const { deleteBackward, deleteForward, delete: deleteRange, insertFragment, insertBreak, insertSoftBreak, insertNodes, insertText } = editor;

  /**
   * Core transforms that replace a selection continue at its *end* once it is
   * deleted (they expect the deletion to merge the end into the start). Across
   * sections nothing merges, so the selection is deleted first and the
   * insertion happens where the caret then is: at the selection's start.
   */
  const clearSelectionAcrossSections = () => {
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection)) return;
    const [start, end] = Range.edges(selection);
    const first = sectionEntryAt(editor, start);
    const last = sectionEntryAt(editor, end);
    if (first && last && !Path.equals(first[1], last[1])) editor.delete();
  };

  editor.insertBreak = () => {
    clearSelectionAcrossSections();
    insertBreak();
  };
  editor.insertSoftBreak = () => {
    clearSelectionAcrossSections();
    insertSoftBreak();
  };
  editor.insertText = (text, options) => {
    if (options?.at === undefined) clearSelectionAcrossSections();
    insertText(text, options);
  };
  editor.insertNodes = (nodes, options) => {
    if (options?.at === undefined) clearSelectionAcrossSections();
    insertNodes(nodes, options);
  };

  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const section = sectionEntryAt(editor, selection.anchor);
      if (section && Point.equals(selection.anchor, Editor.start(editor, section[1]))) {
        // At the start of a section: like the start of a Word content control, nothing to merge into.
        const block = Editor.above(editor, { match: isBlock, mode: 'lowest' });
        if (block && block[0].type !== 'paragraph') {
          Transforms.unsetNodes(editor, ['listType', 'indent', 'level'], { at: block[1] });
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: block[1] });
        }
        return;
      }
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const section = sectionEntryAt(editor, selection.anchor);
      if (section && Point.equals(selection.anchor, Editor.end(editor, section[1]))) return;
    }
    deleteForward(unit);
  };

  // Every deletion of a range goes through `editor.delete` (Transforms.delete calls it): typing over a
  // selection, Enter, paste and inserting a field included. A range across sections is cleared one
  // section at a time, so no section is merged into another or removed.
  editor.delete = (options = {}) => {
    const target = options.at ?? editor.selection;
    if (!target || !Range.isRange(target) || Range.isCollapsed(target)) {
      deleteRange(options);
      return;
    }
    const [start, end] = Range.edges(target);
    const first = sectionEntryAt(editor, start);
    const last = sectionEntryAt(editor, end);
    if (!first || !last || Path.equals(first[1], last[1])) {
      deleteRange(options);
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      const firstIndex = first[1][0] ?? 0;
      const lastIndex = last[1][0] ?? 0;
      for (let index = lastIndex; index >= firstIndex; index -= 1) {
        const sectionRange = Editor.range(editor, [index]);
        const part = Range.intersection(sectionRange, { anchor: start, focus: end });
        if (!part || Range.isCollapsed(part)) continue;
        const wholeSection = Point.equals(part.anchor, sectionRange.anchor) && Point.equals(part.focus, sectionRange.focus);
        if (wholeSection) {
          const section = Node.get(editor, [index]) as SectionElement;
          for (let child = section.children.length - 1; child > 0; child -= 1) Transforms.removeNodes(editor, { at: [index, child] });
          deleteRange({ at: Editor.range(editor, [index, 0]) });
        } else {
          deleteRange({ ...options, at: part });
        }
      }
    });
    if (options.at === undefined) Transforms.select(editor, start);
  };

  editor.insertFragment = (fragment, options) => {
    if (options?.at === undefined) clearSelectionAcrossSections();
    insertFragment(flattenSections(fragment), options);
  };

  return editor;
}
