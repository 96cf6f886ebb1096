import { Editor, Transforms, type Path } from 'slate';
import type { BlockElement, SectionElement } from '../../../shared/document/briefing-body';

/** Replaces everything in a section with new blocks, as one undo step. */
export function replaceSectionContent(editor: Editor, sectionPath: Path, blocks: BlockElement[]): void {
  Editor.withoutNormalizing(editor, () => {
    const section = Editor.node(editor, sectionPath)[0] as SectionElement;
    for (let index = section.children.length - 1; index >= 0; index -= 1) {
      Transforms.removeNodes(editor, { at: [...sectionPath, index] });
    }
    Transforms.insertNodes(editor, blocks, { at: [...sectionPath, 0] });
  });
  Transforms.select(editor, Editor.end(editor, sectionPath));
}
