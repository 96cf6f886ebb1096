import { Element, Text, type BaseRange, type Path } from 'slate';
import type { TextBlockElement } from '../../../shared/document/briefing-body';
import { findInText, type FindOptions } from './find-in-text';

/** Where a text leaf sits in its block's searchable text. */
interface Segment {
  /** Path of the leaf relative to the block. */
  path: number[];
  start: number;
  end: number;
}

interface SearchableText {
  text: string;
  segments: Segment[];
}

/**
 * A field reference is searched as an object-replacement character: nothing
 * typed matches it, so a match never spans or changes a field reference.
 */
const FIELD_REFERENCE = '\uFFFC';

function searchableText(block: TextBlockElement): SearchableText {
  let text = '';
  const segments: Segment[] = [];
  block.children.forEach((child, index) => {
    if (Text.isText(child)) {
      segments.push({ path: [index], start: text.length, end: text.length + child.text.length });
      text += child.text;
    } else if (Element.isElement(child) && child.type === 'link') {
      child.children.forEach((leaf, leafIndex) => {
        segments.push({ path: [index, leafIndex], start: text.length, end: text.length + leaf.text.length });
        text += leaf.text;
      });
    } else {
      text += FIELD_REFERENCE;
    }
  });
  return { text, segments };
}

/** Block-relative matches: [leaf path, offset] pairs for anchor and focus. */
type RelativeMatch = readonly [anchorPath: number[], anchorOffset: number, focusPath: number[], focusOffset: number];

/** Results per block object, for one query: Slate keeps unchanged blocks as the same objects, so only edited blocks are searched again. */
export type BlockMatchCache = WeakMap<TextBlockElement, RelativeMatch[]>;

function relativeMatches(block: TextBlockElement, query: string, options: FindOptions, language: string): RelativeMatch[] {
  const { text, segments } = searchableText(block);
  const result: RelativeMatch[] = [];
  for (const [start, end] of findInText(text, query, options, language)) {
    const anchor = segments.find((segment) => segment.start <= start && start < segment.end);
    const focus = segments.find((segment) => segment.start < end && end <= segment.end);
    if (!anchor || !focus) continue;
    result.push([anchor.path, start - anchor.start, focus.path, end - focus.start]);
  }
  return result;
}

/** The matches in one block, as document ranges; memoised per block object in `cache`. */
export function blockMatches(
  block: TextBlockElement,
  blockPath: Path,
  query: string,
  options: FindOptions,
  language: string,
  cache: BlockMatchCache,
): BaseRange[] {
  let matches = cache.get(block);
  if (!matches) {
    matches = relativeMatches(block, query, options, language);
    cache.set(block, matches);
  }
  return matches.map(([anchorPath, anchorOffset, focusPath, focusOffset]) => ({
    anchor: { path: [...blockPath, ...anchorPath], offset: anchorOffset },
    focus: { path: [...blockPath, ...focusPath], offset: focusOffset },
  }));
}
