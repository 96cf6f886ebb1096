import type { ExportListItem, ExportRun } from './export-document';

/** A list item with the items indented under it. */
export interface ListNode {
  runs: ExportRun[];
  children: ListNode[];
}

/**
 * Turns a flat, Word-style list (items with an indent level) into the nested
 * lists HTML needs. An item indented deeper than one level below its
 * predecessor hangs under it all the same, as Word shows it.
 */
export function listTree(items: readonly ExportListItem[]): ListNode[] {
  const roots: ListNode[] = [];
  const stack: { indent: number; node: ListNode }[] = [];
  for (const item of items) {
    const node: ListNode = { runs: item.runs, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= item.indent) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    stack.push({ indent: item.indent, node });
  }
  return roots;
}
