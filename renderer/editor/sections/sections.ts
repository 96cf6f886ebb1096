import { Editor, Node, Path, Point, Range, Transforms, type NodeEntry } from 'slate';
import type { SectionElement } from '../../../shared/document/briefing-body';
import { isBlock, isSection, withBriefingNormalization } from '../../../shared/document/briefing-normalization';


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
export function withSections(editor: Editor): Editor {
  withBriefingNormalization(editor);
  const { deleteBackward, deleteForward, deleteFragment, insertFragment } = editor;

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

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection)) {
      deleteFragment(options);
      return;
    }
    const [start, end] = Range.edges(selection);
    const first = sectionEntryAt(editor, start);
    const last = sectionEntryAt(editor, end);
    if (!first || !last || Path.equals(first[1], last[1])) {
      deleteFragment(options);
      return;
    }
    // Across sections: clear the selected part of each section separately, so no section is merged away.
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
          Transforms.delete(editor, { at: Editor.range(editor, [index, 0]) });
        } else {
          Transforms.delete(editor, { at: part });
        }
      }
    });
    Transforms.select(editor, start);
  };

  editor.insertFragment = (fragment, options) => {
    insertFragment(flattenSections(fragment), options);
  };

  return editor;
}
