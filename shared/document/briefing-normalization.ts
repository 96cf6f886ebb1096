import { createEditor, Editor, Element, Text, Transforms, type Descendant, type Node } from 'slate';
import {
  blockTypes,
  briefingBodySchema,
  voidBlockTypes,
  type BriefingBody,
  type SimpleBlockElement,
  type FieldReferenceElement,
  type LinkElement,
  type SectionElement,
  type VoidBlockElement,
} from './briefing-body';
import { normalizeComments } from './comments';
import { normalizeSuggestions } from './suggestions';
import { deepCopy } from './deep-copy';
import './slate-types';
import { isTable, normalizeTableNode, wrapStrayTablePart } from './table-normalization';
import { isPicture, normalizePictureNode } from './picture-normalization';

export function isSection(node: Node): node is SectionElement {
  return Element.isElement(node) && node.type === 'section';
}

const blockTypeSet: ReadonlySet<string> = new Set(blockTypes);

/** A block that holds text or nothing: every block of a section but a table (see `table-normalization.ts`). */
export function isBlock(node: Node): node is SimpleBlockElement {
  return Element.isElement(node) && blockTypeSet.has(node.type);
}

export function isFieldReference(node: Node): node is FieldReferenceElement {
  return Element.isElement(node) && node.type === 'field-ref';
}

export function isLink(node: Node): node is LinkElement {
  return Element.isElement(node) && node.type === 'link';
}

const voidBlockTypeSet: ReadonlySet<string> = new Set(voidBlockTypes);

/** Page breaks and horizontal rules: blocks with no text of their own. */
export function isVoidBlock(node: Node): node is VoidBlockElement {
  return Element.isElement(node) && voidBlockTypeSet.has(node.type);
}

/** The section that stray content, or an emptied body, is given: untitled, like the Blank template's. */
const untitledSection = { type: 'section', sectionId: 'body', heading: '', guidance: '', required: false, locked: false } as const;

/**
 * The structural rules of a briefing body, as Slate normalisation: the top
 * level holds only sections, a section holds only blocks (and at least one),
 * a block holds only text. Whatever gets in through paste, import or an old
 * file is repaired one fix per pass, as Slate expects. Core `slate` only, so
 * the renderer's editor and the main process share the same rules.
 */
export function withBriefingNormalization<T extends Editor>(editor: T): T {
  const { normalizeNode, isInline, isVoid } = editor;

  // Field references and links sit in running text; references, page breaks and rules have no text of their own.
  editor.isInline = (element) => element.type === 'field-ref' || element.type === 'link' || isInline(element);
  editor.isVoid = (element) => element.type === 'field-ref' || isVoidBlock(element) || isPicture(element) || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;

    if (path.length === 0) {
      if (editor.children.length === 0) {
        // A body always has a section: one emptied of them all gets an untitled one to write in.
        Transforms.insertNodes(editor, { ...untitledSection, children: [{ type: 'paragraph', children: [{ text: '' }] }] }, { at: [0] });
        return;
      }
      // A stray block joins the section before it (or after it, if first).
      for (const [index, child] of editor.children.entries()) {
        if (isSection(child)) continue;
        const previous = index > 0 ? editor.children[index - 1] : undefined;
        const next = editor.children[index + 1];
        if (previous && isSection(previous)) {
          Transforms.moveNodes(editor, { at: [index], to: [index - 1, previous.children.length] });
        } else if (next && isSection(next)) {
          Transforms.moveNodes(editor, { at: [index], to: [index + 1, 0] });
        } else if (Text.isText(child)) {
          Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [index] });
        } else {
          Transforms.wrapNodes(editor, { ...untitledSection, children: [] }, { at: [index] });
        }
        return;
      }
    }

    if (isSection(node)) {
      for (const [index, child] of node.children.entries()) {
        const childPath = [...path, index];
        if (isSection(child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return;
        }
        if (Text.isText(child) || editor.isInline(child)) {
          Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: childPath });
          return;
        }
        if (wrapStrayTablePart(editor, child, childPath)) return;
      }
    }

    if (normalizeTableNode(editor, entry)) return;
    if (normalizePictureNode(editor, entry)) return;

    // Before the block rule below: transforms do not look inside void elements, so unwrapping a
    // block that got into a page break would do nothing and leave it there.
    if (isVoidBlock(node)) {
      const [only] = node.children;
      if (node.children.length !== 1 || !Text.isText(only) || only.text !== '' || Object.keys(only).length !== 1) {
        // A page break or rule holds exactly one bare empty text; whatever got inside is dropped.
        Transforms.removeNodes(editor, { at: path });
        Transforms.insertNodes(editor, { type: node.type, children: [{ text: '' }] }, { at: path });
        return;
      }
    }

    if (isBlock(node)) {
      // Blocks hold text and field references only: a block pasted inside a block is lifted out.
      for (const [index, child] of node.children.entries()) {
        if (Element.isElement(child) && !editor.isInline(child)) {
          // A page break, rule or table keeps its place, between the two halves of the block; another block
          // gives up its wrapper. `voids`: without it the transforms skip whatever is inside a void.
          if (isVoidBlock(child) || isTable(child) || isPicture(child)) Transforms.liftNodes(editor, { at: [...path, index], voids: true });
          else Transforms.unwrapNodes(editor, { at: [...path, index], voids: true });
          return;
        }
      }
    }

    if (isLink(node)) {
      // A link holds text only: a reference or link inside it is lifted out, splitting the link around it.
      for (const [index, child] of node.children.entries()) {
        if (Element.isElement(child)) {
          Transforms.liftNodes(editor, { at: [...path, index] });
          return;
        }
      }
    }

    if (Text.isText(node) && node.superscript && node.subscript) {
      Transforms.unsetNodes(editor, 'subscript', { at: path });
      return;
    }

    if (isFieldReference(node) && (node.children.length !== 1 || node.children[0]?.text !== '')) {
      // A reference shows its field's value; any text that got inside it is dropped.
      Transforms.removeNodes(editor, { at: path });
      const { children: _children, ...properties } = node;
      Transforms.insertNodes(editor, { ...properties, children: [{ text: '' }] }, { at: path });
      return;
    }

    if (normalizeComments(editor, entry)) return;
    if (normalizeSuggestions(editor, entry)) return;
    normalizeNode(entry, options);
  };

  return editor;
}

/**
 * Repairs a body outside any editor (main process, import, tests) with the
 * same rules the editor applies, and checks the result against the schema.
 */
export function normalizeBriefingBody(nodes: readonly Descendant[]): BriefingBody {
  const editor = withBriefingNormalization(createEditor());
  // A copy: normalisation must not rewrite the caller's nodes.
  editor.children = deepCopy(nodes) as Descendant[];
  Editor.normalize(editor, { force: true });
  return briefingBodySchema.parse(editor.children);
}
